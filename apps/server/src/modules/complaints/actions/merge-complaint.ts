import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { mailReporter } from '../domain/reporter-mail';
import { addUpdate } from '../domain/support';
import { findComplaintForUpdate, findReporter, insertMerge, updateComplaint } from '../repository/complaints';

import { type A, cancelCase, OPEN } from './shared';

/** A duplicate is merged into an open complaint: its case ends, its reporter is told; undoable. */
export async function merge(h: HandlerCtx, a: A<'merge'>) {
  if (!OPEN.includes(h.c.status)) throw invalidField('type', 'wrong_step');
  if (a.intoComplaintId === h.c.id) throw invalidField('intoComplaintId', 'invalid');
  const target = await findComplaintForUpdate(h.tx, a.intoComplaintId);
  if (!target || target.agencyId !== h.c.agencyId || !OPEN.includes(target.status))
    throw invalidField('intoComplaintId', 'invalid');
  await cancelCase(h, `Digabung ke pengaduan ${target.trackingNumber}: ${a.reason}`);
  await insertMerge(h.tx, {
    complaintId: h.c.id,
    intoComplaintId: target.id,
    reason: a.reason,
    previousStatus: h.c.status,
    mergedBy: h.actor.userId,
    mergedAt: h.now,
  });
  await updateComplaint(h.tx, h.c.id, { status: 'merged', mergedIntoId: target.id, updatedAt: h.now });
  h.c.status = 'merged';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'merged', at: h.now });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'merged',
    mergedIntoTrackingCode: target.trackingCode,
    publicUrl: h.publicUrl,
    now: h.now,
    dedupeSuffix: h.now.toISOString(),
  });
  await complaintEvent(h, 'merged', {
    intoComplaintId: target.id,
    intoTrackingNumber: target.trackingNumber,
    reason: a.reason,
  });
}
