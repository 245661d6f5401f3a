import type { TServiceRequest, TServiceRequestAction } from '@sigap/contracts/service-requests';
import { can } from '@sigap/core';
import { dispatchAction } from '../../../platform/kernel/actions';
import { notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { SERVICE_REQUEST_ACTIONS } from '../actions';
import type { HandlerCtx } from '../domain/handler';
import { serviceRequestView } from '../domain/view';
import { findServiceRequest, findServiceRequestForUpdate } from '../repository/service-requests';

/**
 * One action on a service request by the team, in one transaction with the request row locked:
 * the SOP steps it completes (each by someone who may work that step), the public step, the
 * applicant's email and the event. Answers the request as it now stands.
 */
export async function actOnServiceRequest(
  ctx: AuthedCtx,
  input: { id: string; action: TServiceRequestAction; publicUrl: string },
): Promise<TServiceRequest> {
  const { db, now, actor } = ctx;
  if (!can(actor, 'serviceRequest.handle', { agencyId: actor.agencyId })) throw notFound();
  const calendar = await loadWorkingCalendar(db, actor.agency);
  await db.transaction(async (tx) => {
    const r = await findServiceRequestForUpdate(tx, input.id);
    if (!r || r.agencyId !== actor.agencyId) throw notFound();
    const h: HandlerCtx = { tx, r, agency: actor.agency, calendar, actor, now, publicUrl: input.publicUrl };
    await dispatchAction(SERVICE_REQUEST_ACTIONS, h, input.action);
  });
  const r = await findServiceRequest(db, input.id);
  if (!r) throw notFound();
  return serviceRequestView(db, r);
}
