import type { TComplaint, TComplaintAction } from '@sigap/contracts';
import { assertCan, can } from '@sigap/core';
import { findComplaintForUpdate } from '../../db/repositories/complaints';
import { forbidden, notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { getComplaint } from './get-complaint';
import * as steps from './handle-steps';
import type { HandlerCtx } from './handler';
import * as manage from './manage-complaint';

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
    switch (a.type) {
      case 'firstResponse':
        return steps.firstResponse(h, a);
      case 'settle':
        return steps.settle(h, a);
      case 'forward':
        return steps.forward(h, a);
      case 'examine':
        return steps.examine(h, a);
      case 'coordinate':
        return steps.coordinate(h, a);
      case 'decideMeeting':
        return steps.decideMeeting(h, a);
      case 'recordMeeting':
        return steps.recordMeeting(h, a);
      case 'answer':
        return steps.answer(h, a);
      case 'close':
        return steps.close(h, a);
      case 'requestInput':
        return manage.requestInput(h, a);
      case 'merge':
        return manage.merge(h, a);
      case 'unmerge':
        return manage.unmerge(h, a);
      case 'revealIdentity':
        return manage.revealIdentity(h, a);
      case 'confirmDraft':
        return manage.confirmDraft(h, a);
      case 'rejectDraft':
        return manage.rejectDraft(h, a);
    }
  });
  return getComplaint(ctx, input.id);
}
