import type { TLkpmCompliance } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmCompliance } from '../domain/lkpm-compliance';

/** Which companies have not reported for the current period, and which missed two in a row. */
export async function getLkpmCompliance({ db, now, actor }: AuthedCtx): Promise<TLkpmCompliance> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  return lkpmCompliance(db, actor.agency, now);
}
