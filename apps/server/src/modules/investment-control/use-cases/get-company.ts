import type { TCompany } from '@sigap/contracts/investment-control';
import { assertCan, can } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { companyView } from '../domain/company-view';
import { findCompany } from '../repository/registry';

/** One company with its business lines, licences and LKPM history; another agency's is "not found". */
export async function getCompany({ db, actor }: AuthedCtx, id: string): Promise<TCompany> {
  const c = await findCompany(db, id);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.read', { agencyId: c.agencyId });
  return companyView(db, c, can(actor, 'control.manage', { agencyId: c.agencyId }));
}
