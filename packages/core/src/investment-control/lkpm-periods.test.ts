import { describe, expect, it } from 'vitest';
import {
  currentCompliancePeriod,
  periodDeadline,
  periodEnd,
  periodKindOf,
  periodLabel,
  periodOf,
  previousPeriod,
  realisedTotal,
} from './lkpm-periods';

describe('LKPM periods', () => {
  it('gives the period kind by scale; micro businesses are exempt', () => {
    expect(periodKindOf('small')).toBe('half');
    expect(periodKindOf('medium')).toBe('quarter');
    expect(periodKindOf('large')).toBe('quarter');
    expect(periodKindOf('micro')).toBeNull();
  });

  it('ends quarters and half-years on the last day of their month', () => {
    expect(periodEnd({ year: 2026, kind: 'quarter', no: 1 })).toBe('2026-03-31');
    expect(periodEnd({ year: 2024, kind: 'quarter', no: 4 })).toBe('2024-12-31');
    expect(periodEnd({ year: 2026, kind: 'half', no: 1 })).toBe('2026-06-30');
  });

  it('puts the deadline the setting’s number of days after the period ends', () => {
    expect(periodDeadline({ year: 2026, kind: 'quarter', no: 1 }, 15)).toBe('2026-04-15');
    expect(periodDeadline({ year: 2026, kind: 'quarter', no: 4 }, 15)).toBe('2027-01-15');
    expect(periodDeadline({ year: 2026, kind: 'half', no: 1 }, 10)).toBe('2026-07-10');
  });

  it('judges the last period whose deadline has passed', () => {
    // on the deadline day the third quarter is still in time: the second is judged
    expect(currentCompliancePeriod('2026-10-15', 'quarter', 15)).toEqual({
      year: 2026,
      kind: 'quarter',
      no: 2,
    });
    expect(currentCompliancePeriod('2026-10-16', 'quarter', 15)).toEqual({
      year: 2026,
      kind: 'quarter',
      no: 3,
    });
    expect(currentCompliancePeriod('2026-01-10', 'quarter', 15)).toEqual({
      year: 2025,
      kind: 'quarter',
      no: 3,
    });
    expect(currentCompliancePeriod('2026-11-25', 'half', 15)).toEqual({ year: 2026, kind: 'half', no: 1 });
    expect(currentCompliancePeriod('2026-07-12', 'half', 10)).toEqual({ year: 2026, kind: 'half', no: 1 });
    expect(currentCompliancePeriod('2026-07-12', 'half', 15)).toEqual({ year: 2025, kind: 'half', no: 2 });
  });

  it('steps back across a year and labels periods', () => {
    expect(previousPeriod({ year: 2026, kind: 'quarter', no: 1 })).toEqual({
      year: 2025,
      kind: 'quarter',
      no: 4,
    });
    expect(periodOf('2026-08-01', 'half')).toEqual({ year: 2026, kind: 'half', no: 2 });
    expect(periodLabel({ year: 2026, kind: 'quarter', no: 3 })).toBe('Triwulan III 2026');
    expect(periodLabel({ year: 2026, kind: 'half', no: 1 }, 'en')).toBe('Half-year I 2026');
    expect(realisedTotal({ land: 1, buildings: 2, machinery: 3, workingCapital: 4, other: 5 })).toBe(15);
  });
});
