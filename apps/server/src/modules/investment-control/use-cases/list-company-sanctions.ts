import type { TSanctionList } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { sanctionView } from '../domain/sanctions';
import { findCompany } from '../repository/registry';
import { listSanctions } from '../repository/sanctions';

/** A company's sanctions history, newest first; another agency's company is "not found". */
export async function listCompanySanctions(
  { db, actor, now }: AuthedCtx,
  companyId: string,
): Promise<TSanctionList> {
  const c = await findCompany(db, companyId);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.read', { agencyId: c.agencyId });
  const today = localDate(now, actor.agency.timeZone);
  const rows = await listSanctions(db, { agencyId: c.agencyId, companyId });
  return { today, items: rows.map((r) => sanctionView(r, today)) };
}
