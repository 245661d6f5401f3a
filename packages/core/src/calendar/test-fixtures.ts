import national from '../../../../calendars/national.json';
import { buildCalendar, type WeeklyHours, type WorkingCalendar } from './calendar';
import { holidayDays, holidayYears, parseHolidayFile } from './holidays';

/** The shipped national file, parsed as the server loads it. */
export const NATIONAL = parseHolidayFile(national);

/** An office calendar on the national holidays and the default complaint-room hours. */
export function nationalCalendar(timeZone: string, hours?: WeeklyHours): WorkingCalendar {
  return buildCalendar({
    timeZone,
    ...(hours === undefined ? {} : { hours }),
    days: holidayDays(NATIONAL),
    yearsWithData: holidayYears(NATIONAL),
  });
}

export const WIB = nationalCalendar('Asia/Jakarta');
export const WITA = nationalCalendar('Asia/Makassar');
export const WIT = nationalCalendar('Asia/Jayapura');

/** An instant written as local time with its offset, e.g. at('2026-03-17T09:00', 8). */
export function at(local: string, offsetHours: number): Date {
  const date = new Date(`${local}:00+0${offsetHours}:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`bad test instant ${local}`);
  return date;
}

export const wib = (local: string): Date => at(local, 7);
export const wita = (local: string): Date => at(local, 8);
export const wit = (local: string): Date => at(local, 9);
