import { COMPLAINT_STEP } from '@sigap/core';
import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { mailReporter } from '../domain/reporter-mail';
import { addUpdate, notifyTeam } from '../domain/support';
import { findReporter, updateComplaint } from '../repository/complaints';

import { type A, advance, currentSteps } from './shared';

/** Steps 2 and 5: the complaint cannot be settled at once and goes to the working group. */
export async function forward(h: HandlerCtx, a: A<'forward'>) {
  const open = await currentSteps(h);
  const note = a.note ? { note: a.note } : {};
  if (open[0] === COMPLAINT_STEP.settleAtOnce)
    await advance(h, [
      { stepId: COMPLAINT_STEP.settleAtOnce, decision: 'no' },
      { stepId: COMPLAINT_STEP.forward, form: note },
    ]);
  else if (open[0] === COMPLAINT_STEP.forward)
    await advance(h, [{ stepId: COMPLAINT_STEP.forward, form: note }]);
  else throw invalidField('type', 'wrong_step');
  await updateComplaint(h.tx, h.c.id, { status: 'with_working_group', updatedAt: h.now });
  h.c.status = 'with_working_group';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'forwarded', at: h.now, text: a.note ?? null });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'forwarded',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await notifyTeam(h.tx, {
    agency: h.agency,
    unitId: h.c.unitId,
    // the members are told by the new step's own notice; the chair, who oversees, gets the officer's note
    roles: ['complaint_wg_chair'],
    complaint: h.c,
    kind: 'complaint.forwarded',
    title: `Pengaduan ${h.c.trackingNumber} diteruskan ke Kelompok Kerja`,
    body: `${h.c.subject}${a.note ? `\n\nCatatan petugas: ${a.note}` : ''}`,
    now: h.now,
    exceptUserId: h.actor.userId,
  });
  await complaintEvent(h, 'forwarded');
}
