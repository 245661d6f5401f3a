import type { TSopDraftResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../context';
import { draftResponse, loadOwnDraft } from './draft-support';

/** A draft of the admin's agency with what still keeps it from being published. */
export async function getSopDraft(ctx: AuthedCtx, id: string): Promise<TSopDraftResponse> {
  assertCan(ctx.actor, 'sop.manage', { agencyId: ctx.actor.agencyId });
  return draftResponse(await loadOwnDraft(ctx, id));
}
