import type { TInspection } from '@sigap/contracts/investment-control';
import { assertCan, can } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadInspection } from '../domain/inspection-view';

/** One inspection with its report; another agency's is "not found". */
export async function getInspection({ db, actor }: AuthedCtx, id: string): Promise<TInspection> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const found = await loadInspection(
    db,
    actor.agencyId,
    id,
    can(actor, 'control.manage', { agencyId: actor.agencyId }),
  );
  if (!found) throw notFound();
  return found;
}
