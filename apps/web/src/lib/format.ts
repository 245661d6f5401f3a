/**
 * Date and time formatting for the UI, on top of `@sigap/core` (the same functions the
 * server uses for documents), accepting the ISO strings the API sends.
 */
import {
  formatDate as coreFormatDate,
  formatDateTime as coreFormatDateTime,
  formatLocalDate as coreFormatLocalDate,
  formatTime as coreFormatTime,
  formatWeekdayDate,
  fromLocal,
  localDateString,
  zoneAbbreviation,
} from '@sigap/core';

export type Lang = 'id' | 'en';
type Instant = Date | string | number;

const OFFSETS: Record<string, string> = {
  'Asia/Jakarta': 'UTC+7',
  'Asia/Makassar': 'UTC+8',
  'Asia/Jayapura': 'UTC+9',
};

const toDate = (instant: Instant) => (instant instanceof Date ? instant : new Date(instant));

export { zoneAbbreviation };

/** 'UTC+8' for WITA; empty for zones outside Indonesia. */
export function zoneOffset(tz: string): string {
  return OFFSETS[tz] ?? '';
}

/**
 * A `datetime-local` value ('2026-12-07T09:30') read in an Indonesian office zone (fixed offsets,
 * no daylight saving) as an ISO instant; other zones fall back to the browser's.
 */
export function localInputToIso(value: string, tz: string): string {
  const m = /^UTC\+(\d+)$/.exec(zoneOffset(tz));
  const d = m ? new Date(`${value}:00+${m[1]!.padStart(2, '0')}:00`) : new Date(value);
  // an empty or broken value goes to the server as is, which names the field
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** An instant as a `datetime-local` value in the office's zone. */
export function isoToLocalInput(instant: Instant, tz: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(toDate(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** '23 November 2026' in the given zone. */
export function formatDate(instant: Instant, tz: string, lang: Lang): string {
  return coreFormatDate(toDate(instant), tz, lang);
}

/** '14.05 WITA' in the given zone. */
export function formatTimeZoned(instant: Instant, tz: string, lang: Lang): string {
  return `${coreFormatTime(toDate(instant), tz, lang)} ${zoneAbbreviation(tz)}`;
}

/** '23 November 2026 14.05 WIB' in the given zone. */
export function formatDateTime(instant: Instant, tz: string, lang: Lang): string {
  return coreFormatDateTime(toDate(instant), tz, lang);
}

/** 'Senin, 23 November 2026' in the given zone. */
export function formatLongDate(instant: Instant, tz: string, lang: Lang): string {
  return formatWeekdayDate(toDate(instant), tz, lang);
}

/** A calendar date without a time ('2026-11-23') as '23 November 2026', optionally with the weekday. */
export function formatLocalDate(date: string, lang: Lang, withWeekday = false): string {
  try {
    if (!withWeekday) return coreFormatLocalDate(date, lang);
    // noon in any Indonesian zone falls on the same calendar date
    return formatWeekdayDate(fromLocal(date, '12:00', 'Asia/Jakarta'), 'Asia/Jakarta', lang);
  } catch {
    return date;
  }
}

/** The month name of a 1-based month number. */
export function monthName(month: number, lang: Lang): string {
  const text = coreFormatLocalDate(`2000-${String(month).padStart(2, '0')}-01`, lang);
  return text.split(' ')[1] ?? String(month);
}

/** The local date (YYYY-MM-DD), year and hour (0-23) of an instant in a zone. */
export function zonedParts(instant: Instant, tz: string): { hour: number; date: string; year: number } {
  const d = toDate(instant);
  const date = localDateString(d, tz);
  return {
    date,
    year: Number(date.slice(0, 4)),
    hour: Number(coreFormatTime(d, tz, 'en').slice(0, 2)),
  };
}

/** The size of a file as KB or MB. */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
