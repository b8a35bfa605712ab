/** Times shown in Vietnam's time zone whatever the device's, since the windows are Vietnamese. */
import { lang, t } from './i18n';

const ZONE = 'Asia/Ho_Chi_Minh';

export function formatDateTime(ms: number | string): string {
  const value = typeof ms === 'string' ? Date.parse(ms) : ms;
  return new Intl.DateTimeFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(value);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2 ngày 03:04:05", "03:04:05" or "04:05" — a countdown that never goes below zero. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = hours > 0 || days > 0 ? `${pad(hours)}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `${t('time.days', { n: days })} ${clock}` : clock;
}

/** A contestant's duration as the ranking uses it: minutes, seconds and tenths. */
export function formatDuration(ms: number): string {
  const totalTenths = Math.round(ms / 100);
  const minutes = Math.floor(totalTenths / 600);
  const seconds = (totalTenths % 600) / 10;
  const secondsText = seconds.toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return minutes > 0 ? t('time.minutesSeconds', { m: minutes, s: secondsText }) : t('time.seconds', { s: secondsText });
}

/** Spoken form of the time left, for the screen-reader announcements at 5 and 1 minutes. */
export function formatMinutes(ms: number): string {
  return t('time.minutes', { n: Math.max(0, Math.round(ms / 60000)) });
}
