import { assertCan } from '@sigap/core';
import { type VerifyResult, verifyEventChains } from '../../db/repositories/event-log';
import type { AuthedCtx } from '../context';

/** Recomputes the agency's hash chain and names the first row that was altered, if any. */
export async function verifyAuditLog({ db, actor }: AuthedCtx): Promise<VerifyResult> {
  assertCan(actor, 'audit.read', { agencyId: actor.agencyId });
  return verifyEventChains(db, { chain: actor.agencyId });
}
