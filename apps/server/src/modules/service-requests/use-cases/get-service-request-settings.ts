import type { TServiceRequestSettings } from '@sigap/contracts/service-requests';
import { assertCan, can } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { serviceRequestSettingsOf } from '../domain/inbound-email';

/** The agency's service-request settings: the administrator and the administration office may read them. */
export async function getServiceRequestSettings({ actor }: AuthedCtx): Promise<TServiceRequestSettings> {
  if (!can(actor, 'org.manage', { agencyId: actor.agencyId }))
    assertCan(actor, 'serviceRequest.register', { agencyId: actor.agencyId });
  return serviceRequestSettingsOf(actor.agency);
}
