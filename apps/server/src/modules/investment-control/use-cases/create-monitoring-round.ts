import {
  MONITORING_MAX_COMPANIES,
  type TCreateMonitoringRound,
  type TMonitoringRoundDetail,
} from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { AppError, invalidField } from '../../../platform/lib/errors';
import { startCase } from '../../../platform/use-cases/cases/start-case';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadRound, MONITORING_SOP } from '../domain/monitoring-view';
import { companiesInScope, insertResults, insertRound, updateRound } from '../repository/monitoring';

const KIND_TITLE = {
  investment: 'Pemantauan pelaksanaan penanaman modal',
  licensing: 'Pemantauan proses pelayanan perizinan',
};

/**
 * Starts a monitoring round: investment implementation (SOP 067/001) or the licensing service
 * process (SOP 067/005) over a period, of the registry companies its scope's filters choose
 * (at least one, at most `MONITORING_MAX_COMPANIES`), each with an empty result; its SOP's case
 * starts through the platform's `startCase` (the SOPs are not module-managed).
 */
export async function createMonitoringRound(
  ctx: AuthedCtx,
  input: TCreateMonitoringRound,
): Promise<TMonitoringRoundDetail> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const chosen = await companiesInScope(tx, actor.agencyId, input.scope, MONITORING_MAX_COMPANIES + 1);
    if (chosen.length === 0) throw invalidField('scope', 'monitoring_scope_empty');
    if (chosen.length > MONITORING_MAX_COMPANIES)
      throw invalidField('scope', 'monitoring_scope_too_large', { max: MONITORING_MAX_COMPANIES });
    const round = await insertRound(tx, {
      agencyId: actor.agencyId,
      kind: input.kind,
      title: input.title,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      scope: input.scope,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertResults(
      tx,
      chosen.map((c) => ({ agencyId: actor.agencyId, roundId: round.id, companyId: c.id })),
    );
    const started = await startCase(
      { db: tx, now, actor },
      {
        definitionKey: MONITORING_SOP[input.kind],
        subject: `${KIND_TITLE[input.kind]}: ${input.title} (${input.periodFrom} s.d. ${input.periodTo}, ${chosen.length} perusahaan)`,
      },
    );
    await updateRound(tx, round.id, { caseId: started.id });
    const view = await loadRound(tx, actor.agencyId, round.id);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
