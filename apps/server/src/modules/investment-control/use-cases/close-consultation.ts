import type { TCloseConsultation, TConsultation } from '@sigap/contracts/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { actOnConsultation } from '../domain/consultation-act';
import { cancelConsultationCase, recordConsultationEvent } from '../domain/consultation-case';
import { mailConsultationContact } from '../domain/consultation-mail';
import { updateConsultation } from '../repository/consultations';

/**
 * Closes an open ticket without an answer (withdrawn, a duplicate, the business not reachable),
 * with the reason: its case is cancelled with it and the business is told.
 */
export async function closeConsultation(
  ctx: AuthedCtx,
  input: { id: string; close: TCloseConsultation },
): Promise<TConsultation> {
  const { now, actor } = ctx;
  return actOnConsultation(ctx, input.id, { from: ['received', 'scheduled'] }, async (h) => {
    const { tx, ticket, companyName, calendar } = h;
    await cancelConsultationCase(tx, {
      caseId: ticket.caseId,
      calendar,
      reason: input.close.reason,
      actor,
      now,
    });
    const row = await updateConsultation(tx, ticket.id, {
      status: 'closed',
      closedReason: input.close.reason,
      closedAt: now,
      updatedAt: now,
    });
    await recordConsultationEvent(tx, {
      ticket: row,
      actor,
      now,
      action: 'closed',
      after: { reason: input.close.reason },
    });
    await mailConsultationContact(tx, {
      ticket: row,
      companyName,
      agency: actor.agency,
      kind: 'closed',
      now,
    });
  });
}
