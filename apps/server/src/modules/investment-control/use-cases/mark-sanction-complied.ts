import type { TSanction, TSanctionComplied } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { sanctionView } from '../domain/sanctions';
import { findSanction, listSanctions, updateSanction } from '../repository/sanctions';

/** Records that the company complied with an open step (the ladder closes). */
export async function markSanctionComplied(
  { db, actor, now }: AuthedCtx,
  input: { id: string; body: TSanctionComplied },
): Promise<TSanction> {
  const today = localDate(now, actor.agency.timeZone);
  return db.transaction(async (tx) => {
    const s = await findSanction(tx, input.id);
    if (!s || s.agencyId !== actor.agencyId) throw notFound();
    assertCan(actor, 'control.manage', { agencyId: s.agencyId });
    if (s.status !== 'open') throw invalidField('id', 'sanction_not_open');
    const on = input.body.compliedOn;
    if (on > today) throw invalidField('compliedOn', 'not_future');
    if (on < s.issuedOn) throw invalidField('compliedOn', 'before_issue');
    await updateSanction(tx, s.id, { status: 'complied', compliedOn: on, updatedAt: now });
    const rows = await listSanctions(tx, { agencyId: s.agencyId, companyId: s.companyId });
    return sanctionView(rows.find((r) => r.sanction.id === s.id)!, today);
  });
}
