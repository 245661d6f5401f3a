import type { TGuidance } from '@sigap/contracts/investment-control';
import { assertCan, can } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadGuidance } from '../domain/guidance-view';

/** One guidance with its participants, attendance, materials, minutes, survey and evaluation; another agency's is "not found". */
export async function getGuidance({ db, now, actor }: AuthedCtx, id: string): Promise<TGuidance> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  const found = await loadGuidance(
    db,
    agency,
    now,
    id,
    can(actor, 'control.manage', { agencyId: actor.agencyId }),
  );
  if (!found) throw notFound();
  return found;
}
