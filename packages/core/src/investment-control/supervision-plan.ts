import type { TRiskLevel } from '@sigap/contracts/investment-control';
import { isWorkingDay, type WorkingCalendar } from '../calendar';
import { civilFromDays, daysFromCivil, localDateOfDay, parseLocalDate } from '../calendar/dates';
import { DEFAULT_LKPM_DEADLINE_DAY, periodDeadline, periodKindOf, periodsPerYear } from './lkpm-periods';

/**
 * The annual routine supervision plan (SOP 067/009, seed 004; DESIGN §3.2: routine field
 * inspection at most once a year for low and medium-low risk, at most twice for medium-high
 * and high, once if compliant).
 *
 * The rule, exactly:
 * - A company is **compliant** when (a) for every LKPM period due in the year before the plan
 *   year (four quarters for medium and large businesses, two half-years for small ones; micro
 *   businesses file none) it has an approved report that was submitted by the period's
 *   deadline, and (b) its routine visits of that year found nothing (no visit done with findings).
 * - Visits in the plan year: **low** 0 if compliant, else 1; **medium-low** 1; **medium-high**
 *   and **high** 1 if compliant, else 2.
 * - Visits go on the agency calendar's working days (no weekend, holiday or collective leave)
 *   from `from` (default 1 January) to 31 December, spread evenly: each visit gets a place in the
 *   year (a company's second visit half a year after its first, so about six months apart; non-compliant and higher-risk
 *   companies earlier), and the n-th of V visits by place falls on working day ⌊n·D/V⌋ of D.
 * - Each visit gets a team of `teamSize` inspectors: those with the fewest visits so far, not
 *   already out that day when possible, ties by their order in the input. So every inspector's
 *   load differs from another's by at most one visit when teams fit.
 * - Nothing depends on the clock or on randomness: the same input gives the same plan.
 */

/** Visits a year by risk level: [compliant, not compliant]. */
export const ROUTINE_VISITS_PER_YEAR: Readonly<Record<TRiskLevel, readonly [number, number]>> = {
  low: [0, 1],
  medium_low: [1, 1],
  medium_high: [1, 2],
  high: [1, 2],
};

/** How many routine visits a company gets in the plan year. */
export function routineVisitsFor(riskLevel: TRiskLevel, compliant: boolean): number {
  const [ifCompliant, otherwise] = ROUTINE_VISITS_PER_YEAR[riskLevel];
  return compliant ? ifCompliant : otherwise;
}

export interface PastLkpmReport {
  periodYear: number;
  periodKind: string;
  periodNo: number;
  status: string;
  /** Local date (agency zone) it was first submitted, or null. */
  submittedOn: string | null;
}

export interface PastCompliance {
  scale: string;
  /** The company's LKPM reports (any year; only the year before the plan counts). */
  reports: readonly PastLkpmReport[];
  /** Routine visits done in the year before the plan year that recorded findings. */
  visitsWithFindings: number;
}

/**
 * Whether a company counts as compliant for the plan of `planYear` (see the rule above): every
 * period of the year before filed, approved and submitted on time (by the period's deadline,
 * the agency's deadline day after the period ends), and no findings.
 */
export function isCompliant(
  c: PastCompliance,
  planYear: number,
  deadlineDay: number = DEFAULT_LKPM_DEADLINE_DAY,
): boolean {
  if (c.visitsWithFindings > 0) return false;
  const kind = periodKindOf(c.scale);
  if (!kind) return true;
  const year = planYear - 1;
  for (let no = 1; no <= periodsPerYear(kind); no++) {
    const deadline = periodDeadline({ year, kind, no }, deadlineDay);
    const ok = c.reports.some(
      (r) =>
        r.periodYear === year &&
        r.periodKind === kind &&
        r.periodNo === no &&
        r.status === 'approved' &&
        r.submittedOn !== null &&
        r.submittedOn <= deadline,
    );
    if (!ok) return false;
  }
  return true;
}

export interface PlanCompany {
  id: string;
  /** Sorts ties (e.g. the NIB), so the plan does not depend on the input's order. */
  key: string;
  riskLevel: TRiskLevel;
  compliant: boolean;
}

export interface PlanInput {
  year: number;
  companies: readonly PlanCompany[];
  /** Inspector ids in a fixed order (ties go to the earlier one). */
  inspectors: readonly string[];
  calendar: WorkingCalendar;
  /** First date visits may fall on (e.g. two working days after today for this year's plan). */
  from?: string;
  /** Inspectors per visit (default 2, fewer when fewer inspectors). */
  teamSize?: number;
}

