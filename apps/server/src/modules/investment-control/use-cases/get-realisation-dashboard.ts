import type {
  TControlDashboardQuery,
  TRealisationDashboard,
  TRealisationRow,
} from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { kbliSectionOf, type LkpmPeriodKind, periodCode } from '@sigap/core/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { type RealisationGroup, type RealisationSum, sumRealisation } from '../repository/dashboards';

const rowOf = (s: RealisationSum, key = s.key): TRealisationRow => ({
  key,
  reports: s.reports,
  land: s.land,
  buildings: s.buildings,
  machinery: s.machinery,
  workingCapital: s.workingCapital,
  other: s.other,
  realised: s.land + s.buildings + s.machinery + s.workingCapital + s.other,
  planned: s.planned,
});

const EMPTY: RealisationSum = {
  key: 'total',
  reports: 0,
  land: 0,
  buildings: 0,
  machinery: 0,
  workingCapital: 0,
  other: 0,
  planned: 0,
};

/** Adds rows that fall in the same group (two-digit KBLI divisions of one section). */
function fold(rows: RealisationSum[], keyOf: (k: string) => string): TRealisationRow[] {
  const out = new Map<string, RealisationSum>();
  for (const r of rows) {
    const key = keyOf(r.key);
    const s = out.get(key) ?? { ...EMPTY, key };
    out.set(key, {
      key,
      reports: s.reports + r.reports,
      land: s.land + r.land,
      buildings: s.buildings + r.buildings,
      machinery: s.machinery + r.machinery,
      workingCapital: s.workingCapital + r.workingCapital,
      other: s.other + r.other,
      planned: s.planned + r.planned,
    });
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((s) => rowOf(s));
}

/**
 * Investment realisation of a year from the LKPM reports (past draft, or approved only): the
 * components and their sum against the planned investment, in total and by period, PMA/PMDN,
 * KBLI section (A-U from the first two digits of the business line's KBLI), regency and risk level.
 */
export async function getRealisationDashboard(
  { db, actor }: AuthedCtx,
  q: TControlDashboardQuery,
): Promise<TRealisationDashboard> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const approvedOnly = q.approvedOnly === 'true';
  const sum = (group: RealisationGroup | null) =>
    sumRealisation(db, { agencyId: actor.agencyId, year: q.year, approvedOnly, group });
  const [total, period, investmentType, division, regency, riskLevel] = await Promise.all([
    sum(null),
    sum('period'),
    sum('investmentType'),
    sum('division'),
    sum('regency'),
    sum('riskLevel'),
  ]);
  const periodKey = (k: string) => {
    const [kind, no] = k.split(':') as [LkpmPeriodKind, string];
    return periodCode({ year: q.year, kind, no: Number(no) });
  };
  return {
    year: q.year,
    approvedOnly,
    total: rowOf(total[0] ?? EMPTY, 'total'),
    byPeriod: fold(period, periodKey),
    byInvestmentType: fold(investmentType, (k) => k),
    bySection: fold(division, (k) => kbliSectionOf(k) ?? '-'),
    byRegency: fold(regency, (k) => k),
    byRiskLevel: fold(riskLevel, (k) => k),
  };
}
