import type { TServiceRequestAction } from '@sigap/contracts/service-requests';
import { ONE_ON_ONE_STEP } from '@sigap/core';
import { invalidField } from '../../../platform/lib/errors';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { mailApplicant } from '../domain/applicant-mail';
import { type HandlerCtx, requestEvent, requireStage, requireStepWorker } from '../domain/handler';
import { signedLetterOf } from '../domain/signed-letter';
import { addUpdate, advanceServiceCase, changeServiceCase } from '../domain/support';
import { updateServiceRequest } from '../repository/service-requests';

/**
 * The reply to a one-on-one meeting request (SK 177/2024, Persyaratan 4), by letter or recorded
 * oral communication, due 5 working days after receipt: accepted (the Deputy's decision, step
 * 1, completed; the meeting is to be scheduled) or refused with reasons (the case ends).
 */
export async function reply(h: HandlerCtx, a: Extract<TServiceRequestAction, { type: 'reply' }>) {
  requireStage(h, 'pertemuan-one-on-one', ['received']);
  await requireStepWorker(h, ONE_ON_ONE_STEP.reply);
  // by letter: the signed letter of the case (document service) goes with the email
  if (a.documentId && a.mode === 'oral') throw invalidField('documentId', 'invalid');
  const letter = a.documentId ? await signedLetterOf(h.tx, h.r.caseId, a.documentId) : null;
  const r = h.r;
  const d = r.details as Record<string, string | null>;
  if (a.decision === 'accept') {
    await advanceServiceCase(h.tx, {
      request: r,
      agency: h.agency,
      calendar: h.calendar,
      actor: engineActorOf(h.actor),
      actorUserId: h.actor.userId,
      now: h.now,
      steps: [
        {
          stepId: ONE_ON_ONE_STEP.reply,
          form: {
            applicantName: `Identitas pada permohonan ${r.number}`,
            plannedInvestment: `${d.investmentSector ?? ''} (KBLI ${d.kbli ?? '-'}), ${d.investmentLocation ?? ''}, ${d.investmentCurrency ?? ''} ${d.investmentValue ?? ''}, ${d.investmentTimeline ?? ''}`,
            topics: d.topics ?? '',
            supportingData: `Data dukung pada permohonan ${r.number}`,
            contactNumber: `Kontak pada permohonan ${r.number}`,
            channel: r.channel === 'letter' ? 'tata_usaha' : 'email',
          },
        },
      ],
    });
    // the reply was the service standard's 5 working days; the preparation that follows runs
    // against the meeting date (not set yet), so the case no longer has the reply's deadline
    await changeServiceCase(h.tx, {
      caseId: r.caseId,
      calendar: h.calendar,
      action: null,
      dues: { case: null, steps: [] },
      actorUserId: h.actor.userId,
      now: h.now,
    });
  } else {
    await changeServiceCase(h.tx, {
      caseId: r.caseId,
      calendar: h.calendar,
      action: { type: 'cancel', reason: `Permohonan ditolak: ${a.text}` },
      actorUserId: h.actor.userId,
      now: h.now,
    });
  }
  const status = a.decision === 'accept' ? 'accepted' : 'refused';
  const replyRecord = {
    decision: a.decision,
    mode: a.mode,
    text: a.text,
    at: h.now.toISOString(),
    ...(letter ? { letterNumber: letter.number } : {}),
  };
  await updateServiceRequest(h.tx, r.id, { status, reply: replyRecord, updatedAt: h.now });
  r.status = status;
  await addUpdate(h.tx, { requestId: r.id, kind: status, at: h.now, text: a.text });
  await mailApplicant(h.tx, {
    request: r,
    agency: h.agency,
    kind: status,
    text: a.text,
    publicUrl: h.publicUrl,
    now: h.now,
    ...(letter ? { attachments: [{ fileId: letter.fileId, filename: letter.filename }] } : {}),
  });
  await requestEvent(h, status, { mode: a.mode, onTime: !r.dueAt || h.now <= r.dueAt });
}
