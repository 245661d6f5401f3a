import type { TRiskLevel } from '@sigap/contracts/investment-control';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar';
import { WITA } from '../calendar/test-fixtures';
import { KBLI_SECTIONS, kbliSectionOf } from './kbli-sections';
import {
  isCompliant,
  letterDueOn,
  monthOf,
  type PastLkpmReport,
  planSupervision,
  routineVisitsFor,
  workingDaysOfYear,
} from './supervision-plan';

const quarters = (year: number, submittedOn: (no: number) => string, status = 'approved'): PastLkpmReport[] =>
  [1, 2, 3, 4].map((no) => ({
    periodYear: year,
    periodKind: 'quarter',
    periodNo: no,
    status,
    submittedOn: submittedOn(no),
  }));

describe('routine visits per company', () => {
  it('follows the risk level and compliance', () => {
    expect(routineVisitsFor('low', true)).toBe(0);
    expect(routineVisitsFor('low', false)).toBe(1);
    expect(routineVisitsFor('medium_low', true)).toBe(1);
    expect(routineVisitsFor('medium_low', false)).toBe(1);
    expect(routineVisitsFor('medium_high', true)).toBe(1);
    expect(routineVisitsFor('medium_high', false)).toBe(2);
    expect(routineVisitsFor('high', true)).toBe(1);
    expect(routineVisitsFor('high', false)).toBe(2);
  });

  it('counts a company compliant only with every period of last year approved on time and no findings', () => {
    // 2025 quarters: deadlines 15 April, 15 July, 15 October, 15 January 2026
    const onTime = quarters(2025, (no) => ['2025-04-10', '2025-07-15', '2025-10-01', '2026-01-15'][no - 1]!);
    expect(isCompliant({ scale: 'medium', reports: onTime, visitsWithFindings: 0 }, 2026)).toBe(true);
    expect(isCompliant({ scale: 'medium', reports: onTime, visitsWithFindings: 1 }, 2026)).toBe(false);
    // one day late
    const late = onTime.map((r) => (r.periodNo === 2 ? { ...r, submittedOn: '2025-07-16' } : r));
    expect(isCompliant({ scale: 'large', reports: late, visitsWithFindings: 0 }, 2026)).toBe(false);
    // not approved yet
    const pending = onTime.map((r) => (r.periodNo === 4 ? { ...r, status: 'needs_correction' } : r));
    expect(isCompliant({ scale: 'large', reports: pending, visitsWithFindings: 0 }, 2026)).toBe(false);
    // a period missing
    expect(isCompliant({ scale: 'medium', reports: onTime.slice(1), visitsWithFindings: 0 }, 2026)).toBe(
      false,
    );
    // another year's reports do not count
    expect(isCompliant({ scale: 'medium', reports: onTime, visitsWithFindings: 0 }, 2027)).toBe(false);
    // small businesses file half-years, micro none
    const halves: PastLkpmReport[] = [
      { periodYear: 2025, periodKind: 'half', periodNo: 1, status: 'approved', submittedOn: '2025-07-14' },
      { periodYear: 2025, periodKind: 'half', periodNo: 2, status: 'approved', submittedOn: '2026-01-02' },
    ];
    expect(isCompliant({ scale: 'small', reports: halves, visitsWithFindings: 0 }, 2026)).toBe(true);
    expect(isCompliant({ scale: 'small', reports: onTime, visitsWithFindings: 0 }, 2026)).toBe(false);
    expect(isCompliant({ scale: 'micro', reports: [], visitsWithFindings: 0 }, 2026)).toBe(true);
    // the agency's deadline day: the 10th
    expect(isCompliant({ scale: 'medium', reports: onTime, visitsWithFindings: 0 }, 2026, 10)).toBe(false);
  });
});

