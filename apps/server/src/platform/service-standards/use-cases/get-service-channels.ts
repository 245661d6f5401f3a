import type { TServiceChannels } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../use-cases/context';
import { serviceChannelsOf } from '../channels';

/** The agency's complaint and survey channels, for its administrator's form. */
export async function getServiceChannels({ actor }: AuthedCtx): Promise<TServiceChannels> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return serviceChannelsOf(actor.agency);
}
