import { formatVn, formatVnMillis } from '@/lib/vn-time';

/** Puts values into a message's {placeholders}: fill('Hạng {rank}', { rank: 3 }). */
export function fill(template: string, values: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? '—'));
}

const locale = (lang: string) => (lang === 'en' ? 'en-US' : 'vi-VN');

/** Seconds with milliseconds: ties in the ranking are decided at that precision. */
export function seconds(ms: number | null | undefined, lang: string): string {
  if (ms === null || ms === undefined) return '—';
  return `${new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(ms / 1000)} ${
    lang === 'en' ? 's' : 'giây'
  }`;
}

export function money(vnd: number | null | undefined, lang: string): string {
  if (vnd === null || vnd === undefined) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(vnd);
}

export function number(value: number | null | undefined, lang: string, digits = 0): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A moment (to the millisecond if asked) in Vietnam time, whatever the browser's zone. */
export function instant(iso: string | null | undefined, withMillis = false): string {
  return withMillis ? formatVnMillis(iso) : formatVn(iso);
}
