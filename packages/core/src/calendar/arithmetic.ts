import {
  type CalendarContext,
  type ClosedPauseInterval,
  contextOf,
  intervalsOfDay,
  isWorkingMs,
  nextWorkingMs,
  type PauseInterval,
  toMs,
  type WorkingCalendar,
  WorkingIntervalCursor,
} from './calendar';
import { MINUTE_MS } from './dates';
import { instantOfDayTime, localDayAndTime } from './zone';

/** Sorted, merged [start, end) pauses in ms; an open pause ends at +Infinity. */
type Pauses = readonly (readonly [number, number])[];

const NO_PAUSES: Pauses = [];

function normalizePauses(pauses: readonly PauseInterval[] | undefined): Pauses {
  if (pauses === undefined || pauses.length === 0) return NO_PAUSES;
  const list = pauses
    .map((pause) => {
      const start = toMs(pause.start, 'pause start');
      const end = pause.end === null ? Number.POSITIVE_INFINITY : toMs(pause.end, 'pause end');
      if (end < start) throw new RangeError('A pause ends before it starts');
      return [start, end] as [number, number];
    })
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const pause of list) {
    const last = merged[merged.length - 1];
    if (last !== undefined && pause[0] <= last[1]) last[1] = Math.max(last[1], pause[1]);
    else merged.push(pause);
  }
  return merged;
}

function isPaused(pauses: Pauses, instant: number): boolean {
  for (const [start, end] of pauses) {
    if (start > instant) return false;
    if (instant < end) return true;
  }
  return false;
}

/**
 * Working intervals minus pauses. `next()` is false once the time runs out: past `limit`, or
 * inside a pause that never ends.
 */
class EffectiveCursor {
  start = 0;
  end = 0;
  private readonly working: WorkingIntervalCursor;
  private position = 0;
  private intervalEnd = 0;
  private pauseIndex = 0;

  constructor(
    ctx: CalendarContext,
    from: number,
    private readonly pauses: Pauses,
    limit?: number,
  ) {
    this.working = new WorkingIntervalCursor(ctx, from, limit);
  }

  next(): boolean {
    const pauses = this.pauses;
    for (;;) {
      if (this.position >= this.intervalEnd) {
        if (!this.working.next()) return false;
        this.position = this.working.start;
        this.intervalEnd = this.working.end;
      }
      while (this.pauseIndex < pauses.length && pauses[this.pauseIndex]![1] <= this.position)
        this.pauseIndex++;
      const pause = pauses[this.pauseIndex];
      if (pause !== undefined && pause[0] <= this.position) {
        if (pause[1] === Number.POSITIVE_INFINITY) return false;
        this.position = Math.min(pause[1], this.intervalEnd);
        continue;
      }
      this.start = this.position;
      this.end = pause === undefined ? this.intervalEnd : Math.min(this.intervalEnd, pause[0]);
      this.position = this.end;
      return true;
    }
  }
}

function isEffectiveWorking(ctx: CalendarContext, pauses: Pauses, instant: number): boolean {
  return isWorkingMs(ctx, instant) && !isPaused(pauses, instant);
}

/**
 * Earliest instant r ≥ from in the closure of an unpaused working interval with exactly `amount`
 * ms of unpaused working time in [from, r); null when an open pause swallows the rest.
 */
function addEffectiveMs(ctx: CalendarContext, from: number, amount: number, pauses: Pauses): number | null {
  if (amount === 0 && (isEffectiveWorking(ctx, pauses, from) || isEffectiveWorking(ctx, pauses, from - 1))) {
    return from;
  }
  const cursor = new EffectiveCursor(ctx, from, pauses);
  let remaining = amount;
  while (cursor.next()) {
    const length = cursor.end - cursor.start;
    if (remaining <= length) return cursor.start + remaining;
    remaining -= length;
  }
  return null;
}

/** Unpaused working ms in [from, to). */
function effectiveMsBetween(ctx: CalendarContext, from: number, to: number, pauses: Pauses): number {
  if (to <= from) return 0;
  const cursor = new EffectiveCursor(ctx, from, pauses, to);
  let total = 0;
  while (cursor.next() && cursor.start < to) total += Math.min(cursor.end, to) - cursor.start;
  return total;
}

function durationMs(minutes: number): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`A working duration must be a finite number ≥ 0, got ${minutes}`);
  }
  return Math.round(minutes * MINUTE_MS);
}

function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/**
 * Adds a working duration: only office hours on working days count, and paused time is
 * skipped. Used for step standard times in minutes or hours.
 *
 * The result is the earliest instant with exactly `minutes` of unpaused working time since
 * `start`, so a duration that uses up an interval ends at that interval's end (Monday 16:00,
 * not Tuesday 07:30): a deadline "by 16:00" is what users expect. The result therefore lies in
 * the closure [start, end] of a working interval. With 0 minutes the result is `start` when it
 * already lies in such a closure, else the next working instant. Returns null only when an
 * open pause (`end: null`) stops the clock before the time is used up.
 */
