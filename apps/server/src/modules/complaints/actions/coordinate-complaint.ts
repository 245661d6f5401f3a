import { COMPLAINT_STEP } from '@sigap/core';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { addUpdate } from '../domain/support';

import { type A, advance } from './shared';

export async function coordinate(h: HandlerCtx, a: A<'coordinate'>) {
  await advance(h, [{ stepId: COMPLAINT_STEP.coordinate, form: { summary: a.summary } }]);
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'coordination', at: h.now, text: a.summary });
  await complaintEvent(h, 'coordinated');
}
