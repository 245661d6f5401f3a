import type { TSanctionStageRow, TSanctionsDashboard } from '@sigap/contracts/investment-control';
import { SANCTION_STAGES, type TControlDashboardQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { sanctionCountsByStage } from '../repository/sanctions';

/**
 * Sanctions issued in the year (by issue date) per stage of the ladder: issued, open, complied,
 * escalated, and overdue (open warnings whose comply-by date is before the agency's today, a part
 * of open). The total row sums the stages.
 */
export async function getSanctionsDashboard(
  { db, actor, now }: AuthedCtx,
  q: Pick<TControlDashboardQuery, 'year'>,
): Promise<TSanctionsDashboard> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const today = localDate(now, actor.agency.timeZone);
  const counts = await sanctionCountsByStage(db, actor.agencyId, q.year, today);
  const empty = (stage: string): TSanctionStageRow => ({
    stage,
    issued: 0,
    open: 0,
    complied: 0,
    escalated: 0,
    overdue: 0,
  });
  const stages = SANCTION_STAGES.map(empty);
  for (const c of counts) {
    const row = stages.find((s) => s.stage === c.stage);
    if (!row) continue;
    row.issued += c.n;
    if (c.status === 'open') {
      row.open += c.n;
      row.overdue += c.overdue;
    }
    if (c.status === 'complied') row.complied += c.n;
    if (c.status === 'escalated') row.escalated += c.n;
  }
  const total = stages.reduce(
    (t, s) => ({
      stage: 'total',
      issued: t.issued + s.issued,
      open: t.open + s.open,
      complied: t.complied + s.complied,
      escalated: t.escalated + s.escalated,
      overdue: t.overdue + s.overdue,
    }),
    empty('total'),
  );
  return { year: q.year, today, stages, total };
}
