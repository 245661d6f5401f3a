import type { TComplaintSettings } from '@sigap/contracts/complaints';
import { assertCan, can } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { complaintSettings } from '../domain/support';

/** The agency's complaint settings: anyone in the complaint team or an administrator may read them. */
export async function getComplaintSettings({ actor }: AuthedCtx): Promise<TComplaintSettings> {
  if (!can(actor, 'complaint.settings.manage', { agencyId: actor.agencyId }))
    assertCan(actor, 'complaint.handle', { agencyId: actor.agencyId });
  return complaintSettings(actor.agency);
}
