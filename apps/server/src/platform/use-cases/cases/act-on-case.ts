import type { TCaseAction } from '@sigap/contracts';
import { type CaseState, type EngineAction, genericActionAllowed } from '@sigap/core';
import { findCaseForUpdate } from '../../db/repositories/cases';
import { AppError, notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { getDefinition } from '../sops/definitions';
import { checkDirection } from './check-direction';
import { applyOrThrow, caseVisibleTo, persistResult, roleUnitsFor } from './support';

/**
 * Applies one action (claim, dispose, draft, complete, reassign, return, pause, resume,
 * cancel) to a case: locks the row, asks the engine, and writes state, tasks and events in
 * one transaction. Another instance acting at the same moment waits for the lock.
 */
export async function actOnCase(
  { db, now, actor }: AuthedCtx,
  opts: { caseId: string; action: TCaseAction },
) {
  const calendar = await loadWorkingCalendar(db, actor.agency);
  return db.transaction(async (tx) => {
    const row = await findCaseForUpdate(tx, opts.caseId);
    if (!row || row.agencyId !== actor.agencyId) throw notFound();
    if (!caseVisibleTo(actor, row)) throw notFound();
    // a module's SOP (a complaint's) is worked on the module's page, which also writes its record,
    // emails and public tracking; the case page only moves its tasks, within the module's team
    const taskId = 'taskId' in opts.action ? opts.action.taskId : undefined;
    const stepId = (row.state as CaseState).tasks.find((t) => t.id === taskId)?.stepId;
    const allowed = genericActionAllowed(row.definitionKey, opts.action.type, actor.roles, stepId);
    if (!allowed.ok && allowed.reason === 'module')
      throw new AppError('CONFLICT', { detail: 'handle this case on its own page (e.g. Pengaduan)' });
    const engineActor = await checkDirection(tx, { actor, row, action: opts.action, now });
    const state = row.state as CaseState;
    const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
    if (!def) throw notFound();
    const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
    const result = applyOrThrow(def, state, opts.action as EngineAction, engineActor, {
      now,
      calendar,
      roleUnits,
    });
    await persistResult(tx, { caseRow: row, result, calendar, actorUserId: actor.userId, now });
    return { status: result.state.status, events: result.events.map((e) => e.type) };
  });
}
