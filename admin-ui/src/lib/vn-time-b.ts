/**
 * Times as the contest lives them: Vietnam time (UTC+7), whatever the computer's own zone. The
 * screens of the contest day format through here, so they agree with the contest page.
 */
const ZONE = 'Asia/Ho_Chi_Minh';

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "25/11/2026 08:00" in Vietnam time. */
export function vnDateTime(iso: string | number | Date | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/** "2 ngày 03:04:05" / "03:04:05": what is left until a moment, from a clock reading in ms. */
export function countdown(untilMs: number, nowMs: number, lang = 'vi'): string {
  const left = Math.max(0, Math.floor((untilMs - nowMs) / 1000));
  const days = Math.floor(left / 86_400);
  const hms = [Math.floor((left % 86_400) / 3600), Math.floor((left % 3600) / 60), left % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${days} ${lang === 'en' ? (days === 1 ? 'day' : 'days') : 'ngày'} ${hms}` : hms;
}

const clock = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** "08:05" in Vietnam time. */
export function vnTime(iso: string | number | Date): string {
  const parts = Object.fromEntries(clock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}
