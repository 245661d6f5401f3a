import type { TServiceRequest } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { serviceRequestView } from '../domain/view';
import { findServiceRequest } from '../repository/service-requests';

/** One request for the team; another agency's request is "not found". */
export async function getServiceRequest({ db, actor }: AuthedCtx, id: string): Promise<TServiceRequest> {
  const r = await findServiceRequest(db, id);
  if (!r || r.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'serviceRequest.read', { agencyId: r.agencyId, unitId: r.unitId });
  return serviceRequestView(db, r);
}
