import { toMs, type WorkingCalendar } from './calendar';
import { civilFromDays } from './dates';
import { getZone, localDayAndTime } from './zone';

export interface CalendarYearWarning {
  code: 'calendar.next_year_missing';
  /** The year without holiday data. */
  year: number;
  message: { id: string; en: string };
}

/** Month (local) from which the next year's holidays must be present. */
const WARN_FROM_MONTH = 11;

function isCalendar(value: WorkingCalendar | Iterable<number>): value is WorkingCalendar {
  return typeof (value as WorkingCalendar).timeZone === 'string';
}

/**
 * Warns administrators from 1 November (office local time) when next year's national holidays
 * and collective leave are missing. The government decrees them each year; without them every
 * deadline in January would silently count holidays as working days. Null otherwise.
 *
 * With a calendar, its `yearsWithData` (or the years of its non-working dates) and its zone
 * are used; with a set of years, pass the office's zone.
 */
export function calendarYearWarning(
  now: Date,
  cal: WorkingCalendar,
  timeZone?: string,
): CalendarYearWarning | null;
export function calendarYearWarning(
  now: Date,
  years: Iterable<number>,
  timeZone: string,
): CalendarYearWarning | null;
export function calendarYearWarning(
  now: Date,
  data: WorkingCalendar | Iterable<number>,
  timeZone?: string,
): CalendarYearWarning | null {
  const zoneName = timeZone ?? (isCalendar(data) ? data.timeZone : undefined);
  if (zoneName === undefined) throw new RangeError('calendarYearWarning needs the office time zone');
  const { year, month } = civilFromDays(localDayAndTime(getZone(zoneName), toMs(now)).day);
  if (month < WARN_FROM_MONTH) return null;
  const next = year + 1;
  const years = isCalendar(data)
    ? (data.yearsWithData ?? new Set([...data.nonWorkingDates].map((date) => Number(date.slice(0, 4)))))
    : new Set(data);
  if (years.has(next)) return null;
  return {
    code: 'calendar.next_year_missing',
    year: next,
    message: {
      id: `Data hari libur nasional dan cuti bersama tahun ${next} belum diisi. Tambahkan sesuai SKB tiga menteri agar tenggat waktu dihitung dengan benar.`,
      en: `National holidays and collective leave for ${next} have not been entered. Add them from the joint ministerial decree (SKB) so that deadlines are counted correctly.`,
    },
  };
}