describe('the annual plan', () => {
  const risks: TRiskLevel[] = ['low', 'medium_low', 'medium_high', 'high'];
  // 40 companies: every risk level, compliant and not, 5 of each
  const companies = risks.flatMap((riskLevel) =>
    [true, false].flatMap((compliant) =>
      [1, 2, 3, 4, 5].map((i) => ({
        id: `${riskLevel}-${compliant ? 'ok' : 'late'}-${i}`,
        key: `${riskLevel}-${compliant}-${i}`,
        riskLevel,
        compliant,
      })),
    ),
  );
  const inspectors = ['ins-a', 'ins-b', 'ins-c', 'ins-d', 'ins-e'];
  const plan = planSupervision({ year: 2026, companies, inspectors, calendar: WITA });

  it('gives each company the visits of its risk level and compliance', () => {
    const count = (id: string) => plan.filter((v) => v.companyId === id).length;
    const expected: Record<string, number> = {
      'low-ok': 0,
      'low-late': 1,
      'medium_low-ok': 1,
      'medium_low-late': 1,
      'medium_high-ok': 1,
      'medium_high-late': 2,
      'high-ok': 1,
      'high-late': 2,
    };
    for (const c of companies) expect(count(c.id), c.id).toBe(expected[c.id.replace(/-\d$/, '')]);
    expect(plan).toHaveLength(5 * (0 + 1 + 1 + 1 + 1 + 2 + 1 + 2));
  });

  it('puts every visit on a working day of the year, a second visit about half a year after the first', () => {
    for (const v of plan) {
      expect(v.plannedOn.startsWith('2026-')).toBe(true);
      expect(isWorkingDay(WITA, v.plannedOn), v.plannedOn).toBe(true);
    }
    // Idul Fitri collective leave and Christmas stay free
    expect(plan.some((v) => ['2026-03-20', '2026-03-23', '2026-12-25'].includes(v.plannedOn))).toBe(false);
    for (const c of companies.filter((x) => routineVisitsFor(x.riskLevel, x.compliant) === 2)) {
      const [a, b] = plan.filter((v) => v.companyId === c.id).sort((x, y) => x.seq - y.seq);
      expect(a!.plannedOn < b!.plannedOn).toBe(true);
      // about half a year apart
      const gap = (Date.parse(b!.plannedOn) - Date.parse(a!.plannedOn)) / 86_400_000;
      expect(gap, c.id).toBeGreaterThan(150);
      expect(gap, c.id).toBeLessThan(215);
    }
    // spread over the months, not bunched
    const months = new Set(plan.map((v) => monthOf(v.plannedOn)));
    expect(months.size).toBe(12);
  });

  it('balances the inspectors', () => {
    const load = new Map<string, number>();
    for (const v of plan) {
      expect(v.inspectorIds).toHaveLength(2);
      expect(new Set(v.inspectorIds).size).toBe(2);
      for (const id of v.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
    }
    const loads = [...load.values()];
    expect(loads).toHaveLength(5);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(plan.length * 2);
  });

  it('is deterministic, whatever the input order', () => {
    const again = planSupervision({
      year: 2026,
      companies: [...companies].reverse(),
      inspectors,
      calendar: WITA,
    });
    expect(again).toEqual(plan);
  });

  it('starts from a given date and with fewer inspectors', () => {
    const late = planSupervision({
      year: 2026,
      companies,
      inspectors: ['solo'],
      calendar: WITA,
      from: '2026-10-01',
    });
    expect(late).toHaveLength(plan.length);
    for (const v of late) {
      expect(v.plannedOn >= '2026-10-01').toBe(true);
      expect(v.inspectorIds).toEqual(['solo']);
    }
    expect(
      planSupervision({ year: 2026, companies, inspectors: [], calendar: WITA })[0]!.inspectorIds,
    ).toEqual([]);
  });

  it('counts the working days of a year on the calendar', () => {
    const days = workingDaysOfYear(WITA, 2026);
    expect(days[0]).toBe('2026-01-02');
    expect(days.every((d) => isWorkingDay(WITA, d))).toBe(true);
    expect(workingDaysOfYear(WITA, 2026, '2026-12-31')).toEqual(['2026-12-31']);
  });

  it('issues the assignment letter one working day before the visit', () => {
    expect(letterDueOn(WITA, '2026-06-09')).toBe('2026-06-08'); // Tuesday → Monday
    expect(letterDueOn(WITA, '2026-06-08')).toBe('2026-06-05'); // Monday → Friday
  });
});

describe('KBLI sections', () => {
  it('maps two-digit divisions to sections A-U', () => {
    expect(kbliSectionOf('01111')).toBe('A');
    expect(kbliSectionOf('05100')).toBe('B');
    expect(kbliSectionOf('10710')).toBe('C');
    expect(kbliSectionOf('35101')).toBe('D');
    expect(kbliSectionOf('47111')).toBe('G');
    expect(kbliSectionOf('68111')).toBe('L');
    expect(kbliSectionOf('99000')).toBe('U');
    expect(kbliSectionOf('04000')).toBeNull();
    expect(kbliSectionOf('')).toBeNull();
    expect(kbliSectionOf(null)).toBeNull();
    expect(KBLI_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
  });
});
