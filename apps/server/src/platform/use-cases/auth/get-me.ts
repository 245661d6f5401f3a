import type { TMeResponse, TTimeZone } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../context';

export function getMe({ actor }: AuthedCtx): TMeResponse {
  assertCan(actor, 'account.manage', { agencyId: actor.agencyId, ownerUserId: actor.userId });
  return {
    user: actor.user,
    agency: {
      id: actor.agency.id,
      code: actor.agency.code,
      name: actor.agency.name,
      shortName: actor.agency.shortName,
      timeZone: actor.agency.timeZone as TTimeZone,
    },
    roles: [...actor.roles],
    positions: actor.positions.map(({ isHead: _isHead, ...p }) => p),
    csrfToken: actor.csrfToken,
  };
}
