import type { TConsultationReceipt, TPublicConsultationRequest } from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { findAgency } from '../../../platform/db/repositories/org';
import { fieldIssue } from '../../../platform/lib/validation';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { checkNewConsultation, recordNewConsultation } from '../domain/consultation-intake';

/**
 * A business opens a consultation ticket on the portal, without an account: an LKPM helpdesk
 * question (SOP 067/008) or a virtual consultation (067/007) with its preferred time on the
 * agency's working calendar. The company must be in the agency's registry by its NIB. Answers
 * the ticket number; the acknowledgement goes to the contact's email.
 */
export async function submitPublicConsultation(
  { db, now }: Ctx,
  input: TPublicConsultationRequest,
): Promise<TConsultationReceipt> {
  const agency = await findAgency(db, input.agencyId);
  if (!agency) throw new z.ZodError([fieldIssue('agencyId', 'invalid')]);
  const calendar = await loadWorkingCalendar(db, agency);
  const newTicket = { ...input, channel: 'portal' as const };
  const { company, preferredAt } = await checkNewConsultation(db, {
    agency,
    calendar,
    input: newTicket,
    now,
  });
  const ticket = await db.transaction((tx) =>
    recordNewConsultation(tx, { agency, calendar, input: newTicket, company, preferredAt, actor: null, now }),
  );
  return {
    number: ticket.number,
    kind: input.kind,
    receivedAt: ticket.receivedAt.toISOString(),
    preferredAt: ticket.preferredAt?.toISOString() ?? null,
    email: input.contactEmail,
  };
}
