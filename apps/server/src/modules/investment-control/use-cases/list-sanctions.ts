import type { TSanctionList, TSanctionQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { sanctionView } from '../domain/sanctions';
import { listSanctions as listSanctionRows } from '../repository/sanctions';

/** The agency's sanctions (by status, or only open warnings past their comply-by date), overdue flagged. */
export async function listSanctions(
  { db, actor, now }: AuthedCtx,
  query: TSanctionQuery,
): Promise<TSanctionList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const today = localDate(now, actor.agency.timeZone);
  const rows = await listSanctionRows(db, {
    agencyId: actor.agencyId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.overdue === 'true' ? { overdueBefore: today } : {}),
  });
  return { today, items: rows.map((r) => sanctionView(r, today)) };
}
