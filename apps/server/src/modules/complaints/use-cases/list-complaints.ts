import type { TComplaintList, TComplaintQuery } from '@sigap/contracts/complaints';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { listItemOf } from '../domain/view';
import { findReportersByIds, listComplaints as listRows } from '../repository/complaints';

/**
 * The complaint register for the complaint team: filters by status, type, channel, overdue and
 * text. The team sees reporters' names; nobody else reaches this list.
 */
export async function listComplaints(
  { db, now, actor }: AuthedCtx,
  q: TComplaintQuery,
): Promise<TComplaintList> {
  assertCan(actor, 'complaint.handle', { agencyId: actor.agencyId });
  const { rows, total } = await listRows(db, {
    agencyId: actor.agencyId,
    status: q.status,
    type: q.type,
    channel: q.channel,
    q: q.q,
    overdueAt: q.overdue === 'true' ? now : undefined,
    settledAtOnce: q.settledAtOnce === 'true',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const reporters = new Map(
    (
      await findReportersByIds(
        db,
        rows.map((r) => r.id),
      )
    ).map((r) => [r.complaintId, r]),
  );
  return {
    items: rows.map((c) => listItemOf(c, now, reporters.get(c.id)?.name ?? null)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
