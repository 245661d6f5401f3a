import { isoWeekdayOf, localDateOfDay, MINUTE_MS, parseLocalDate, parseTimeOfDay } from './dates';
import { getZone, instantOfDayTime, localDayAndTime, type Zone } from './zone';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Office hours within one day, local time 'HH:MM', half-open [start, end), start < end. */
export interface TimeOfDayInterval {
  start: string;
  end: string;
}

/** Office hours per ISO weekday; breaks are the gaps between intervals. */
export type WeeklyHours = Record<IsoWeekday, readonly TimeOfDayInterval[]>;

export interface WorkingCalendar {
  /** IANA zone: 'Asia/Jakarta' (WIB), 'Asia/Makassar' (WITA), 'Asia/Jayapura' (WIT). */
  readonly timeZone: string;
  readonly hours: WeeklyHours;
  /** Local dates 'YYYY-MM-DD' off work: national holidays, collective leave, regional days. */
  readonly nonWorkingDates: ReadonlySet<string>;
  /** Years whose holiday data has been entered (for {@link calendarYearWarning}). */
  readonly yearsWithData?: ReadonlySet<number>;
}

/** A stopped clock, e.g. waiting for the applicant; `end: null` means still paused. */
export interface PauseInterval {
  start: Date;
  end: Date | null;
}

/** A pause that has ended. */
export interface ClosedPauseInterval {
  start: Date;
  end: Date;
}

function deepFreezeHours(hours: WeeklyHours): WeeklyHours {
  for (const day of Object.values(hours)) {
    for (const interval of day) Object.freeze(interval);
    Object.freeze(day);
  }
  return Object.freeze(hours);
}

/**
 * Complaint-room hours of Perka BKPM 12/2015: Monday-Thursday 07:30-16:00, Friday 07:30-11:30
 * and 13:30-16:30 (the Friday-prayer break), closed on Saturday and Sunday.
 */
export const DEFAULT_OFFICE_HOURS: WeeklyHours = deepFreezeHours({
  1: [{ start: '07:30', end: '16:00' }],
  2: [{ start: '07:30', end: '16:00' }],
  3: [{ start: '07:30', end: '16:00' }],
  4: [{ start: '07:30', end: '16:00' }],
  5: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '16:30' },
  ],
  6: [],
  7: [],
});

export interface BuildCalendarOptions {
  timeZone: string;
  /** Defaults to {@link DEFAULT_OFFICE_HOURS}. */
  hours?: WeeklyHours;
  /** Non-working days: national file days, collective leave, the agency's regional days. */
  days: Iterable<string | { readonly date: string }>;
  /** Years with holiday data; defaults to the years of `days`. */
  yearsWithData?: Iterable<number>;
}

/**
 * Builds an office's working calendar from holiday entries, validating the zone, the hours and
 * every date up front so that deadline arithmetic later cannot fail on bad data.
 */
export function buildCalendar(options: BuildCalendarOptions): WorkingCalendar {
  getZone(options.timeZone);
  const hours = options.hours ?? DEFAULT_OFFICE_HOURS;
  compileHours(hours);
  const nonWorkingDates = new Set<string>();
  for (const entry of options.days) {
    const date = typeof entry === 'string' ? entry : entry.date;
    parseLocalDate(date);
    nonWorkingDates.add(date);
  }
  const yearsWithData = new Set<number>(
    options.yearsWithData ?? [...nonWorkingDates].map((date) => Number(date.slice(0, 4))),
  );
  return { timeZone: options.timeZone, hours, nonWorkingDates, yearsWithData };
}

// ---------------------------------------------------------------------------------------------
// Internals shared with the arithmetic module.

/** Per ISO weekday (index 1-7), sorted disjoint [startMs, endMs) pairs after local midnight. */
export type CompiledHours = readonly (readonly number[])[];

const EMPTY: readonly number[] = [];
const compiledHours = new WeakMap<WeeklyHours, CompiledHours>();

/** Validates and compiles weekly hours once per hours object. */
export function compileHours(hours: WeeklyHours): CompiledHours {
  const cached = compiledHours.get(hours);
  if (cached !== undefined) return cached;
  const compiled: number[][] = [[]];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const intervals = hours[weekday as IsoWeekday];
    if (!Array.isArray(intervals)) throw new RangeError(`Office hours for weekday ${weekday} are missing`);
    const pairs = intervals
      .map((interval) => {
        const start = parseTimeOfDay(interval.start);
        const end = parseTimeOfDay(interval.end, true);
        if (start >= end) {
          throw new RangeError(
            `Office hours ${interval.start}-${interval.end} (weekday ${weekday}) end before they start`,
          );
        }
        return [start * MINUTE_MS, end * MINUTE_MS] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [start, end] of pairs) {
      const last = merged.length - 1;
      if (last > 0 && start < merged[last]!) {
        throw new RangeError(`Office hours overlap on weekday ${weekday}`);
      }
      if (last > 0 && start === merged[last]) merged[last] = end;
      else merged.push(start, end);
    }
    compiled.push(merged);
  }
  compiledHours.set(hours, compiled);
  return compiled;
}

