import { COMPLAINT_STEP } from '@sigap/core';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { addUpdate } from '../domain/support';

import { type A, advance } from './shared';

export async function examine(h: HandlerCtx, a: A<'examine'>) {
  await advance(h, [{ stepId: COMPLAINT_STEP.examine, form: { findings: a.findings } }]);
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'examined', at: h.now, text: a.findings });
  await complaintEvent(h, 'examined');
}
