import type { TMonitoringResultInput, TMonitoringRoundDetail } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { AppError, conflict, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadRound } from '../domain/monitoring-view';
import { findResult, findRoundForUpdate, updateResult } from '../repository/monitoring';

/**
 * Records (or corrects) one company's result in an open monitoring round: its status notes,
 * the problems it faces and the follow-up (none, guidance, or an incidental supervision).
 */
export async function recordMonitoringResult(
  { db, now, actor }: AuthedCtx,
  input: { roundId: string; resultId: string; result: TMonitoringResultInput },
): Promise<TMonitoringRoundDetail> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const round = await findRoundForUpdate(tx, input.roundId);
    if (!round || round.agencyId !== actor.agencyId) throw notFound();
    const result = await findResult(tx, input.resultId);
    if (!result || result.roundId !== round.id) throw notFound();
    if (round.status !== 'open') throw conflict('pemantauan sudah dilaporkan');
    const r = input.result;
    await updateResult(tx, result.id, {
      statusNote: r.statusNote,
      problems: r.problems || null,
      followUp: r.followUp,
      recordedBy: actor.userId,
      recordedAt: now,
    });
    const view = await loadRound(tx, actor.agencyId, round.id);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
