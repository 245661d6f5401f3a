import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import { FACILITATION_STEP } from '@sigap/core';
import { checkFacilitationDate, facilitationDue } from '@sigap/core/service-requests';
import { invalidField } from '../../../platform/lib/errors';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { mailApplicant } from '../domain/applicant-mail';
import { type HandlerCtx, requestEvent, requireStage, requireStepWorker } from '../domain/handler';
import { addUpdate, advanceServiceCase, changeServiceCase } from '../domain/support';
import { insertSchedule, updateServiceRequest } from '../repository/service-requests';

/**
 * Seed 001 steps 4-5: the facilitation cannot be held at the proposed time and is rescheduled
 * as agreed with the applicant. The earlier dates stay in the history; the agreed date becomes
 * the due date (never earlier than 5 working days after receipt); the applicant is emailed.
 */
export async function reschedule(h: HandlerCtx, a: Extract<TServiceRequestAction, { type: 'reschedule' }>) {
  requireStage(h, 'fasilitasi-kendala-teknis', ['in_progress']);
  await requireStepWorker(h, FACILITATION_STEP.facilitate);
  const check = checkFacilitationDate(h.calendar, h.r.receivedAt, a.newDate);
  if (!check.ok) throw invalidField('newDate', 'earliest_date', { earliest: check.earliest });
  await advanceServiceCase(h.tx, {
    request: h.r,
    agency: h.agency,
    calendar: h.calendar,
    actor: engineActorOf(h.actor),
    actorUserId: h.actor.userId,
    now: h.now,
    steps: [
      { stepId: FACILITATION_STEP.facilitate, decision: 'no' },
      { stepId: FACILITATION_STEP.reschedule, form: { newDate: a.newDate } },
    ],
  });
  const due = facilitationDue(h.calendar, h.r.receivedAt, a.newDate);
  await changeServiceCase(h.tx, {
    caseId: h.r.caseId,
    calendar: h.calendar,
    action: null,
    dues: {
      case: due,
      steps: [FACILITATION_STEP.facilitate, FACILITATION_STEP.reschedule, FACILITATION_STEP.finish],
    },
    actorUserId: h.actor.userId,
    now: h.now,
  });
  await insertSchedule(h.tx, {
    requestId: h.r.id,
    date: a.newDate,
    reason: a.reason,
    byUserId: h.actor.userId,
    at: h.now,
  });
  await updateServiceRequest(h.tx, h.r.id, { agreedDate: a.newDate, dueAt: due, updatedAt: h.now });
  h.r.agreedDate = a.newDate;
  h.r.dueAt = due;
  await addUpdate(h.tx, { requestId: h.r.id, kind: 'rescheduled', at: h.now, text: a.newDate });
  await mailApplicant(h.tx, {
    request: h.r,
    agency: h.agency,
    kind: 'rescheduled',
    text: a.reason,
    publicUrl: h.publicUrl,
    now: h.now,
    dedupeSuffix: `${a.newDate}:${h.now.getTime()}`,
  });
  await requestEvent(h, 'rescheduled', { newDate: a.newDate });
}
