import { COMPLAINT_STEP } from '@sigap/core';
import { complaintEvent, type HandlerCtx } from '../domain/handler';

import { type A, advance } from './shared';

export async function decideMeeting(h: HandlerCtx, a: A<'decideMeeting'>) {
  await advance(h, [{ stepId: COMPLAINT_STEP.meetingNeeded, decision: a.needed ? 'yes' : 'no' }]);
  await complaintEvent(h, 'meeting_decided', { needed: a.needed });
}
