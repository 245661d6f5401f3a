import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { updateComplaint } from '../repository/complaints';

import type { A } from './shared';

export async function rejectDraft(h: HandlerCtx, a: A<'rejectDraft'>) {
  if (h.c.status !== 'draft') throw invalidField('type', 'wrong_step');
  await updateComplaint(h.tx, h.c.id, { status: 'rejected', updatedAt: h.now });
  await complaintEvent(h, 'draft_rejected', { reason: a.reason });
}
