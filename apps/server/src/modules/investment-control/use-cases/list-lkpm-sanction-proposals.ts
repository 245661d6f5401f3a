import type { TLkpmSanctionProposals } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmCompliance } from '../domain/lkpm-compliance';
import { ladderState, nextSanctionStage } from '../domain/sanctions';
import { ladderOf } from '../repository/sanctions';

/**
 * Companies that missed LKPM for two consecutive periods (the compliance rule of the LKPM part),
 * each with the sanction step proposed for it (a written warning first; the next step when one
 * is open; none once revoked).
 */
export async function listLkpmSanctionProposals({
  db,
  actor,
  now,
}: AuthedCtx): Promise<TLkpmSanctionProposals> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const compliance = await lkpmCompliance(db, actor.agency, now);
  const missed = [
    ...compliance.quarter.missedTwo.map((m) => ({ ...m, periodKind: 'quarter' as const })),
    ...compliance.half.missedTwo.map((m) => ({ ...m, periodKind: 'half' as const })),
  ];
  const ladder = await ladderOf(
    db,
    missed.map((m) => m.companyId),
  );
  return {
    today: compliance.today,
    items: missed.map((m) => {
      const { lastOpen, revoked } = ladderState(ladder.filter((l) => l.companyId === m.companyId));
      return {
        companyId: m.companyId,
        nib: m.nib,
        name: m.name,
        periodKind: m.periodKind,
        lastFiled: m.lastFiled,
        stage: nextSanctionStage(lastOpen, revoked),
      };
    }),
  };
}
