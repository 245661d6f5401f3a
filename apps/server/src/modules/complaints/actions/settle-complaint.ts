import { COMPLAINT_STEP } from '@sigap/core';
import { type ComplaintChannel, officerMaySettle } from '@sigap/core/complaints';
import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { notifyTeam } from '../domain/support';
import { SETTLED_AT_ONCE } from '../repository/complaints';

import { type A, advance, currentSteps, deliverAnswer } from './shared';

/**
 * Steps 2-4: the officer settles the complaint at once and reports it to the chair (Pasal 9 b-c).
 * Only a face-to-face complaint or one passed on by an ASN officer (Lampiran I II.1, II.2.e);
 * every other channel goes to the working group, which answers (Lampiran I II.2.a-d).
 */
export async function settle(h: HandlerCtx, a: A<'settle'>) {
  if (!officerMaySettle(h.c.channel as ComplaintChannel))
    throw invalidField('channel', 'working_group_channel');
  const open = await currentSteps(h);
  const plan: Record<string, Parameters<typeof advance>[1]> = {
    [COMPLAINT_STEP.settleAtOnce]: [
      { stepId: COMPLAINT_STEP.settleAtOnce, decision: 'yes' },
      { stepId: COMPLAINT_STEP.settle, form: { resolution: a.answer } },
      { stepId: COMPLAINT_STEP.reportToChair },
    ],
    [COMPLAINT_STEP.settle]: [
      { stepId: COMPLAINT_STEP.settle, form: { resolution: a.answer } },
      { stepId: COMPLAINT_STEP.reportToChair },
    ],
    [COMPLAINT_STEP.reportToChair]: [{ stepId: COMPLAINT_STEP.reportToChair }],
  };
  const steps = plan[open[0] ?? ''];
  if (!steps) throw invalidField('type', 'wrong_step');
  await advance(h, steps);
  await deliverAnswer(h, { text: a.answer, channel: SETTLED_AT_ONCE, attachments: [], close: true });
  await notifyTeam(h.tx, {
    agency: h.agency,
    unitId: h.c.unitId,
    roles: ['complaint_wg_chair'],
    complaint: h.c,
    kind: 'complaint.settled',
    title: `Pengaduan ${h.c.trackingNumber} diselesaikan langsung oleh petugas`,
    body: `${h.c.subject}\n\nPenyelesaian: ${a.answer}`,
    now: h.now,
    exceptUserId: h.actor.userId,
  });
  await complaintEvent(h, 'settled');
}
