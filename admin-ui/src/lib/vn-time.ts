/**
 * Every moment the console shows or takes is Vietnam time (UTC+7, Asia/Ho_Chi_Minh), whatever the
 * computer's own zone: the contest page is fixed to it, and a PC set to another zone must not
 * schedule a round hours off. The API speaks ISO-8601 instants (UTC); only this module turns them
 * into wall-clock text and back.
 *
 * antd's date pickers work in the browser's zone, so they get a "wall clock" value: a dayjs whose
 * local fields (year … second) are Vietnam's. toPicker() makes one from an instant, fromPicker()
 * reads one back as Vietnam time.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

export const VN_ZONE = 'Asia/Ho_Chi_Minh';
/** Said once on the screen, beside the language switch. */
export const VN_ZONE_LABEL = { vi: 'Giờ Việt Nam (UTC+7)', en: 'Vietnam time (UTC+7)' } as const;

export const VN_DATE = 'DD/MM/YYYY';
export const VN_DATE_TIME = 'DD/MM/YYYY HH:mm';
export const VN_DATE_TIME_SECONDS = 'DD/MM/YYYY HH:mm:ss';
export const VN_DATE_TIME_MILLIS = 'DD/MM/YYYY HH:mm:ss.SSS';

type Moment = string | number | Date | Dayjs;

/** The moment in Vietnam time as a dayjs (its format() prints Vietnam's wall clock). */
export function inVn(moment: Moment): Dayjs {
  return dayjs(moment).tz(VN_ZONE);
}

/** "05/12/2026 14:30" in Vietnam time; "—" for nothing. */
export function formatVn(moment: Moment | null | undefined, pattern: string = VN_DATE_TIME): string {
  if (moment === null || moment === undefined || moment === '') return '—';
  const d = dayjs(moment);
  return d.isValid() ? d.tz(VN_ZONE).format(pattern) : '—';
}

export const formatVnDate = (moment: Moment | null | undefined) => formatVn(moment, VN_DATE);
export const formatVnSeconds = (moment: Moment | null | undefined) => formatVn(moment, VN_DATE_TIME_SECONDS);
export const formatVnMillis = (moment: Moment | null | undefined) => formatVn(moment, VN_DATE_TIME_MILLIS);

/** Wall-clock text read as Vietnam time ("05/12/2026 14:30" → "2026-12-05T07:30:00.000Z"); null if unreadable. */
export function parseVn(text: string, pattern: string = VN_DATE_TIME): string | null {
  const d = dayjs.tz(text, pattern, VN_ZONE);
  return d.isValid() && d.format(pattern) === text ? d.toISOString() : null;
}

/** A picker value showing the instant's Vietnam wall clock, whatever the browser's zone. */
export function toPicker(moment: Moment | null | undefined): Dayjs | null {
  if (moment === null || moment === undefined || moment === '') return null;
  const d = dayjs(moment);
  return d.isValid() ? dayjs(d.tz(VN_ZONE).format('YYYY-MM-DDTHH:mm:ss.SSS')) : null;
}

/** The instant a picker's wall clock means in Vietnam, as ISO-8601 UTC. */
export function fromPicker(value: Dayjs | null | undefined): string | null {
  if (!value || !value.isValid()) return null;
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss.SSS'), VN_ZONE).toISOString();
}

/** Start of the Vietnam day a picker's date names (inclusive bound of a date-range filter). */
export function vnDayStart(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DD'), VN_ZONE).toISOString();
}

/** Start of the next Vietnam day (exclusive bound of a date-range filter). */
export function vnDayEnd(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DD'), VN_ZONE).add(1, 'day').toISOString();
}

/** Now, as a picker value in Vietnam's wall clock (for "not before now" checks in pickers). */
export function vnNowPicker(): Dayjs {
  return toPicker(Date.now())!;
}
