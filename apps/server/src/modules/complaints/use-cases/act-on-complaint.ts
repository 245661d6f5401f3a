import type { TComplaint, TComplaintAction } from '@sigap/contracts/complaints';
import { assertCan, can } from '@sigap/core';
import { dispatchAction } from '../../../platform/kernel/actions';
import { forbidden, notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { COMPLAINT_ACTIONS } from '../actions';
import type { HandlerCtx } from '../domain/handler';
import { findComplaintForUpdate } from '../repository/complaints';
import { getComplaint } from './get-complaint';

/**
 * One handling action on a complaint by the complaint team, in one transaction with the
 * complaint row locked: the SOP steps it completes, the public step, the reporter's email, the
 * team's notices and the event. Answers the complaint as it now stands.
 */
export async function actOnComplaint(
  ctx: AuthedCtx,
  input: { id: string; action: TComplaintAction; publicUrl: string },
): Promise<TComplaint> {
  const { db, now, actor } = ctx;
  if (!can(actor, 'complaint.handle', { agencyId: actor.agencyId })) throw notFound();
  const a = input.action;
  if (a.type === 'revealIdentity') assertCan(actor, 'complaint.revealIdentity', { agencyId: actor.agencyId });
  if (
    (a.type === 'confirmDraft' || a.type === 'rejectDraft') &&
    !can(actor, 'complaintDraft.handle', { agencyId: actor.agencyId })
  )
    throw forbidden();
  const calendar = await loadWorkingCalendar(db, actor.agency);
  await db.transaction(async (tx) => {
    const c = await findComplaintForUpdate(tx, input.id);
    if (!c || c.agencyId !== actor.agencyId) throw notFound();
    const h: HandlerCtx = { tx, c, agency: actor.agency, calendar, actor, now, publicUrl: input.publicUrl };
    await dispatchAction(COMPLAINT_ACTIONS, h, a);
  });
  return getComplaint(ctx, input.id);
}
