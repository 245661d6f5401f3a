import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import { FACILITATION_STEP } from '@sigap/core';
import { currentStepIds } from '../../../platform/kernel/advance-case';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { type HandlerCtx, requestEvent, requireStage, requireStepWorker } from '../domain/handler';
import { receiveForm } from '../domain/intake';
import { addUpdate, advanceServiceCase } from '../domain/support';
import { updateServiceRequest } from '../repository/service-requests';

/**
 * Seed 001 steps 1-2: the Deputy's administration office takes in a portal request (step 1, its
 * contents as the letter's) and registers it in e-office for the Deputy's disposition (step 2).
 */
export async function register(h: HandlerCtx, a: Extract<TServiceRequestAction, { type: 'register' }>) {
  requireStage(h, 'fasilitasi-kendala-teknis', ['received']);
  const open = await currentStepIds(h.tx, h.r.caseId);
  const first = open.includes(FACILITATION_STEP.receive);
  await requireStepWorker(h, first ? FACILITATION_STEP.receive : FACILITATION_STEP.register);
  await advanceServiceCase(h.tx, {
    request: h.r,
    agency: h.agency,
    calendar: h.calendar,
    actor: engineActorOf(h.actor),
    actorUserId: h.actor.userId,
    now: h.now,
    steps: [
      ...(first ? [{ stepId: FACILITATION_STEP.receive, form: receiveForm(h.r) }] : []),
      { stepId: FACILITATION_STEP.register },
    ],
  });
  await updateServiceRequest(h.tx, h.r.id, { status: 'in_progress', updatedAt: h.now });
  await addUpdate(h.tx, { requestId: h.r.id, kind: 'registered', at: h.now });
  await requestEvent(h, 'registered', { note: a.note ?? null });
}
