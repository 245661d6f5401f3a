import type { TServiceRequestEmailList, TServiceRequestEmailQuery } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { listRequestEmails } from '../repository/service-request-emails';

/** The agency's emails to its service-request mailboxes by status (newest first), for the administration office. */
export async function listServiceRequestEmails(
  { db, actor }: AuthedCtx,
  q: TServiceRequestEmailQuery,
): Promise<TServiceRequestEmailList> {
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  const { rows, total } = await listRequestEmails(db, {
    agencyId: actor.agency.id,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: rows.map(({ email: e, attachmentCount }) => ({
      id: e.id,
      status: e.status as TServiceRequestEmailList['items'][number]['status'],
      mailbox: e.mailbox,
      fromAddress: e.fromAddress,
      fromName: e.fromName,
      subject: e.subject,
      receivedAt: e.receivedAt.toISOString(),
      attachmentCount: Number(attachmentCount),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
