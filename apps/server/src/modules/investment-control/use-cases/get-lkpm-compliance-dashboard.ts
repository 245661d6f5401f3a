import type { TControlDashboardQuery, TLkpmComplianceDashboard } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import {
  type LkpmPeriodKind,
  periodCode,
  periodDeadline,
  periodsPerYear,
} from '@sigap/core/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmDeadlineDayOf } from '../domain/lkpm';
import { periodCompliance } from '../repository/dashboards';

const SCALES: Record<LkpmPeriodKind, readonly string[]> = { quarter: ['medium', 'large'], half: ['small'] };

/**
 * LKPM compliance per period of a year: the companies that must report it (medium and large
 * each quarter, small each half-year; micro none), how many reported (past draft), on time (by
 * the agency's deadline) and approved, and the rate reported / expected.
 */
export async function getLkpmComplianceDashboard(
  { db, actor }: AuthedCtx,
  q: TControlDashboardQuery,
): Promise<TLkpmComplianceDashboard> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const deadlineDay = lkpmDeadlineDayOf(actor.agency);
  const periods = (['quarter', 'half'] as const).flatMap((kind) =>
    Array.from({ length: periodsPerYear(kind) }, (_, i) => ({ year: q.year, kind, no: i + 1 })),
  );
  const rows = [];
  for (const p of periods) {
    const deadline = periodDeadline(p, deadlineDay);
    const c = await periodCompliance(db, {
      agencyId: actor.agencyId,
      year: p.year,
      kind: p.kind,
      no: p.no,
      scales: SCALES[p.kind],
      deadline,
      timeZone: actor.agency.timeZone,
    });
    rows.push({
      period: periodCode(p),
      kind: p.kind,
      no: p.no,
      deadline,
      ...c,
      rate: c.expected === 0 ? 0 : c.reported / c.expected,
    });
  }
  return { year: q.year, periods: rows };
}
