import type { TMonitoringList, TMonitoringQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { roundView } from '../domain/monitoring-view';
import { listRounds } from '../repository/monitoring';

/** The agency's monitoring rounds, newest first, by kind, status and title. */
export async function listMonitoringRounds(
  { db, actor }: AuthedCtx,
  q: TMonitoringQuery,
): Promise<TMonitoringList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const { rows, total } = await listRounds(db, {
    agencyId: actor.agencyId,
    kind: q.kind,
    status: q.status,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(roundView), total, page: q.page, pageSize: q.pageSize };
}