export interface PlannedVisit {
  companyId: string;
  /** 1 or 2: the company's visit of the year. */
  seq: number;
  /** Local date 'YYYY-MM-DD', a working day. */
  plannedOn: string;
  inspectorIds: string[];
}

const RISK_ORDER: Record<TRiskLevel, number> = { high: 0, medium_high: 1, medium_low: 2, low: 3 };

/** The working days of `year` on the calendar, from `from` on. */
export function workingDaysOfYear(calendar: WorkingCalendar, year: number, from?: string): string[] {
  const first = daysFromCivil(year, 1, 1);
  const start = from ? Math.max(first, parseLocalDate(from)) : first;
  const last = daysFromCivil(year, 12, 31);
  const out: string[] = [];
  for (let d = start; d <= last; d++) {
    const date = localDateOfDay(d);
    if (isWorkingDay(calendar, date)) out.push(date);
  }
  return out;
}

/**
 * Generates the year's routine supervision plan (the rule is at the top of this file): which
 * company is visited how often, on which working day, by which inspectors. Deterministic.
 */
export function planSupervision(input: PlanInput): PlannedVisit[] {
  const days = workingDaysOfYear(input.calendar, input.year, input.from);
  if (days.length === 0) return [];
  const ordered = [...input.companies].sort(
    (a, b) =>
      Number(a.compliant) - Number(b.compliant) ||
      RISK_ORDER[a.riskLevel] - RISK_ORDER[b.riskLevel] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const once = ordered.filter((c) => routineVisitsFor(c.riskLevel, c.compliant) === 1);
  const twice = ordered.filter((c) => routineVisitsFor(c.riskLevel, c.compliant) === 2);
  // a place in [0, 1) for each visit: single visits spread over the year, double visits over
  // its first half with the second visit half a year later
  const placed: { companyId: string; seq: number; place: number; rank: number }[] = [];
  once.forEach((c, i) => {
    placed.push({ companyId: c.id, seq: 1, place: (i + 0.5) / once.length, rank: placed.length });
  });
  twice.forEach((c, i) => {
    const place = (i + 0.5) / (2 * twice.length);
    placed.push({ companyId: c.id, seq: 1, place, rank: placed.length });
    placed.push({ companyId: c.id, seq: 2, place: place + 0.5, rank: placed.length });
  });
  placed.sort((a, b) => a.place - b.place || a.rank - b.rank);

  const inspectors = input.inspectors;
  const teamSize = Math.max(0, Math.min(input.teamSize ?? 2, inspectors.length));
  const load = new Map(inspectors.map((id) => [id, 0]));
  const busy = new Map<string, Set<string>>();
  const total = placed.length;
  return placed.map((v, n) => {
    const plannedOn = days[Math.floor((n * days.length) / total)]!;
    const out = busy.get(plannedOn) ?? new Set<string>();
    busy.set(plannedOn, out);
    const team = inspectors
      .map((id, order) => ({ id, order }))
      .sort(
        (a, b) =>
          Number(out.has(a.id)) - Number(out.has(b.id)) ||
          load.get(a.id)! - load.get(b.id)! ||
          a.order - b.order,
      )
      .slice(0, teamSize)
      .sort((a, b) => a.order - b.order)
      .map((x) => x.id);
    for (const id of team) {
      load.set(id, load.get(id)! + 1);
      out.add(id);
    }
    return { companyId: v.companyId, seq: v.seq, plannedOn, inspectorIds: team };
  });
}

/**
 * Whether a visit planned on `plannedOn` needs its assignment letter (Surat Tugas) now: SOP
 * 067/009 step 3 issues it one working day before the inspection, so from the working day before
 * the visit (or later) a visit without a letter is late.
 */
export function letterDueOn(calendar: WorkingCalendar, plannedOn: string): string {
  let d = parseLocalDate(plannedOn) - 1;
  for (let i = 0; i < 3660; i++, d--) {
    const date = localDateOfDay(d);
    if (isWorkingDay(calendar, date)) return date;
  }
  return plannedOn;
}

/** The month (1-12) of a local date. */
export function monthOf(date: string): number {
  return civilFromDays(parseLocalDate(date)).month;
}
