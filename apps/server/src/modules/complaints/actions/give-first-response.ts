import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { giveFirstResponse } from '../domain/intake';

import type { A } from './shared';

export async function firstResponse(h: HandlerCtx, a: A<'firstResponse'>) {
  if (h.c.status !== 'received') throw invalidField('type', 'wrong_step');
  await giveFirstResponse(h.tx, { ...h, complaint: h.c, officer: h.actor, text: a.text });
  await complaintEvent(h, 'first_response');
}
