import type { TSopDuration, TSopStandardTime } from '@sigap/contracts';
import {
  addWorkingDays,
  addWorkingMinutes,
  type PauseInterval,
  type WorkingCalendar,
  workingMinutesBetween,
} from '../calendar';
import { contextOf, intervalsOfDay } from '../calendar/calendar';
import { instantOfDayTime, localDayAndTime } from '../calendar/zone';
import type { CasePause } from './types';

const MINUTE = 60_000;
const DAY = 86_400_000;

export function toPauseIntervals(pauses: readonly CasePause[]): PauseInterval[] {
  return pauses.map((p) => ({ start: new Date(p.start), end: p.end ? new Date(p.end) : null }));
}

/** Calendar-time pauses: the due time moves by the whole paused duration after `from`. */
function addCalendar(from: number, ms: number, pauses: readonly PauseInterval[]): number | null {
  let due = from + ms;
  const sorted = [...pauses].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const p of sorted) {
    const s = Math.max(p.start.getTime(), from);
    if (s >= due) continue;
    if (p.end === null) return null;
    const e = p.end.getTime();
    if (e > s) due += e - s;
  }
  return due;
}

/**
 * When a step (or the whole case) is due: its standard time counted on the office's working
 * calendar from the moment it became ready, skipping paused time. Null while a pause that
 * started before the due time is still open, or when there is no standard time. A lead time
 * ("H-1 bulan") counts back from the event's date instead; in working days ("H-1 hari kerja")
 * it is the close of office hours on the n-th working day before the event's local date.
 */
export function computeDue(
  time: TSopStandardTime | TSopDuration | null | undefined,
  readyAt: Date,
  calendar: WorkingCalendar,
  pauses: readonly CasePause[],
  eventAt: Date | null,
): Date | null {
  if (!time) return null;
  const intervals = toPauseIntervals(pauses);
  if ('leadTime' in time && time.leadTime) {
    if (!eventAt) return null;
    if (time.basis === 'working' && time.unit === 'day')
      return closeOfWorkingDayBefore(calendar, eventAt, time.amount);
    const d = new Date(eventAt.getTime());
    if (time.unit === 'month') d.setUTCMonth(d.getUTCMonth() - time.amount);
    else d.setTime(d.getTime() - time.amount * unitMs(time.unit));
    return d;
  }
  const from = readyAt.getTime();
  if (time.unit === 'minute' || time.unit === 'hour') {
    const minutes = time.amount * (time.unit === 'hour' ? 60 : 1);
    if (time.basis === 'working') return addWorkingMinutes(calendar, readyAt, minutes, intervals);
    const due = addCalendar(from, minutes * MINUTE, intervals);
    return due === null ? null : new Date(due);
  }
  const days = time.unit === 'day' ? time.amount : time.unit === 'week' ? time.amount * 7 : time.amount * 30;
  if (time.basis === 'working') return addWorkingDays(calendar, readyAt, Math.ceil(days), intervals);
  const due = addCalendar(from, days * DAY, intervals);
  return due === null ? null : new Date(due);
}

/** The close of office hours on the n-th working day before the local date of `eventAt`. */
export function closeOfWorkingDayBefore(calendar: WorkingCalendar, eventAt: Date, n: number): Date {
  const ctx = contextOf(calendar);
  let { day } = localDayAndTime(ctx.zone, eventAt.getTime());
  for (let counted = 0, empty = 0; counted < Math.max(1, n); ) {
    day -= 1;
    if (intervalsOfDay(ctx, day).length > 0) {
      counted += 1;
      empty = 0;
    } else if (++empty > 3660)
      throw new RangeError(`Calendar ${calendar.timeZone} has no working day for ten years`);
  }
  const hours = intervalsOfDay(ctx, day);
  return new Date(instantOfDayTime(ctx.zone, day, hours[hours.length - 1]!));
}

function unitMs(unit: TSopDuration['unit']): number {
  switch (unit) {
    case 'minute':
      return MINUTE;
    case 'hour':
      return 60 * MINUTE;
    case 'day':
      return DAY;
    case 'week':
      return 7 * DAY;
    case 'month':
      return 30 * DAY;
  }
}

/**
 * When the first reminder is due: once 75% of the task's working time has passed. The sweep
 * sends the second at the due time itself and escalates then.
 */
export function reminderAt(
  calendar: WorkingCalendar,
  readyAt: Date,
  dueAt: Date | null,
  pauses: readonly CasePause[],
): Date | null {
  if (!dueAt) return null;
  const intervals = toPauseIntervals(pauses).filter((p) => p.end !== null) as Array<{
    start: Date;
    end: Date;
  }>;
  const total = workingMinutesBetween(calendar, readyAt, dueAt, intervals);
  if (total <= 0) return dueAt;
  return addWorkingMinutes(calendar, readyAt, total * 0.75, intervals);
}
