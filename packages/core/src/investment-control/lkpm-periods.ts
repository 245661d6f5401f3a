/**
 * LKPM reporting periods (DESIGN §3.2): medium and large businesses report each quarter, small
 * ones each half-year, micro businesses not at all. A period's deadline is the agency's
 * deadline day (the 15th since late 2025, the 10th before) counted from the day after the
 * period ends: the 15th day after 31 March is 15 April. Dates are local calendar dates
 * (`YYYY-MM-DD`) in the agency's zone; nothing here reads a clock.
 */

export type LkpmPeriodKind = 'quarter' | 'half';
export type LkpmScale = 'micro' | 'small' | 'medium' | 'large';

export interface LkpmPeriod {
  year: number;
  kind: LkpmPeriodKind;
  /** 1-4 for a quarter, 1-2 for a half-year. */
  no: number;
}

/** The deadline day used when the agency sets none. */
export const DEFAULT_LKPM_DEADLINE_DAY = 15;

/** The period kind a business of this scale reports by; `null` for a micro business (exempt). */
export function periodKindOf(scale: string): LkpmPeriodKind | null {
  if (scale === 'small') return 'half';
  if (scale === 'medium' || scale === 'large') return 'quarter';
  return null;
}

/** How many periods of the kind a year has. */
export const periodsPerYear = (kind: LkpmPeriodKind) => (kind === 'quarter' ? 4 : 2);

/** Whether the period number fits its kind. */
export function validPeriod(p: LkpmPeriod): boolean {
  return Number.isInteger(p.no) && p.no >= 1 && p.no <= periodsPerYear(p.kind);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The last day of the period (a local date). */
export function periodEnd(p: LkpmPeriod): string {
  const lastMonth = p.no * (p.kind === 'quarter' ? 3 : 6); // 1-12
  // day 0 of the next month is the last day of this one
  return iso(new Date(Date.UTC(p.year, lastMonth, 0)));
}

/** The first day of the period (a local date). */
export function periodStart(p: LkpmPeriod): string {
  const firstMonth = (p.no - 1) * (p.kind === 'quarter' ? 3 : 6);
  return iso(new Date(Date.UTC(p.year, firstMonth, 1)));
}

/** The filing deadline: the `deadlineDay`-th day after the period ends. */
export function periodDeadline(p: LkpmPeriod, deadlineDay: number): string {
  const [y, m, d] = periodEnd(p).split('-').map(Number) as [number, number, number];
  return iso(new Date(Date.UTC(y, m - 1, d + deadlineDay)));
}

/** The period before. */
export function previousPeriod(p: LkpmPeriod): LkpmPeriod {
  return p.no > 1 ? { ...p, no: p.no - 1 } : { year: p.year - 1, kind: p.kind, no: periodsPerYear(p.kind) };
}

/** The period that contains the local date. */
export function periodOf(date: string, kind: LkpmPeriodKind): LkpmPeriod {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const size = kind === 'quarter' ? 3 : 6;
  return { year: y, kind, no: Math.floor((m - 1) / size) + 1 };
}

/**
 * The period compliance is judged on at `today` (a local date): the last period whose deadline
 * has passed (the deadline day itself still counts as in time).
 */
export function currentCompliancePeriod(
  today: string,
  kind: LkpmPeriodKind,
  deadlineDay: number,
): LkpmPeriod {
  let p = previousPeriod(periodOf(today, kind));
  while (periodDeadline(p, deadlineDay) >= today) p = previousPeriod(p);
  return p;
}

/** A short code for the period: `2026-Q3`, `2026-S1`. */
export function periodCode(p: LkpmPeriod): string {
  return `${p.year}-${p.kind === 'quarter' ? 'Q' : 'S'}${p.no}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period as people say it: `Triwulan III 2026`, `Semester I 2026` (or in English). */
export function periodLabel(p: LkpmPeriod, lang: 'id' | 'en' = 'id'): string {
  const n = ROMAN[p.no - 1] ?? String(p.no);
  if (lang === 'en') return `${p.kind === 'quarter' ? 'Quarter' : 'Half-year'} ${n} ${p.year}`;
  return `${p.kind === 'quarter' ? 'Triwulan' : 'Semester'} ${n} ${p.year}`;
}

/** The realised investment: the sum of the components, in whole rupiah. */
export function realisedTotal(v: {
  land: number;
  buildings: number;
  machinery: number;
  workingCapital: number;
  other: number;
}): number {
  return v.land + v.buildings + v.machinery + v.workingCapital + v.other;
}