export function addWorkingMinutes(
  cal: WorkingCalendar,
  start: Date,
  minutes: number,
  pauses?: readonly ClosedPauseInterval[],
): Date;
export function addWorkingMinutes(
  cal: WorkingCalendar,
  start: Date,
  minutes: number,
  pauses: readonly PauseInterval[],
): Date | null;
export function addWorkingMinutes(
  cal: WorkingCalendar,
  start: Date,
  minutes: number,
  pauses?: readonly PauseInterval[],
): Date | null {
  return toDate(addEffectiveMs(contextOf(cal), toMs(start), durationMs(minutes), normalizePauses(pauses)));
}

/** {@link addWorkingMinutes} for standard times given in hours. */
export function addWorkingHours(
  cal: WorkingCalendar,
  start: Date,
  hours: number,
  pauses?: readonly ClosedPauseInterval[],
): Date;
export function addWorkingHours(
  cal: WorkingCalendar,
  start: Date,
  hours: number,
  pauses: readonly PauseInterval[],
): Date | null;
export function addWorkingHours(
  cal: WorkingCalendar,
  start: Date,
  hours: number,
  pauses?: readonly PauseInterval[],
): Date | null {
  return addWorkingMinutes(cal, start, hours * 60, pauses ?? []);
}

/**
 * Working minutes in [from, to) minus paused time; 0 when `to` is not after `from`. This is
 * how actual time per step is compared against its standard time.
 */
export function workingMinutesBetween(
  cal: WorkingCalendar,
  from: Date,
  to: Date,
  pauses?: readonly PauseInterval[],
): number {
  return effectiveMsBetween(contextOf(cal), toMs(from), toMs(to), normalizePauses(pauses)) / MINUTE_MS;
}

/** {@link workingMinutesBetween} in hours. */
export function workingHoursBetween(
  cal: WorkingCalendar,
  from: Date,
  to: Date,
  pauses?: readonly PauseInterval[],
): number {
  return workingMinutesBetween(cal, from, to, pauses) / 60;
}

function addDaysUnpaused(ctx: CalendarContext, start: number, days: number): number {
  const first = nextWorkingMs(ctx, start);
  const { day, msOfDay } = localDayAndTime(ctx.zone, first);
  let target = day;
  let emptyRun = 0;
  for (let counted = 0; counted < days; ) {
    target += 1;
    if (intervalsOfDay(ctx, target).length > 0) {
      counted += 1;
      emptyRun = 0;
    } else if (++emptyRun > 3660) {
      throw new RangeError(`Calendar ${ctx.cal.timeZone} has no working day for ten years`);
    }
  }
  const due = instantOfDayTime(ctx.zone, target, msOfDay);
  return isWorkingMs(ctx, due) ? due : nextWorkingMs(ctx, due);
}

/**
 * Adds working days, as service standards count them ("10 working days" for a complaint's full
 * answer): the same local time of day on the n-th following working day, after first moving
 * `start` to its next working instant. When that time is not working time on the target day
 * (Friday's prayer break, or after that day's closing time) the due time moves to the next
 * working instant. 0 days gives the next working instant.
 *
 * Pauses: the due time moves later by exactly the paused working time between `start` and the
 * due time itself (a fixed point: the extension can reach further pauses, which extend it
 * again), consumed as working time from the unpaused due time. Returns null when an open pause
 * (`end: null`) has already stopped the clock before the due time.
 */
export function addWorkingDays(
  cal: WorkingCalendar,
  start: Date,
  days: number,
  pauses?: readonly ClosedPauseInterval[],
): Date;
export function addWorkingDays(
  cal: WorkingCalendar,
  start: Date,
  days: number,
  pauses: readonly PauseInterval[],
): Date | null;
export function addWorkingDays(
  cal: WorkingCalendar,
  start: Date,
  days: number,
  pauses?: readonly PauseInterval[],
): Date | null {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}`);
  }
  const ctx = contextOf(cal);
  const from = toMs(start);
  const due = addDaysUnpaused(ctx, from, days);
  const normalized = normalizePauses(pauses);
  if (normalized.length === 0) return new Date(due);
  const paused =
    effectiveMsBetween(ctx, from, due, NO_PAUSES) - effectiveMsBetween(ctx, from, due, normalized);
  if (paused === 0) return new Date(due);
  // From `due` every unpaused working ms pays back one paused ms and every paused one adds one
  // more to pay back, so consuming `paused` of unpaused working time reaches the fixed point.
  return toDate(addEffectiveMs(ctx, due, paused, normalized));
}

/**
 * Replaces the end of still-open pauses by `now`: the due time "if the clock resumed now",
 * which the inbox can show for a paused task.
 */
export function closePauses(pauses: readonly PauseInterval[], now: Date): ClosedPauseInterval[] {
  return pauses.map((pause) => ({ start: pause.start, end: pause.end ?? now }));
}
