import { tryParseLocalDate } from './dates';

/** A national holiday (libur nasional) or a collective-leave day (cuti bersama). */
export type HolidayKind = 'holiday' | 'collective_leave';

export interface HolidayName {
  id: string;
  en: string;
}

export interface HolidayDay {
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  kind: HolidayKind;
  name: HolidayName;
}

export interface HolidayYear {
  /** The legal basis, e.g. the joint decree (SKB) that set the year's days. */
  source: string;
  days: HolidayDay[];
}

/** The shape of `calendars/national.json` (and of an agency's regional-day file). */
export interface HolidayFile {
  /** ISO 3166-1 alpha-2 country code, e.g. 'ID'. */
  country: string;
  /** Keyed by the four-digit year. */
  years: Record<string, HolidayYear>;
}

const KINDS: readonly HolidayKind[] = ['holiday', 'collective_leave'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function fail(where: string, problem: string): never {
  throw new Error(`Invalid holiday file: ${where}: ${problem}`);
}

/**
 * Checks a parsed holiday file and returns it typed, with each year's days sorted by date.
 * Holidays are data that administrators edit every year, so a mistake must stop the load with
 * a message naming the entry instead of silently shifting every deadline.
 */
export function parseHolidayFile(json: unknown): HolidayFile {
  if (!isRecord(json)) fail('file', 'must be an object');
  if (typeof json.country !== 'string' || !/^[A-Z]{2}$/.test(json.country)) {
    fail('country', 'must be a two-letter country code such as "ID"');
  }
  if (!isRecord(json.years)) fail('years', 'must be an object keyed by year');
  const years: Record<string, HolidayYear> = {};
  for (const [year, entry] of Object.entries(json.years)) {
    const at = `years[${JSON.stringify(year)}]`;
    if (!/^\d{4}$/.test(year)) fail(at, 'the key must be a four-digit year');
    if (!isRecord(entry)) fail(at, 'must be an object with "source" and "days"');
    if (!isText(entry.source)) fail(`${at}.source`, 'the legal source (e.g. the SKB) is required');
    if (!Array.isArray(entry.days) || entry.days.length === 0)
      fail(`${at}.days`, 'must be a non-empty array');
    const seen = new Set<string>();
    const days: HolidayDay[] = entry.days.map((raw: unknown, index: number): HolidayDay => {
      const date = isRecord(raw) && typeof raw.date === 'string' ? raw.date : undefined;
      const here = `${at}.days[${index}]${date === undefined ? '' : ` (${date})`}`;
      if (!isRecord(raw)) fail(here, 'must be an object');
      if (date === undefined || tryParseLocalDate(date) === null)
        fail(here, 'date must be a real date YYYY-MM-DD');
      if (!date.startsWith(`${year}-`)) fail(here, `date is not in ${year}`);
      if (seen.has(date)) fail(here, 'the date is listed twice');
      seen.add(date);
      if (!KINDS.includes(raw.kind as HolidayKind))
        fail(here, 'kind must be "holiday" or "collective_leave"');
      const name = raw.name;
      if (!isRecord(name) || !isText(name.id) || !isText(name.en)) {
        fail(here, 'name must have non-empty "id" and "en" texts');
      }
      return { date, kind: raw.kind as HolidayKind, name: { id: name.id, en: name.en } };
    });
    days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    years[year] = { source: entry.source, days };
  }
  return { country: json.country, years };
}

/** All days of a holiday file, optionally only some years, oldest first. */
export function holidayDays(file: HolidayFile, years?: Iterable<number>): HolidayDay[] {
  const wanted = years === undefined ? null : new Set([...years].map(String));
  return Object.entries(file.years)
    .filter(([year]) => wanted === null || wanted.has(year))
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([, entry]) => entry.days);
}

/** The years a holiday file has data for, used to warn before a year without data starts. */
export function holidayYears(file: HolidayFile): Set<number> {
  return new Set(Object.keys(file.years).map(Number));
}
