import type { TConsultation, TRecordConsultation } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkNewConsultation, recordNewConsultation } from '../domain/consultation-intake';
import { consultationView } from '../domain/consultation-view';

/**
 * Staff of the control division record a ticket from a call, a visit or an email (SOP 067/008
 * or 067/007): the same checks as the portal (the company by NIB in the registry, a virtual
 * consultation's time on the working calendar); the email may be missing, and then none is sent.
 */
export async function recordConsultation(ctx: AuthedCtx, input: TRecordConsultation): Promise<TConsultation> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const agency = actor.agency;
  const calendar = await loadWorkingCalendar(db, agency);
  const newTicket = { ...input, contactEmail: input.contactEmail ?? null };
  const { company, preferredAt } = await checkNewConsultation(db, {
    agency,
    calendar,
    input: newTicket,
    now,
  });
  const ticket = await db.transaction((tx) =>
    recordNewConsultation(tx, { agency, calendar, input: newTicket, company, preferredAt, actor, now }),
  );
  return consultationView(db, ticket, actor);
}
