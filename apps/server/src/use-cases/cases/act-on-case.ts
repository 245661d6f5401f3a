import type { TCaseAction } from '@sigap/contracts';
import { type CaseState, COMPLAINT_SOP_KEY, type EngineAction } from '@sigap/core';
import { findCaseForUpdate } from '../../db/repositories/cases';
import { AppError, notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { getDefinition } from '../sops/definitions';
import { applyOrThrow, caseVisibleTo, engineActorOf, persistResult, roleUnitsFor } from './support';

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
    // a complaint's steps also write the complaint, email the reporter and update public tracking
    if (
      row.definitionKey === COMPLAINT_SOP_KEY &&
      !['claim', 'dispose', 'reassign'].includes(opts.action.type)
    )
      throw new AppError('CONFLICT', { detail: 'handle this complaint on its complaint page (Pengaduan)' });
    const state = row.state as CaseState;
    const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
    if (!def) throw notFound();
    const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
    const result = applyOrThrow(def, state, opts.action as EngineAction, engineActorOf(actor), {
      now,
      calendar,
      roleUnits,
    });
    await persistResult(tx, { caseRow: row, result, calendar, actorUserId: actor.userId, now });
    return { status: result.state.status, events: result.events.map((e) => e.type) };
  });
}
