import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingMinutes, workingMinutesBetween } from './arithmetic';
import {
  buildCalendar,
  isWorkingTime,
  nextWorkingInstant,
  type PauseInterval,
  type WorkingCalendar,
} from './calendar';
import { WIB, WIT, WITA } from './test-fixtures';

const RUNS = { numRuns: 200 };
const MINUTE = 60_000;

/** Instants across the years with holiday data, at minute precision (sometimes with seconds). */
const instant = fc
  .tuple(
    fc.integer({ min: Date.UTC(2024, 11, 20) / MINUTE, max: Date.UTC(2026, 11, 31) / MINUTE }),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MINUTE - 1 })),
  )
  .map(([minutes, ms]) => new Date(minutes * MINUTE + ms));

const calendar = fc.constantFrom<WorkingCalendar>(WIB, WITA, WIT);
const minutes = fc.integer({ min: 0, max: 12 * 510 });
const days = fc.integer({ min: 0, max: 25 });

/** Working ms between two instants (exact: minutes are ms / 60,000 in floating point). */
function workingMs(cal: WorkingCalendar, from: Date, to: Date, pauses?: readonly PauseInterval[]): number {
  return Math.round(workingMinutesBetween(cal, from, to, pauses) * MINUTE);
}

/** In the closure [start, end] of a working interval: working time, or the end of one. */
function inWorkingClosure(cal: WorkingCalendar, at: Date): boolean {
  return isWorkingTime(cal, at) || isWorkingTime(cal, new Date(at.getTime() - 1));
}

/** The local time of day (minutes) of an instant in a fixed-offset calendar. */
function localMinutes(cal: WorkingCalendar, at: Date): number {
  const offset =
    { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 }[cal.timeZone as 'Asia/Jakarta'] * 60;
  return (((Math.floor(at.getTime() / MINUTE) + offset) % 1440) + 1440) % 1440;
}

/** Times of day that are office hours on every working weekday of the default hours. */
function isWorkingEveryWeekday(minuteOfDay: number): boolean {
  return (minuteOfDay >= 450 && minuteOfDay < 690) || (minuteOfDay >= 810 && minuteOfDay < 960);
}

describe('addWorkingMinutes properties', () => {
  it('never lands outside working time (closure of a working interval)', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, m) => {
        expect(inWorkingClosure(cal, addWorkingMinutes(cal, start, m))).toBe(true);
      }),
      RUNS,
    );
  });

  it('add(a) then add(b) equals add(a + b)', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const stepwise = addWorkingMinutes(cal, addWorkingMinutes(cal, start, a), b);
        expect(stepwise).toEqual(addWorkingMinutes(cal, start, a + b));
      }),
      RUNS,
    );
  });

  it('workingMinutesBetween(nextWorkingInstant(start), add(start, m)) === m', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, m) => {
        const from = nextWorkingInstant(cal, start);
        expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, start, m))).toBe(m);
        expect(workingMinutesBetween(cal, start, addWorkingMinutes(cal, start, m))).toBe(m);
      }),
      RUNS,
    );
  });

  it('never moves backwards: monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(calendar, instant, instant, minutes, minutes, (cal, s1, s2, a, b) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMinutes(cal, early, less).getTime()).toBeGreaterThanOrEqual(early.getTime());
        expect(addWorkingMinutes(cal, late, less).getTime()).toBeGreaterThanOrEqual(
          addWorkingMinutes(cal, early, less).getTime(),
        );
        expect(addWorkingMinutes(cal, early, more).getTime()).toBeGreaterThanOrEqual(
          addWorkingMinutes(cal, early, less).getTime(),
        );
      }),
      RUNS,
    );
  });

  it('pauses: the result is later by exactly the paused working time', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        minutes,
        fc.integer({ min: -600, max: 6000 }),
        fc.integer({ min: 0, max: 4000 }),
        (cal, start, m, pauseOffset, pauseLength) => {
          const pauseStart = new Date(start.getTime() + pauseOffset * MINUTE);
          const pauses = [{ start: pauseStart, end: new Date(pauseStart.getTime() + pauseLength * MINUTE) }];
          const plain = addWorkingMinutes(cal, start, m);
          const paused = addWorkingMinutes(cal, start, m, pauses);
          expect(workingMs(cal, start, paused, pauses)).toBe(m * MINUTE);
          const pausedWorking = workingMs(cal, start, paused) - workingMs(cal, start, paused, pauses);
          if (m > 0) expect(workingMs(cal, plain, paused)).toBe(pausedWorking);
        },
      ),
      RUNS,
    );
  });
});

describe('addWorkingDays properties', () => {
  it('never lands outside working time', () => {
    fc.assert(
      fc.property(calendar, instant, days, (cal, start, n) => {
        expect(isWorkingTime(cal, addWorkingDays(cal, start, n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('add(a) then add(b) equals add(a + b) when the time of day is office hours on every working day', () => {
    fc.assert(
      fc.property(calendar, instant, days, days, (cal, start, a, b) => {
        fc.pre(isWorkingEveryWeekday(localMinutes(cal, nextWorkingInstant(cal, start))));
        const stepwise = addWorkingDays(cal, addWorkingDays(cal, start, a), b);
        expect(stepwise).toEqual(addWorkingDays(cal, start, a + b));
      }),
      RUNS,
    );
  });

  it('add(a) then add(b) equals add(a + b) for any start on uniform office hours', () => {
    const day = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '16:00' },
    ];
    const uniform = buildCalendar({
      timeZone: 'Asia/Makassar',
      hours: { 1: day, 2: day, 3: day, 4: day, 5: day, 6: [], 7: [] },
      days: WITA.nonWorkingDates,
    });
    fc.assert(
      fc.property(instant, days, days, (start, a, b) => {
        const stepwise = addWorkingDays(uniform, addWorkingDays(uniform, start, a), b);
        expect(stepwise).toEqual(addWorkingDays(uniform, start, a + b));
      }),
      RUNS,
    );
  });

  it('never moves backwards: monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(calendar, instant, instant, days, days, (cal, s1, s2, a, b) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(cal, early, less).getTime()).toBeGreaterThanOrEqual(early.getTime());
        expect(addWorkingDays(cal, late, less).getTime()).toBeGreaterThanOrEqual(
          addWorkingDays(cal, early, less).getTime(),
        );
        expect(addWorkingDays(cal, early, more).getTime()).toBeGreaterThanOrEqual(
          addWorkingDays(cal, early, less).getTime(),
        );
      }),
      RUNS,
    );
  });

  it('pauses: the due time moves by exactly the paused working time up to it', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 1, max: 15 }),
        fc.array(fc.tuple(fc.integer({ min: -2000, max: 20_000 }), fc.integer({ min: 1, max: 3000 })), {
          maxLength: 3,
        }),
        (cal, start, n, spec) => {
          const pauses = spec.map(([offset, length]) => ({
            start: new Date(start.getTime() + offset * MINUTE),
            end: new Date(start.getTime() + (offset + length) * MINUTE),
          }));
          const plain = addWorkingDays(cal, start, n);
          const due = addWorkingDays(cal, start, n, pauses);
          const pausedWorking = workingMs(cal, start, due) - workingMs(cal, start, due, pauses);
          expect(workingMs(cal, plain, due)).toBe(pausedWorking);
          expect(due.getTime()).toBeGreaterThanOrEqual(plain.getTime());
        },
      ),
      RUNS,
    );
  });
});
