import type { TSopDefinition } from '@sigap/contracts';
import {
  applyAction,
  type CaseState,
  canSeeCase,
  type EngineAction,
  type EngineActor,
  type EngineContext,
  EngineError,
  type EngineResult,
  reminderAt,
  resolveRoleUnits,
  type WorkingCalendar,
} from '@sigap/core';
import type { Db } from '../../db/client';
import { type CaseRow, updateCase, upsertTasks } from '../../db/repositories/cases';
import { appendEvent } from '../../db/repositories/event-log';
import { listPositions, listUnits } from '../../db/repositories/org';
import { AppError } from '../../lib/errors';
import type { SessionActor } from '../context';

export function engineActorOf(actor: SessionActor): EngineActor {
  return { userId: actor.userId, roles: actor.roles, unitIds: actor.scopeUnitIds };
}

export async function roleUnitsFor(db: Db, agencyId: string, homeUnitId: string, def: TSopDefinition) {
  const [units, positions] = await Promise.all([listUnits(db, agencyId), listPositions(db, agencyId)]);
  return resolveRoleUnits(
    units,
    positions,
    homeUnitId,
    def.actors.map((a) => a.role),
  );
}

/** Engine refusals as API errors: a state conflict is 409, a missing permission 403, bad input 400. */
export function toAppError(e: unknown): unknown {
  if (!(e instanceof EngineError)) return e;
  switch (e.code) {
    case 'NOT_ALLOWED':
      return new AppError('FORBIDDEN');
    case 'FORM_INVALID':
    case 'DECISION_REQUIRED':
      return new AppError(
        'VALIDATION',
        {},
        e.fields.map((f) => ({ field: f.field, rule: f.rule })),
      );
    case 'TASK_NOT_FOUND':
      return new AppError('NOT_FOUND');
    default:
      return new AppError('CONFLICT', { detail: e.message });
  }
}

/**
 * Writes an engine result: the case row (state and the columns derived from it), the task
 * rows the inbox reads, and one event-log row per engine event, in the caller's transaction.
 */
export async function persistResult(
  tx: Db,
  opts: {
    caseRow: Pick<CaseRow, 'id' | 'agencyId' | 'revision'>;
    result: EngineResult;
    calendar: WorkingCalendar;
    actorUserId: string | null;
    now: Date;
    isNew?: boolean;
  },
): Promise<void> {
  const { state, events } = opts.result;
  if (!opts.isNew) {
    const ok = await updateCase(tx, opts.caseRow.id, opts.caseRow.revision, {
      state,
      status: state.status,
      dueAt: state.dueAt ? new Date(state.dueAt) : null,
      endedAt: state.endedAt ? new Date(state.endedAt) : null,
      paused: state.pauses.some((p) => p.end === null),
      updatedAt: opts.now,
    });
    if (!ok) throw new AppError('CONFLICT', { detail: 'the case was changed by someone else; reload it' });
  }
  const touched = new Set(events.map((e) => e.taskId).filter(Boolean));
  const rows = state.tasks
    .filter((t) => opts.isNew || touched.has(t.id) || events.some((e) => e.type.startsWith('case.')))
    .map((t) => ({
      caseId: opts.caseRow.id,
      taskId: t.id,
      agencyId: opts.caseRow.agencyId,
      stepId: t.stepId,
      status: t.status,
      role: t.role,
      unitId: t.unitId,
      assigneeUserId: t.assigneeUserId,
      readyAt: new Date(t.readyAt),
      claimedAt: t.claimedAt ? new Date(t.claimedAt) : null,
      dueAt: t.dueAt ? new Date(t.dueAt) : null,
      remindAt:
        t.status === 'ready'
          ? reminderAt(opts.calendar, new Date(t.readyAt), t.dueAt ? new Date(t.dueAt) : null, state.pauses)
          : null,
      completedAt: t.completedAt ? new Date(t.completedAt) : null,
      completedByUserId: t.completedByUserId,
      iteration: t.iteration,
      escalatedToUserId: t.escalatedToUserId,
      escalatedAt: t.escalatedToUserId ? opts.now : null,
    }));
  await upsertTasks(tx, rows);
  for (const e of events) {
    await appendEvent(tx, {
      agencyId: opts.caseRow.agencyId,
      actorUserId: opts.actorUserId,
      entityType: e.taskId ? 'task' : 'case',
      entityId: e.taskId ? `${opts.caseRow.id}/${e.taskId}` : opts.caseRow.id,
      caseId: opts.caseRow.id,
      action: e.type,
      after: { stepId: e.stepId ?? null, ...(e.data ?? {}) },
      occurredAt: opts.now,
    });
  }
}

export function applyOrThrow(
  def: TSopDefinition,
  state: CaseState,
  action: EngineAction,
  actor: EngineActor,
  ctx: EngineContext,
): EngineResult {
  try {
    return applyAction(def, state, action, actor, ctx);
  } catch (e) {
    throw toAppError(e);
  }
}

/** Whether the actor may see the case: policy over its units and people, or a task offered to the actor's lane. */
export function caseVisibleTo(
  actor: SessionActor,
  row: Pick<CaseRow, 'agencyId' | 'unitId' | 'state'>,
): boolean {
  const state = row.state as CaseState;
  if (
    canSeeCase(actor, {
      agencyId: row.agencyId,
      unitIds: [row.unitId, ...state.tasks.map((t) => t.unitId).filter((u): u is string => !!u)],
      participantUserIds: state.tasks
        .flatMap((t) => [t.assigneeUserId, t.completedByUserId, ...t.dispositions.map((d) => d.toUserId)])
        .filter((u): u is string => !!u),
    })
  ) {
    return true;
  }
  return (
    row.agencyId === actor.agencyId &&
    state.tasks.some(
      (t) =>
        t.status === 'ready' &&
        !t.assigneeUserId &&
        actor.roles.includes(t.role) &&
        (!t.unitId || actor.unitIds.includes(t.unitId)),
    )
  );
}
