import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  workingHoursBetween,
  workingMinutesBetween,
} from './arithmetic';
import {
  buildCalendar,
  type ClosedPauseInterval,
  DEFAULT_OFFICE_HOURS,
  isWorkingDay,
  isWorkingTime,
  nextWorkingInstant,
  type PauseInterval,
} from './calendar';
import { at, WIB, WIT, WITA, wib, wit, wita } from './test-fixtures';
import { zoneAbbreviation } from './zone';

describe('required examples', () => {
  it('East Kalimantan: 1 working day after Tue 17 Mar 2026 09:00 WITA is Wed 25 Mar 09:00 WITA', () => {
    // 18 leave, 19 Nyepi, 20 leave, 21-22 Idul Fitri (weekend), 23-24 leave.
    expect(addWorkingDays(WITA, wita('2026-03-17T09:00'), 1)).toEqual(wita('2026-03-25T09:00'));
  });

  it('Friday 11:45 WIB is in the prayer break: the clock runs from 13:30', () => {
    expect(nextWorkingInstant(WIB, wib('2026-03-06T11:45'))).toEqual(wib('2026-03-06T13:30'));
  });

  it('Friday 11:00 WIB + 60 working minutes = Friday 14:00 WIB', () => {
    expect(addWorkingMinutes(WIB, wib('2026-03-06T11:00'), 60)).toEqual(wib('2026-03-06T14:00'));
  });
});

describe('working days and times', () => {
  it('weekends, holidays and collective leave are not working days', () => {
    expect(isWorkingDay(WIB, '2026-03-17')).toBe(true);
    expect(isWorkingDay(WIB, '2026-03-14')).toBe(false); // Saturday
    expect(isWorkingDay(WIB, '2026-03-15')).toBe(false); // Sunday
    expect(isWorkingDay(WIB, '2026-03-19')).toBe(false); // Nyepi
    expect(isWorkingDay(WIB, '2026-03-18')).toBe(false); // collective leave
    expect(isWorkingDay(WIB, '2026-08-17')).toBe(false); // Independence Day
    expect(() => isWorkingDay(WIB, '2026-02-30')).toThrow(RangeError);
  });

  it('2025 data: Lebaran 31 Mar-7 Apr 2025 is off, 8 Apr is back at work', () => {
    for (const date of [
      '2025-03-28',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-07',
    ]) {
      expect(isWorkingDay(WIB, date), date).toBe(false);
    }
    expect(isWorkingDay(WIB, '2025-03-27')).toBe(true);
    expect(isWorkingDay(WIB, '2025-04-08')).toBe(true);
    expect(addWorkingDays(WIB, wib('2025-03-27T10:00'), 1)).toEqual(wib('2025-04-08T10:00'));
    expect(isWorkingDay(WIB, '2025-12-26')).toBe(false);
    expect(addWorkingDays(WIB, wib('2025-12-24T08:00'), 1)).toEqual(wib('2025-12-29T08:00'));
  });

  it('intervals are half-open [start, end)', () => {
    expect(isWorkingTime(WIB, wib('2026-03-16T07:29'))).toBe(false);
    expect(isWorkingTime(WIB, wib('2026-03-16T07:30'))).toBe(true);
    expect(isWorkingTime(WIB, new Date(wib('2026-03-16T16:00').getTime() - 1))).toBe(true);
    expect(isWorkingTime(WIB, wib('2026-03-16T16:00'))).toBe(false);
    expect(isWorkingTime(WIB, wib('2026-03-13T11:30'))).toBe(false); // Friday break
    expect(isWorkingTime(WIB, wib('2026-03-13T16:15'))).toBe(true); // Friday runs to 16:30
    expect(isWorkingTime(WIB, wib('2026-03-19T10:00'))).toBe(false); // Nyepi
  });

  it('the next working instant skips evenings, weekends and holidays', () => {
    expect(nextWorkingInstant(WIB, wib('2026-03-16T10:00'))).toEqual(wib('2026-03-16T10:00'));
    expect(nextWorkingInstant(WIB, wib('2026-03-16T16:00'))).toEqual(wib('2026-03-17T07:30'));
    expect(nextWorkingInstant(WIB, wib('2026-03-13T17:00'))).toEqual(wib('2026-03-16T07:30'));
    expect(nextWorkingInstant(WIB, wib('2026-03-17T16:30'))).toEqual(wib('2026-03-25T07:30'));
  });
});

