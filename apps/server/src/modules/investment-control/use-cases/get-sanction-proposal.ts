import { SANCTION_COMPLY_DAYS, type TSanctionProposal } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { ladderState, nextSanctionStage, sanctionView } from '../domain/sanctions';
import { findCompany } from '../repository/registry';
import { listSanctions } from '../repository/sanctions';

/** The next step of the sanctions ladder for a company: the one after its last open step. */
export async function getSanctionProposal(
  { db, actor, now }: AuthedCtx,
  companyId: string,
): Promise<TSanctionProposal> {
  const c = await findCompany(db, companyId);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.read', { agencyId: c.agencyId });
  const rows = await listSanctions(db, { agencyId: c.agencyId, companyId });
  const { lastOpen, revoked } = ladderState(rows.map((r) => r.sanction));
  const stage = nextSanctionStage(lastOpen, revoked);
  const today = localDate(now, actor.agency.timeZone);
  const open = lastOpen
    ? rows.find((r) => r.sanction.status === 'open' && r.sanction.stage === lastOpen)
    : undefined;
  return {
    companyId,
    stage,
    lastOpen: open ? sanctionView(open, today) : null,
    complyDays: stage ? (SANCTION_COMPLY_DAYS[stage] ?? null) : null,
  };
}
