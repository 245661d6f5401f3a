import type { TLkpmCompanyOptions } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { companyOptions } from '../repository/lkpm-reports';

/** The companies that file LKPM (not micro), by name or NIB, with their business lines, for the entry form. */
export async function listLkpmCompanies(
  { db, actor }: AuthedCtx,
  q: string | undefined,
): Promise<TLkpmCompanyOptions> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const { companies, lines } = await companyOptions(db, actor.agencyId, q, 50);
  return {
    items: companies.map((c) => ({
      id: c.id,
      nib: c.nib,
      name: c.name,
      scale: c.scale as TLkpmCompanyOptions['items'][number]['scale'],
      lines: lines
        .filter((l) => l.companyId === c.id)
        .map((l) => ({ id: l.id, kbli: l.kbli, name: l.name, regency: l.regency })),
    })),
  };
}
