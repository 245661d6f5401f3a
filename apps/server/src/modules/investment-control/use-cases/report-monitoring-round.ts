import type { TMonitoringReportInput, TMonitoringRoundDetail } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { AppError, conflict, invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadRound } from '../domain/monitoring-view';
import { findRoundForUpdate, updateRound } from '../repository/monitoring';

/**
 * Writes a monitoring round's report (the Laporan Hasil Pemantauan) once every company's result
 * is recorded; the round becomes `reported` and its results are kept as they are.
 */
export async function reportMonitoringRound(
  { db, now, actor }: AuthedCtx,
  input: { id: string; body: TMonitoringReportInput },
): Promise<TMonitoringRoundDetail> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const round = await findRoundForUpdate(tx, input.id);
    if (!round || round.agencyId !== actor.agencyId) throw notFound();
    if (round.status !== 'open') throw conflict('pemantauan sudah dilaporkan');
    const before = await loadRound(tx, actor.agencyId, round.id);
    if (!before) throw new AppError('INTERNAL');
    const missing = before.companies - before.recorded;
    if (missing > 0) throw invalidField('report', 'monitoring_results_missing', { count: missing });
    await updateRound(tx, round.id, {
      status: 'reported',
      report: input.body.report,
      reportedAt: now,
      reportedBy: actor.userId,
      updatedAt: now,
    });
    const view = await loadRound(tx, actor.agencyId, round.id);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
