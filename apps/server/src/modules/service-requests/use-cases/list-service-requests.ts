import type { TServiceRequestList, TServiceRequestQuery } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { listItemOf } from '../domain/view';
import { listServiceRequests as listRows } from '../repository/service-requests';

/** The agency's service requests, newest first, filtered by service, status and the priority flag. */
export async function listServiceRequests(
  { db, actor }: AuthedCtx,
  q: TServiceRequestQuery,
): Promise<TServiceRequestList> {
  assertCan(actor, 'serviceRequest.read', { agencyId: actor.agencyId });
  const { rows, total } = await listRows(db, {
    agencyId: actor.agencyId,
    service: q.service,
    status: q.status,
    priorityOnly: q.priority === 'true',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(listItemOf), total, page: q.page, pageSize: q.pageSize };
}
