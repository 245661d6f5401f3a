import type { TGuidanceList, TGuidanceQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadGuidanceList } from '../domain/guidance-view';
import { findCompany } from '../repository/registry';

/** The agency's guidance (by kind, or those a company took part in), with the LKPM evaluation summed over all of them. */
export async function listGuidance(
  { db, now, actor }: AuthedCtx,
  query: TGuidanceQuery,
): Promise<TGuidanceList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  if (query.companyId) {
    const company = await findCompany(db, query.companyId);
    if (!company || company.agencyId !== actor.agencyId) throw invalidField('companyId', 'reference_unknown');
  }
  return loadGuidanceList(db, agency, now, query);
}
