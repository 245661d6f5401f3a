import type { TCompanyList, TCompanyQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { companyListItem } from '../domain/company-view';
import { listCompanies as listRows, regenciesOf } from '../repository/registry';

/** The agency's company registry by name, searched by name or NIB and filtered by regency, risk, PMA/PMDN and scale. */
export async function listCompanies({ db, actor }: AuthedCtx, q: TCompanyQuery): Promise<TCompanyList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const [{ rows, total }, regencies] = await Promise.all([
    listRows(db, {
      agencyId: actor.agencyId,
      q: q.q,
      regency: q.regency,
      riskLevel: q.riskLevel,
      investmentType: q.investmentType,
      scale: q.scale,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    }),
    regenciesOf(db, actor.agencyId),
  ]);
  return {
    items: rows.map((r) => companyListItem(r.company, r)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    regencies,
  };
}
