import type { TConsultation, TConsultationOutcome } from '@sigap/contracts/investment-control';
import { HELPDESK_STEP, VIRTUAL_CONSULTATION_STEP } from '@sigap/core';
import { AppError } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { actOnConsultation } from '../domain/consultation-act';
import { completeConsultationSteps, recordConsultationEvent } from '../domain/consultation-case';
import { collectNote } from '../domain/consultation-intake';
import { mailConsultationContact } from '../domain/consultation-mail';
import { updateConsultation } from '../repository/consultations';

/**
 * Records the answer: the outcome told to the business and the minutes (Berita Acara /
 * notulen). A helpdesk question (067/008) is answered while received: the study, the tracking
 * of the last LKPM, the advice and the helpdesk report (s2-s5) are completed. A virtual
 * consultation (067/007) is answered once scheduled and held: the consultation and its report
 * (s5-s6). The ticket is done, the business is emailed the outcome, and the evaluation steps
 * go to the policy analyst.
 */
export async function answerConsultation(
  ctx: AuthedCtx,
  input: { id: string; answer: TConsultationOutcome },
): Promise<TConsultation> {
  const { now, actor } = ctx;
  const a = input.answer;
  return actOnConsultation(ctx, input.id, { from: ['received', 'scheduled'] }, async (h) => {
    const { tx, ticket, companyName, calendar } = h;
    // a virtual consultation is answered after it was held, so once scheduled
    if (ticket.kind === 'virtual' && ticket.status !== 'scheduled')
      throw new AppError('CONSULTATION_WRONG_STATUS', { status: 'DITERIMA' });
    const K = ticket.kind === 'helpdesk' ? HELPDESK_STEP : VIRTUAL_CONSULTATION_STEP;
    // a portal ticket's intake and study are still open: completed here with the answer
    const notes: Record<string, string> =
      ticket.kind === 'helpdesk'
        ? {
            [HELPDESK_STEP.collect]: collectNote(ticket, { name: companyName, nib: '' }),
            [HELPDESK_STEP.study]: ticket.topic,
            [HELPDESK_STEP.trackLkpm]: ticket.lkpmReportId ?? 'Belum ada LKPM',
            [HELPDESK_STEP.advise]: a.outcome,
            [HELPDESK_STEP.report]: a.minutes,
          }
        : { [VIRTUAL_CONSULTATION_STEP.hold]: a.outcome, [VIRTUAL_CONSULTATION_STEP.report]: a.minutes };
    await completeConsultationSteps(tx, {
      ticket,
      companyName,
      agency: actor.agency,
      calendar,
      actor,
      now,
      upTo: K.report,
      notes,
    });
    const row = await updateConsultation(tx, ticket.id, {
      status: 'done',
      outcome: a.outcome,
      minutes: a.minutes,
      answeredAt: now,
      answeredBy: actor.userId,
      updatedAt: now,
    });
    await recordConsultationEvent(tx, {
      ticket: row,
      actor,
      now,
      action: 'answered',
      after: { status: 'done' },
    });
    await mailConsultationContact(tx, {
      ticket: row,
      companyName,
      agency: actor.agency,
      kind: 'answered',
      now,
    });
  });
}
