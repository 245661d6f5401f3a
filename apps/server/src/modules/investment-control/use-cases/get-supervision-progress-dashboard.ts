import type {
  TControlDashboardQuery,
  TSupervisionProgressDashboard,
} from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findPlan, visitCountsByMonth } from '../repository/supervision';

/**
 * Progress of the year's routine supervision plan per month of the planned date: visits planned
 * (every visit of the plan), with their letter issued, done and cancelled; progress is done over
 * the visits not cancelled.
 */
export async function getSupervisionProgressDashboard(
  { db, actor }: AuthedCtx,
  q: Pick<TControlDashboardQuery, 'year'>,
): Promise<TSupervisionProgressDashboard> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const [plan, counts] = await Promise.all([
    findPlan(db, actor.agencyId, q.year),
    visitCountsByMonth(db, actor.agencyId, q.year),
  ]);
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    planned: 0,
    letterIssued: 0,
    done: 0,
    cancelled: 0,
  }));
  for (const c of counts) {
    const m = months[c.month - 1]!;
    m.planned += c.n;
    if (c.status === 'letter_issued') m.letterIssued += c.n;
    if (c.status === 'done') m.done += c.n;
    if (c.status === 'cancelled') m.cancelled += c.n;
  }
  const total = months.reduce(
    (t, m) => ({
      month: 0,
      planned: t.planned + m.planned,
      letterIssued: t.letterIssued + m.letterIssued,
      done: t.done + m.done,
      cancelled: t.cancelled + m.cancelled,
    }),
    { month: 0, planned: 0, letterIssued: 0, done: 0, cancelled: 0 },
  );
  const active = total.planned - total.cancelled;
  return {
    year: q.year,
    hasPlan: Boolean(plan),
    months,
    total,
    progress: active === 0 ? 0 : total.done / active,
  };
}