describe('time zones', () => {
  it('abbreviates the Indonesian zones', () => {
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Pontianak')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT');
    expect(zoneAbbreviation('Europe/Amsterdam')).toBe('Europe/Amsterdam');
  });

  it('counts office hours in each office zone', () => {
    // 07:30 local is 00:30Z in WIB, 23:30Z the day before in WITA, 22:30Z in WIT.
    expect(nextWorkingInstant(WIB, new Date('2026-03-16T00:00Z'))).toEqual(new Date('2026-03-16T00:30Z'));
    expect(nextWorkingInstant(WITA, new Date('2026-03-15T20:00Z'))).toEqual(new Date('2026-03-15T23:30Z'));
    expect(nextWorkingInstant(WIT, new Date('2026-03-15T20:00Z'))).toEqual(new Date('2026-03-15T22:30Z'));
    // The same instant is working time in Jayapura but not yet in Jakarta.
    const instant = wit('2026-03-16T08:00');
    expect(isWorkingTime(WIT, instant)).toBe(true);
    expect(isWorkingTime(WIB, instant)).toBe(false);
    expect(addWorkingDays(WIT, wit('2026-03-17T09:00'), 1)).toEqual(wit('2026-03-25T09:00'));
    expect(addWorkingMinutes(WITA, wita('2026-03-16T15:30'), 60)).toEqual(wita('2026-03-17T08:00'));
  });

  it('falls back to Intl for other zones, including daylight saving', () => {
    const amsterdam = buildCalendar({ timeZone: 'Europe/Amsterdam', days: [] });
    // Friday 27 Mar 2026 16:00 CET (+1) + 60 min → Monday 30 Mar 08:00 CEST (+2).
    expect(addWorkingMinutes(amsterdam, at('2026-03-27T16:00', 1), 60)).toEqual(
      new Date('2026-03-30T06:00:00Z'),
    );
    expect(() => buildCalendar({ timeZone: 'Mars/Olympus', days: [] })).toThrow(RangeError);
  });
});

