import {
  civilFromDays,
  isoWeekdayOf,
  localDateOfDay,
  MINUTE_MS,
  pad2,
  parseLocalDate,
  parseTimeOfDay,
} from '../calendar/dates';
import { getZone, instantOfDayTime, localDayAndTime, zoneAbbreviation } from '../calendar/zone';

/** Languages of the UI and of documents. */
export type FormatLanguage = 'id' | 'en';

const MONTHS: Record<FormatLanguage, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Index 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Record<FormatLanguage, readonly string[]> = {
  id: ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return ms;
}

function local(instant: Date, timeZone: string): { day: number; minutes: number } {
  const { day, msOfDay } = localDayAndTime(getZone(timeZone), instantMs(instant));
  return { day, minutes: Math.floor(msOfDay / MINUTE_MS) };
}

function dateOfDay(day: number, lang: FormatLanguage): string {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return `${dayOfMonth} ${MONTHS[lang][month - 1]} ${year}`;
}

function timeOf(minutes: number, lang: FormatLanguage): string {
  return `${pad2(Math.floor(minutes / 60))}${lang === 'id' ? '.' : ':'}${pad2(minutes % 60)}`;
}

/**
 * '23 November 2026' in the office's zone. Indonesian official documents write dates as
 * day, month name, year; English uses the same order so both versions of a letter agree.
 */
export function formatDate(instant: Date, timeZone: string, lang: FormatLanguage): string {
  return dateOfDay(local(instant, timeZone).day, lang);
}

/** A local date 'YYYY-MM-DD' (e.g. a holiday) written as '23 November 2026'. */
export function formatLocalDate(localDate: string, lang: FormatLanguage): string {
  return dateOfDay(parseLocalDate(localDate), lang);
}

/** '14.05' (Indonesian uses a dot) or '14:05' in the office's zone, 24-hour clock. */
export function formatTime(instant: Date, timeZone: string, lang: FormatLanguage): string {
  return timeOf(local(instant, timeZone).minutes, lang);
}

/**
 * '23 November 2026 14.05 WIB' (English '23 November 2026 14:05 WIB'): deadlines shown to the
 * public name the zone, because an office in Makassar and a reporter in Jakarta differ by an hour.
 */
export function formatDateTime(instant: Date, timeZone: string, lang: FormatLanguage): string {
  const { day, minutes } = local(instant, timeZone);
  return `${dateOfDay(day, lang)} ${timeOf(minutes, lang)} ${zoneAbbreviation(timeZone)}`;
}

/** 'Senin, 23 November 2026' / 'Monday, 23 November 2026', as letters and minutes date themselves. */
export function formatWeekdayDate(instant: Date, timeZone: string, lang: FormatLanguage): string {
  const { day } = local(instant, timeZone);
  return `${WEEKDAYS[lang][isoWeekdayOf(day)]}, ${dateOfDay(day, lang)}`;
}

/** Roman numeral of a month (1 → 'I', 12 → 'XII'), the month field of letter numbers. */
export function romanMonth(month: number): string {
  const roman = Number.isInteger(month) ? ROMAN_MONTHS[month - 1] : undefined;
  if (roman === undefined) throw new RangeError(`Not a month number (1-12): ${month}`);
  return roman;
}

/** The office-local date 'YYYY-MM-DD' of an instant: the key holidays and daily reports use. */
export function localDateString(instant: Date, timeZone: string): string {
  return localDateOfDay(local(instant, timeZone).day);
}

/**
 * The instant of a local date and wall-clock time 'HH:MM' in a zone, e.g. a meeting entered
 * as "Senin 09:00 WITA". Instants are stored in UTC; offices think in local time.
 */
export function fromLocal(localDate: string, time: string, timeZone: string): Date {
  const day = parseLocalDate(localDate);
  const minutes = parseTimeOfDay(time);
  return new Date(instantOfDayTime(getZone(timeZone), day, minutes * MINUTE_MS));
}
