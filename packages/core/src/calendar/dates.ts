/**
 * Civil-date arithmetic on day numbers (days since 1970-01-01), independent of any time zone.
 * Internal to the calendar and format modules.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekdayOf(dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' of a day number. */
export function localDateOfDay(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Day number of a 'YYYY-MM-DD' string, or null when it is not a real calendar date. */
export function tryParseLocalDate(value: string): number | null {
  const m = LOCAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const n = daysFromCivil(year, month, day);
  const back = civilFromDays(n);
  return back.month === month && back.day === day ? n : null;
}

/** Day number of a 'YYYY-MM-DD' string; throws a RangeError naming the value otherwise. */
export function parseLocalDate(value: string): number {
  const n = typeof value === 'string' ? tryParseLocalDate(value) : null;
  if (n === null) throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return n;
}

/** Minutes after midnight of 'HH:MM' (00:00-23:59, and 24:00 when `allowMidnightEnd`). */
export function parseTimeOfDay(value: string, allowMidnightEnd = false): number {
  const m = typeof value === 'string' ? TIME_OF_DAY.exec(value) : null;
  if (!m || (m[3] !== undefined && !allowMidnightEnd)) {
    throw new RangeError(`Not a time of day (HH:MM): ${JSON.stringify(value)}`);
  }
  if (m[3] !== undefined) return 24 * 60;
  return Number(m[1]) * 60 + Number(m[2]);
}
