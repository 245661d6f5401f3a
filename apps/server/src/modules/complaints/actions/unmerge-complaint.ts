import { COMPLAINT_STEP } from '@sigap/core';
import { AppError, invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { startComplaintCase } from '../domain/intake';
import { addUpdate, advanceComplaintCase, intakeForm, SYSTEM_ACTOR } from '../domain/support';
import { countMerges, findActiveMerge, markMergeUndone, updateComplaint } from '../repository/complaints';

import type { A } from './shared';

/**
 * Undoes a merge: the complaint gets a new case that resumes where it stood (first response
 * given → the officer's decision; with the working group → its examination), keeping the
 * original deadlines (undoing a wrong merge buys no time).
 */
export async function unmerge(h: HandlerCtx, a: A<'unmerge'>) {
  if (h.c.status !== 'merged') throw invalidField('type', 'wrong_step');
  const m = await findActiveMerge(h.tx, h.c.id);
  if (!m) throw new AppError('CONFLICT', { detail: 'no merge to undo' });
  await markMergeUndone(h.tx, m.id, { undoneBy: h.actor.userId, undoneAt: h.now, undoReason: a.reason });
  const status = m.previousStatus;
  await updateComplaint(h.tx, h.c.id, { status, mergedIntoId: null, caseId: null, updatedAt: h.now });
  Object.assign(h.c, { status, mergedIntoId: null, caseId: null });
  await startComplaintCase(h.tx, {
    complaint: h.c,
    agency: h.agency,
    calendar: h.calendar,
    officer: null,
    now: h.now,
    caseNumber: `${h.c.trackingNumber}-${(await countMerges(h.tx, h.c.id)) + 1}`,
  });
  const steps: Parameters<typeof advanceComplaintCase>[1]['steps'] = [];
  if (h.c.firstRespondedAt)
    steps.push({ stepId: COMPLAINT_STEP.intake, form: intakeForm(h.c, h.agency.timeZone) });
  if (status === 'with_working_group')
    steps.push({ stepId: COMPLAINT_STEP.settleAtOnce, decision: 'no' }, { stepId: COMPLAINT_STEP.forward });
  if (steps.length)
    await advanceComplaintCase(h.tx, {
      complaint: h.c,
      agency: h.agency,
      calendar: h.calendar,
      // the steps done before the merge are replayed on behalf of whoever undoes it
      actor: { ...SYSTEM_ACTOR, userId: h.actor.userId },
      actorUserId: h.actor.userId,
      now: h.now,
      steps,
    });
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'unmerged', at: h.now });
  await complaintEvent(h, 'unmerged', { fromComplaintId: m.intoComplaintId, reason: a.reason });
}
