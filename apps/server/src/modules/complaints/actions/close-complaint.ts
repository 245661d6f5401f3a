import { COMPLAINT_STEP } from '@sigap/core';
import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { mailReporter } from '../domain/reporter-mail';
import { addUpdate } from '../domain/support';
import { findReporter, updateComplaint } from '../repository/complaints';

import { type A, advance, OPEN } from './shared';

/** Step 11: the follow-up report is filed and the complaint closed. */
export async function close(h: HandlerCtx, a: A<'close'>) {
  if (!OPEN.concat('answered').includes(h.c.status)) throw invalidField('type', 'wrong_step');
  await advance(h, [{ stepId: COMPLAINT_STEP.close, form: { report: a.report } }]);
  await updateComplaint(h.tx, h.c.id, { status: 'closed', closedAt: h.now, updatedAt: h.now });
  h.c.status = 'closed';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'closed', at: h.now, text: a.report });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'closed',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await complaintEvent(h, 'closed');
}
