import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TInputRequest } from '@sigap/contracts/complaints';
import { can } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { addUpdate } from '../domain/support';
import { findComplaint, findInputRequestForUpdate, updateInputRequest } from '../repository/complaints';
import { listInputRequests } from './list-input-requests';

/**
 * A unit answers the working group's request for input. Anyone whose unit scope covers the
 * unit asked may answer; another unit or agency gets "not found". The requester is notified.
 */
export async function answerInputRequest(
  ctx: AuthedCtx,
  input: { id: string; answer: string },
): Promise<TInputRequest> {
  const { db, now, actor } = ctx;
  await db.transaction(async (tx) => {
    const r = await findInputRequestForUpdate(tx, input.id);
    if (!r || !can(actor, 'complaintInput.answer', { agencyId: r.agencyId, unitId: r.unitId }))
      throw notFound();
    if (r.status !== 'open') throw new AppError('CONFLICT', { detail: 'the request was already answered' });
    await updateInputRequest(tx, r.id, {
      status: 'answered',
      answer: input.answer,
      answeredAt: now,
      answeredBy: actor.userId,
    });
    const c = await findComplaint(tx, r.complaintId);
    await addUpdate(tx, {
      complaintId: r.complaintId,
      kind: 'coordination',
      public: false,
      at: now,
      text: null,
    });
    await notifyStaff(tx, {
      agencyId: r.agencyId,
      userId: r.requestedBy,
      kind: 'complaint.input_answered',
      title: `Masukan unit diterima untuk pengaduan ${c?.trackingNumber ?? ''}`,
      body: input.answer.slice(0, 500),
      link: pagePath(OFFICE_PAGES.complaint, { id: r.complaintId }),
      dedupeKey: `complaint-input-answered:${r.id}`,
      createdAt: now,
    });
    await appendEvent(tx, {
      agencyId: r.agencyId,
      actorUserId: actor.userId,
      entityType: 'complaint_input_request',
      entityId: r.id,
      action: 'complaint.input_answered',
      after: { complaintId: r.complaintId, unitId: r.unitId },
      occurredAt: now,
    });
  });
  const { items } = await listInputRequests(ctx, { status: 'all' });
  const found = items.find((i) => i.id === input.id);
  if (!found) throw notFound();
  return found;
}
