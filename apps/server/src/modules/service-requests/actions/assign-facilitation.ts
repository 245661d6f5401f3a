import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import { FACILITATION_STEP } from '@sigap/core';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { type HandlerCtx, requestEvent, requireStage, requireStepWorker } from '../domain/handler';
import { addUpdate, advanceServiceCase } from '../domain/support';

/** Seed 001 step 3: the Director assigns an officer of the SPB unit (the officer's lane gets the task). */
export async function assign(h: HandlerCtx, a: Extract<TServiceRequestAction, { type: 'assign' }>) {
  requireStage(h, 'fasilitasi-kendala-teknis', ['in_progress']);
  await requireStepWorker(h, FACILITATION_STEP.assign);
  await advanceServiceCase(h.tx, {
    request: h.r,
    agency: h.agency,
    calendar: h.calendar,
    actor: engineActorOf(h.actor),
    actorUserId: h.actor.userId,
    now: h.now,
    steps: [{ stepId: FACILITATION_STEP.assign }],
  });
  await addUpdate(h.tx, { requestId: h.r.id, kind: 'assigned', at: h.now });
  await requestEvent(h, 'assigned', { note: a.note ?? null });
}