/** Compiled view of a calendar used by every operation. */
export interface CalendarContext {
  readonly cal: WorkingCalendar;
  readonly zone: Zone;
  readonly hours: CompiledHours;
}

export function contextOf(cal: WorkingCalendar): CalendarContext {
  return { cal, zone: getZone(cal.timeZone), hours: compileHours(cal.hours) };
}

/** Working intervals (ms after local midnight) of a local day; empty when it is not a working day. */
export function intervalsOfDay(ctx: CalendarContext, day: number): readonly number[] {
  const intervals = ctx.hours[isoWeekdayOf(day)] ?? EMPTY;
  if (intervals.length === 0) return EMPTY;
  const dates = ctx.cal.nonWorkingDates;
  if (dates.size > 0 && dates.has(localDateOfDay(day))) return EMPTY;
  return intervals;
}

/** Longest run of days without working time before we decide the calendar has none. */
const MAX_EMPTY_DAYS = 3660;

/**
 * Walks the working intervals [start, end) at or after an instant, day by day (O(days)). The
 * first interval is clipped to begin at `from`. With a `limit`, stops at days starting after it.
 */
export class WorkingIntervalCursor {
  start = 0;
  end = 0;
  private day: number;
  private index = 0;
  private from: number;

  constructor(
    private readonly ctx: CalendarContext,
    from: number,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {
    this.from = from;
    this.day = localDayAndTime(ctx.zone, from).day;
  }

  next(): boolean {
    let emptyDays = 0;
    for (;;) {
      const intervals = intervalsOfDay(this.ctx, this.day);
      while (this.index < intervals.length) {
        const start = instantOfDayTime(this.ctx.zone, this.day, intervals[this.index]!);
        const end = instantOfDayTime(this.ctx.zone, this.day, intervals[this.index + 1]!);
        this.index += 2;
        if (end <= this.from) continue;
        this.start = Math.max(start, this.from);
        this.end = end;
        this.from = end;
        return true;
      }
      this.day += 1;
      this.index = 0;
      if (instantOfDayTime(this.ctx.zone, this.day, 0) >= this.limit) return false;
      emptyDays = intervals.length === 0 ? emptyDays + 1 : 0;
      if (emptyDays > MAX_EMPTY_DAYS) {
        throw new RangeError(`Calendar ${this.ctx.cal.timeZone} has no working time for ten years`);
      }
    }
  }
}

export function toMs(instant: Date, what = 'instant'): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Invalid ${what}`);
  return ms;
}

export function isWorkingMs(ctx: CalendarContext, instant: number): boolean {
  const { day, msOfDay } = localDayAndTime(ctx.zone, instant);
  const intervals = intervalsOfDay(ctx, day);
  for (let i = 0; i < intervals.length; i += 2) {
    if (msOfDay >= intervals[i]! && msOfDay < intervals[i + 1]!) return true;
  }
  return false;
}

export function nextWorkingMs(ctx: CalendarContext, instant: number): number {
  const cursor = new WorkingIntervalCursor(ctx, instant);
  cursor.next();
  return cursor.start;
}

// ---------------------------------------------------------------------------------------------
// Public queries.

/**
 * Whether staff work on a local date: it has office hours and is not a holiday, collective
 * leave or regional day. Takes the office's local date because holidays are local dates.
 */
export function isWorkingDay(cal: WorkingCalendar, localDate: string): boolean {
  return intervalsOfDay(contextOf(cal), parseLocalDate(localDate)).length > 0;
}

/** Whether an instant falls inside office hours on a working day (intervals are half-open). */
export function isWorkingTime(cal: WorkingCalendar, instant: Date): boolean {
  return isWorkingMs(contextOf(cal), toMs(instant));
}

/**
 * The instant itself when it is working time, else the start of the next working interval:
 * where a clock started outside office hours really begins to run (Friday 11:45 → 13:30).
 */
export function nextWorkingInstant(cal: WorkingCalendar, instant: Date): Date {
  return new Date(nextWorkingMs(contextOf(cal), toMs(instant)));
}
