import { describe, expect, it } from 'vitest';
import { WITA, wita } from '../calendar/test-fixtures';
import { closeOfWorkingDayBefore, computeDue } from './deadlines';

describe('lead times in working days', () => {
  const dayBefore = {
    amount: 1,
    unit: 'day',
    basis: 'working',
    leadTime: true,
    raw: 'H-1 hari kerja',
  } as const;

  it('is due at the close of the working day before the event', () => {
    // Tuesday → Monday 16:00
    expect(computeDue(dayBefore, wita('2026-06-01 08:00'), WITA, [], wita('2026-06-09 07:30'))).toEqual(
      wita('2026-06-08 16:00'),
    );
    // Tuesday after Independence Day (Monday 17 August) → Friday 16:30
    expect(closeOfWorkingDayBefore(WITA, wita('2026-08-18 07:30'), 1)).toEqual(wita('2026-08-14 16:30'));
    // after the Lebaran holidays and collective leave (18-24 March) → Tuesday 17 March
    expect(closeOfWorkingDayBefore(WITA, wita('2026-03-25 07:30'), 1)).toEqual(wita('2026-03-17 16:00'));
  });

  it('has no due time before the event date is known', () => {
    expect(computeDue(dayBefore, wita('2026-06-01 08:00'), WITA, [], null)).toBeNull();
  });
});
