import type { Role, TCaseAction } from '@sigap/contracts';
import {
  type CaseState,
  can,
  canDirect,
  type EngineActor,
  genericActionAllowed,
  inManagingTeam,
  managedSop,
  type TaskState,
} from '@sigap/core';
import type { CaseRow } from '../../db/repositories/cases';
import { holdersInUnits, listUnits } from '../../db/repositories/org';
import { AppError, forbidden, invalidField } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import type { Db, SessionActor } from '../context';
import { engineActorOf } from './support';

type Holder = Awaited<ReturnType<typeof holdersInUnits>>[number];

/** The people and units of the agency today: who can take work, and where. */
export async function agencyStaffToday(db: Db, agencyId: string, timeZone: string, now: Date) {
  const units = await listUnits(db, agencyId);
  const holders = await holdersInUnits(
    db,
    agencyId,
    units.map((u) => u.id),
    localDate(now, timeZone),
  );
  return { unitIds: new Set(units.map((u) => u.id)), holders };
}

/**
 * A task nobody can act on any more: held by someone who no longer holds a position in the
 * agency (or, on a module's SOP, someone outside the module's team), or offered to a lane that
 * no active staff member holds (a unit that is gone, or one without the step's role). An agency
 * administrator may move such a task to someone who can.
 */
export function isOrphaned(
  task: TaskState,
  definitionKey: string,
  staff: { unitIds: Set<string>; holders: Holder[] },
): boolean {
  if (task.status !== 'ready') return false;
  if (task.assigneeUserId) {
    const held = staff.holders.filter((h) => h.userId === task.assigneeUserId);
    return held.length === 0 || !held.some((h) => inManagingTeam(definitionKey, h.roles as Role[]));
  }
  if (task.unitId && !staff.unitIds.has(task.unitId)) return true;
  return !staff.holders.some(
    (h) => (h.roles as string[]).includes(task.role) && (!task.unitId || h.unitId === task.unitId),
  );
}

/**
 * Who may claim, dispose or reassign a case's task, and to whom (the generic case page):
 * - on an SOP a module manages, only the module's team moves its tasks, and only to its team;
 * - a disposition or reassignment goes to an active unit or staff member of the case's agency
 *   within the disposer's scope (for a unit: one where someone holds the step's role), else
 *   400 naming the field;
 * - an agency administrator may move a task nobody can act on (`isOrphaned`) to anyone of the
 *   agency who may take it.
 * Returns the engine actor to apply the action with (the administrator's recovery is allowed
 * past the engine's "leader over the unit" rule, and recorded under the administrator's name).
 */
export async function checkDirection(
  db: Db,
  opts: { actor: SessionActor; row: CaseRow; action: TCaseAction; now: Date },
): Promise<EngineActor> {
  const { actor, row, action } = opts;
  const engineActor = engineActorOf(actor);
  if (action.type !== 'claim' && action.type !== 'dispose' && action.type !== 'reassign') return engineActor;
  const state = row.state as CaseState;
  const task = state.tasks.find((t) => t.id === action.taskId);
  if (task?.status !== 'ready') return engineActor; // the engine answers 404/409
  const staff = await agencyStaffToday(db, row.agencyId, actor.agency.timeZone, opts.now);
  const recovery =
    action.type !== 'claim' &&
    can(actor, 'task.recover', { agencyId: row.agencyId }) &&
    isOrphaned(task, row.definitionKey, staff);
  const allowed = genericActionAllowed(row.definitionKey, action.type, actor.roles);
  if (!allowed.ok && !recovery) throw forbidden();
  if (action.type === 'claim') return engineActor;
  // only a leader over the task directs it (or the administrator recovering it); then the target
  if (!recovery && !canDirect(task, engineActor)) throw forbidden();

  const managed = managedSop(row.definitionKey);
  const scope = recovery ? staff.unitIds : new Set(actor.scopeUnitIds);
  const toUserId = action.toUserId ?? null;
  const toUnitId = action.type === 'dispose' ? (action.toUnitId ?? null) : null;
  if (toUnitId) {
    if (!staff.unitIds.has(toUnitId) || !scope.has(toUnitId)) throw invalidField('toUnitId', 'not_in_scope');
    const laneHeld = staff.holders.some(
      (h) => h.unitId === toUnitId && (h.roles as string[]).includes(task.role),
    );
    if (!toUserId && !laneHeld) throw invalidField('toUnitId', 'no_holder');
  }
  if (toUserId) {
    const inAgency = staff.holders.filter((h) => h.userId === toUserId);
    if (inAgency.length === 0) throw invalidField('toUserId', 'not_in_scope');
    if (managed && !inAgency.some((h) => inManagingTeam(row.definitionKey, h.roles as Role[])))
      throw invalidField('toUserId', 'not_in_team');
    if (!inAgency.some((h) => scope.has(h.unitId) && (!toUnitId || h.unitId === toUnitId)))
      throw invalidField('toUserId', 'not_in_scope');
  }
  if (managed && toUnitId && !toUserId && !managed.teamRoles.includes(task.role as Role))
    throw invalidField('toUnitId', 'not_in_team');
  if (!toUserId && !toUnitId) throw new AppError('VALIDATION', {}, [{ field: 'toUserId', rule: 'required' }]);
  return recovery ? { ...engineActor, system: true } : engineActor;
}