describe('adding working time', () => {
  it('a duration that ends at closing time returns closing time', () => {
    expect(addWorkingMinutes(WIB, wib('2026-03-16T15:00'), 60)).toEqual(wib('2026-03-16T16:00'));
    expect(addWorkingMinutes(WIB, wib('2026-03-16T15:00'), 61)).toEqual(wib('2026-03-17T07:31'));
    expect(addWorkingHours(WIB, wib('2026-03-16T07:30'), 8.5)).toEqual(wib('2026-03-16T16:00'));
  });

  it('skips weekends and holidays', () => {
    // Friday 16:00 + 60 min: 30 min on Friday, 30 min on Monday.
    expect(addWorkingMinutes(WIB, wib('2026-03-13T16:00'), 60)).toEqual(wib('2026-03-16T08:00'));
    // Tuesday 17 Mar 15:00 + 2 h: 1 h on Tuesday, then 25 Mar.
    expect(addWorkingHours(WIB, wib('2026-03-17T15:00'), 2)).toEqual(wib('2026-03-25T08:30'));
  });

  it('zero minutes stays put in working time, else moves to the next working instant', () => {
    expect(addWorkingMinutes(WIB, wib('2026-03-16T10:00'), 0)).toEqual(wib('2026-03-16T10:00'));
    expect(addWorkingMinutes(WIB, wib('2026-03-16T16:00'), 0)).toEqual(wib('2026-03-16T16:00'));
    expect(addWorkingMinutes(WIB, wib('2026-03-14T10:00'), 0)).toEqual(wib('2026-03-16T07:30'));
  });

  it('adds working days at the same time of day', () => {
    expect(addWorkingDays(WIB, wib('2026-03-02T10:00'), 10)).toEqual(wib('2026-03-16T10:00'));
    // A complaint received before Lebaran: 10 working days skip the leave and Good Friday.
    expect(addWorkingDays(WIB, wib('2026-03-16T10:00'), 10)).toEqual(wib('2026-04-07T10:00'));
    // Received on a Saturday: the clock starts Monday 07:30.
    expect(addWorkingDays(WIB, wib('2026-03-07T10:00'), 1)).toEqual(wib('2026-03-10T07:30'));
    expect(addWorkingDays(WIB, wib('2026-03-07T10:00'), 0)).toEqual(wib('2026-03-09T07:30'));
  });

  it('moves a due time that is not working time on the target day to the next working instant', () => {
    // Thursday 12:00 + 1 day = Friday 12:00, in the prayer break → 13:30.
    expect(addWorkingDays(WIB, wib('2026-03-12T12:00'), 1)).toEqual(wib('2026-03-13T13:30'));
    // Friday 16:15 + 1 day = Monday 16:15, after closing → Tuesday 07:30.
    expect(addWorkingDays(WIB, wib('2026-03-13T16:15'), 1)).toEqual(wib('2026-03-17T07:30'));
  });

  it('rejects negative or fractional amounts', () => {
    expect(() => addWorkingDays(WIB, wib('2026-03-16T10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(WIB, wib('2026-03-16T10:00'), 1.5)).toThrow(RangeError);
    expect(() => addWorkingMinutes(WIB, wib('2026-03-16T10:00'), -5)).toThrow(RangeError);
    expect(() => addWorkingMinutes(WIB, new Date(Number.NaN), 5)).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  it('counts working minutes in [a, b)', () => {
    expect(workingMinutesBetween(WIB, wib('2026-03-13T11:00'), wib('2026-03-13T14:00'))).toBe(60);
    expect(workingMinutesBetween(WIB, wib('2026-03-13T07:30'), wib('2026-03-16T07:30'))).toBe(7 * 60);
    expect(workingHoursBetween(WIB, wib('2026-03-16T07:30'), wib('2026-03-17T07:30'))).toBe(8.5);
    expect(workingMinutesBetween(WIB, wib('2026-03-17T15:00'), wib('2026-03-25T08:00'))).toBe(90);
    expect(workingMinutesBetween(WIB, wib('2026-03-17T15:00'), wib('2026-03-17T15:00'))).toBe(0);
    expect(workingMinutesBetween(WIB, wib('2026-03-17T15:00'), wib('2026-03-16T15:00'))).toBe(0);
  });

  it('stops at the end even on a calendar without office hours', () => {
    const closed = buildCalendar({
      timeZone: 'Asia/Jakarta',
      hours: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
      days: [],
    });
    expect(workingMinutesBetween(closed, wib('2026-03-16T00:00'), wib('2026-04-16T00:00'))).toBe(0);
    expect(() => nextWorkingInstant(closed, wib('2026-03-16T00:00'))).toThrow(/no working time/);
  });
});

describe('pauses', () => {
  const pause = (start: string, end: string | null): PauseInterval => ({
    start: wib(start),
    end: end === null ? null : wib(end),
  });
  /** A pause that has ended: the due time is then always a Date. */
  const closed = (start: string, end: string): ClosedPauseInterval => ({ start: wib(start), end: wib(end) });

  it('paused working time does not count', () => {
    const pauses = [pause('2026-03-16T09:00', '2026-03-16T10:00')];
    expect(workingMinutesBetween(WIB, wib('2026-03-16T08:00'), wib('2026-03-16T12:00'), pauses)).toBe(180);
    expect(addWorkingMinutes(WIB, wib('2026-03-16T08:00'), 120, pauses)).toEqual(wib('2026-03-16T11:00'));
  });

  it('a pause outside office hours changes nothing', () => {
    const pauses = [pause('2026-03-16T17:00', '2026-03-17T07:00')];
    expect(addWorkingMinutes(WIB, wib('2026-03-16T15:00'), 120, pauses)).toEqual(wib('2026-03-17T08:30'));
    expect(addWorkingDays(WIB, wib('2026-03-16T10:00'), 1, pauses)).toEqual(wib('2026-03-17T10:00'));
  });

  it("a paused task's day deadline moves by exactly the paused working time", () => {
    const start = wib('2026-03-09T10:00');
    const unpaused = addWorkingDays(WIB, start, 2); // Wednesday 11 Mar 10:00
    expect(unpaused).toEqual(wib('2026-03-11T10:00'));
    // Paused Monday 15:00 to Tuesday 09:00: 60 + 90 = 150 working minutes.
    const pauses = [closed('2026-03-09T15:00', '2026-03-10T09:00')];
    const due = addWorkingDays(WIB, start, 2, pauses);
    expect(due).toEqual(wib('2026-03-11T12:30'));
    expect(workingMinutesBetween(WIB, unpaused, due)).toBe(150);
  });

  it('an extension that runs into a later pause is extended again', () => {
    // Due Wednesday 10:00; the first pause (60 min) pushes into a second one (11:00-12:00).
    const pauses = [
      closed('2026-03-09T11:00', '2026-03-09T12:00'),
      closed('2026-03-11T10:30', '2026-03-11T12:00'),
    ];
    const due = addWorkingDays(WIB, wib('2026-03-09T10:00'), 2, pauses);
    expect(due).toEqual(wib('2026-03-11T12:30'));
    expect(workingMinutesBetween(WIB, wib('2026-03-11T10:00'), due)).toBe(150);
  });

  it('overlapping pauses count once', () => {
    const pauses = [
      pause('2026-03-16T09:00', '2026-03-16T10:00'),
      pause('2026-03-16T09:30', '2026-03-16T10:30'),
    ];
    expect(workingMinutesBetween(WIB, wib('2026-03-16T08:00'), wib('2026-03-16T12:00'), pauses)).toBe(150);
  });

  it('a still-open pause stops the clock: no due time', () => {
    const pauses = [pause('2026-03-16T09:00', null)];
    expect(addWorkingMinutes(WIB, wib('2026-03-16T08:00'), 30, pauses)).toEqual(wib('2026-03-16T08:30'));
    expect(addWorkingMinutes(WIB, wib('2026-03-16T08:00'), 120, pauses)).toBeNull();
    expect(addWorkingDays(WIB, wib('2026-03-16T08:00'), 1, pauses)).toBeNull();
    expect(workingMinutesBetween(WIB, wib('2026-03-16T08:00'), wib('2026-03-17T08:00'), pauses)).toBe(60);
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() =>
      addWorkingMinutes(WIB, wib('2026-03-16T08:00'), 30, [pause('2026-03-16T10:00', '2026-03-16T09:00')]),
    ).toThrow(RangeError);
  });
});

describe('buildCalendar', () => {
  it('uses the Perka 12/2015 complaint-room hours by default', () => {
    const cal = buildCalendar({ timeZone: 'Asia/Jakarta', days: ['2026-03-19', { date: '2026-03-20' }] });
    expect(cal.hours).toBe(DEFAULT_OFFICE_HOURS);
    expect(DEFAULT_OFFICE_HOURS[5]).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '16:30' },
    ]);
    expect(Object.isFrozen(DEFAULT_OFFICE_HOURS[1])).toBe(true);
    expect([...cal.nonWorkingDates]).toEqual(['2026-03-19', '2026-03-20']);
    expect([...(cal.yearsWithData ?? [])]).toEqual([2026]);
  });

  it('adds regional days to the national ones', () => {
    const cal = buildCalendar({ timeZone: 'Asia/Makassar', days: [...WITA.nonWorkingDates, '2026-03-16'] });
    expect(isWorkingDay(cal, '2026-03-16')).toBe(false);
    expect(isWorkingDay(WITA, '2026-03-16')).toBe(true);
  });

  it('rejects bad hours and dates', () => {
    const bad = { ...DEFAULT_OFFICE_HOURS, 1: [{ start: '16:00', end: '07:30' }] };
    expect(() => buildCalendar({ timeZone: 'Asia/Jakarta', hours: bad, days: [] })).toThrow(/end before/);
    const overlap = {
      ...DEFAULT_OFFICE_HOURS,
      2: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
    };
    expect(() => buildCalendar({ timeZone: 'Asia/Jakarta', hours: overlap, days: [] })).toThrow(/overlap/);
    expect(() =>
      buildCalendar({
        timeZone: 'Asia/Jakarta',
        hours: { ...DEFAULT_OFFICE_HOURS, 3: [{ start: '7:30', end: '16:00' }] },
        days: [],
      }),
    ).toThrow(RangeError);
    expect(() => buildCalendar({ timeZone: 'Asia/Jakarta', days: ['2026-13-01'] })).toThrow(RangeError);
  });
});
