import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import { FACILITATION_STEP } from '@sigap/core';
import { z } from 'zod';
import { fieldIssue } from '../../../platform/lib/validation';
import { inviteToSurvey } from '../../../platform/satisfaction/invite';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { mailApplicant } from '../domain/applicant-mail';
import { type HandlerCtx, requestEvent, requireStage, requireStepWorker } from '../domain/handler';
import { signedLetterOf } from '../domain/signed-letter';
import { addUpdate, advanceServiceCase, SERVICE_REQUEST_RECORD } from '../domain/support';
import { updateServiceRequest } from '../repository/service-requests';

/**
 * Seed 001 steps 4 and 6: the facilitation is held, by an online meeting (its link, attendees
 * and minutes, each required) or by a reply letter signed in the document service (sent to the
 * applicant with the email), and the request is finished.
 */
export async function finish(h: HandlerCtx, a: Extract<TServiceRequestAction, { type: 'finish' }>) {
  requireStage(h, 'fasilitasi-kendala-teknis', ['in_progress']);
  const issues: z.core.$ZodIssue[] = [];
  if (a.product === 'online_meeting') {
    if (!a.meetingLink) issues.push(fieldIssue('meetingLink', 'required'));
    if (!a.attendees) issues.push(fieldIssue('attendees', 'required'));
    if (!a.minutes) issues.push(fieldIssue('minutes', 'required'));
  } else if (!a.documentId) issues.push(fieldIssue('documentId', 'required'));
  if (issues.length) throw new z.ZodError(issues);
  // the reply letter goes through the document service: signed and numbered on the case
  const letter =
    a.product === 'reply_letter' && a.documentId
      ? await signedLetterOf(h.tx, h.r.caseId, a.documentId)
      : null;
  await requireStepWorker(h, FACILITATION_STEP.facilitate);
  await advanceServiceCase(h.tx, {
    request: h.r,
    agency: h.agency,
    calendar: h.calendar,
    actor: engineActorOf(h.actor),
    actorUserId: h.actor.userId,
    now: h.now,
    steps: [
      { stepId: FACILITATION_STEP.facilitate, decision: 'yes' },
      {
        stepId: FACILITATION_STEP.finish,
        form: {
          product: a.product === 'online_meeting' ? 'pertemuan_daring' : 'surat_balasan',
          priorityService: a.priorityServiceGiven,
        },
      },
    ],
  });
  const result = {
    product: a.product,
    meetingLink: a.meetingLink ?? null,
    attendees: a.attendees ?? null,
    minutes: a.minutes ?? null,
    letterText: a.letterText ?? null,
    letterNumber: letter ? (letter.number ?? '-') : null,
    priorityServiceGiven: a.priorityServiceGiven,
    at: h.now.toISOString(),
  };
  await updateServiceRequest(h.tx, h.r.id, { status: 'finished', result, updatedAt: h.now });
  h.r.status = 'finished';
  const text = a.product === 'online_meeting' ? a.minutes : (a.letterText ?? null);
  await addUpdate(h.tx, { requestId: h.r.id, kind: 'finished', at: h.now, text: text ?? null });
  // the satisfaction survey (PermenPANRB 14/2017): one invitation per finished request, its link in the email
  const survey = await inviteToSurvey(h.tx, {
    agencyId: h.r.agencyId,
    recordType: SERVICE_REQUEST_RECORD,
    recordId: h.r.id,
    service: 'fasilitasi-kendala-teknis',
    unitId: h.r.unitId,
    now: h.now,
    publicUrl: h.publicUrl,
  });
  const surveyLine =
    h.r.language === 'en'
      ? `Help us improve: please answer the satisfaction survey at ${survey.url}`
      : `Bantu kami memperbaiki layanan: isi survei kepuasan masyarakat di ${survey.url}`;
  await mailApplicant(h.tx, {
    request: h.r,
    agency: h.agency,
    kind: 'finished',
    text: `${text ?? ''}\n\n${surveyLine}`,
    publicUrl: h.publicUrl,
    now: h.now,
    ...(letter ? { attachments: [{ fileId: letter.fileId, filename: letter.filename }] } : {}),
  });
  await requestEvent(h, 'finished', { product: a.product, onTime: !h.r.dueAt || h.now <= h.r.dueAt });
}
