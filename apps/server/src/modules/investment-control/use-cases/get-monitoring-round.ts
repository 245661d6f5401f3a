import type { TMonitoringRoundDetail } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadRound } from '../domain/monitoring-view';

/** One monitoring round of the agency with each company's result (another agency's: 404). */
export async function getMonitoringRound(
  { db, actor }: AuthedCtx,
  id: string,
): Promise<TMonitoringRoundDetail> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const round = await loadRound(db, actor.agencyId, id);
  if (!round) throw notFound();
  return round;
}
