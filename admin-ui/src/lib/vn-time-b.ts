/**
 * Part B's time helpers for the contest day's screens, on the console's one Vietnam-time module
 * (src/lib/vn-time.ts): the same wall clock as every other screen and the contest page.
 */
import { formatVn } from '@/lib/vn-time';

/** "25/11/2026 08:00" in Vietnam time; "—" for nothing. */
export function vnDateTime(iso: string | number | Date | null | undefined): string {
  return formatVn(iso);
}

/** "08:05" in Vietnam time. */
export function vnTime(iso: string | number | Date): string {
  return formatVn(iso, 'HH:mm');
}

/** "2 ngày 03:04:05" / "03:04:05": what is left until a moment, from a clock reading in ms (no zone involved). */
export function countdown(untilMs: number, nowMs: number, lang = 'vi'): string {
  const left = Math.max(0, Math.floor((untilMs - nowMs) / 1000));
  const days = Math.floor(left / 86_400);
  const hms = [Math.floor((left % 86_400) / 3600), Math.floor((left % 3600) / 60), left % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${days} ${lang === 'en' ? (days === 1 ? 'day' : 'days') : 'ngày'} ${hms}` : hms;
}
