import {
  type CaseState,
  type EngineActor,
  type EngineResult,
  openTasks,
  type WorkingCalendar,
} from '@sigap/core';
import { findCase, findCaseForUpdate } from '../db/repositories/cases';
import type { AgencyRow } from '../db/repositories/org';
import { holdersInUnits } from '../db/repositories/org';
import { AppError, invalidField } from '../lib/errors';
import { localDate } from '../lib/local-date';
import { applyOrThrow, persistResult, roleUnitsFor } from '../use-cases/cases/support';
import type { Db } from '../use-cases/context';
import { notifyStaff } from '../use-cases/notifications/notify-staff';
import { getDefinition } from '../use-cases/sops/definitions';

/** One named step of a record's case to complete, with its form or decision. */
export interface StepCompletion {
  stepId: string;
  form?: Record<string, unknown>;
  decision?: 'yes' | 'no';
}

/** The notice whoever holds a newly opened step gets, as the module words it. */
export interface NextStepNotice {
  kind: string;
  title(step: { no: number | string; id: string }): string;
  body(step: { activity: string }): string;
  link: string;
  /** Unique per record and task with the task id appended, so a rerun never notifies twice. */
  dedupePrefix: string;
}

/** The steps of a case still open (an SOP that runs one step at a time has one). */
export function openStepIds(state: CaseState | null): string[] {
  return state ? openTasks(state).map((t) => t.stepId) : [];
}

/** The open steps of the record's case, read in the caller's transaction. */
export async function currentStepIds(tx: Db, caseId: string | null): Promise<string[]> {
  if (!caseId) return [];
  const row = await findCase(tx, caseId);
  return openStepIds((row?.state as CaseState | undefined) ?? null);
}

/**
 * Completes the named steps of a module record's case in order, as one engine run written once
 * (state, tasks, events) in the caller's transaction, the one that also writes the record, its
 * public step, its emails and its event. A step that is not open answers 400 `type/wrong_step`.
 * Whoever holds a step that opened (its assignee, or the holders of its role in its unit) is
 * told in-app and by email, except the actor.
 */
export async function advanceRecordCase(
  tx: Db,
  opts: {
    caseId: string | null;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: EngineActor;
    actorUserId: string | null;
    now: Date;
    steps: StepCompletion[];
    notice: NextStepNotice;
  },
): Promise<CaseState> {
  if (!opts.caseId) throw new AppError('CONFLICT', { detail: 'the record has no case' });
  const row = await findCaseForUpdate(tx, opts.caseId);
  if (!row) throw new AppError('CONFLICT', { detail: 'the record has no case' });
  const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw new AppError('INTERNAL');
  const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
  const ctx = { now: opts.now, calendar: opts.calendar, roleUnits };
  let state = row.state as CaseState;
  const events: EngineResult['events'] = [];
  for (const step of opts.steps) {
    const task = openTasks(state).find((t) => t.stepId === step.stepId);
    if (!task) throw invalidField('type', 'wrong_step');
    const result = applyOrThrow(
      def,
      state,
      {
        type: 'complete',
        taskId: task.id,
        form: step.form ?? {},
        ...(step.decision ? { decision: step.decision } : {}),
      },
      opts.actor,
      ctx,
    );
    state = result.state;
    events.push(...result.events);
  }
  await persistResult(tx, {
    caseRow: row,
    result: { state, events },
    calendar: opts.calendar,
    actorUserId: opts.actorUserId,
    now: opts.now,
  });
  // new work: whoever holds the next step's lane (or its assignee) is told, in-app and by email
  const before = new Set((row.state as CaseState).tasks.map((t) => t.id));
  const today = localDate(opts.now, opts.agency.timeZone);
  for (const task of openTasks(state).filter((t) => !before.has(t.id))) {
    const step = def.steps.find((x) => x.id === task.stepId);
    const holders = task.assigneeUserId
      ? [task.assigneeUserId]
      : task.unitId
        ? (await holdersInUnits(tx, row.agencyId, [task.unitId], today))
            .filter((h) => (h.roles as string[]).includes(task.role))
            .map((h) => h.userId)
        : [];
    for (const userId of new Set(holders)) {
      if (userId === opts.actorUserId) continue;
      await notifyStaff(tx, {
        agencyId: row.agencyId,
        userId,
        kind: opts.notice.kind,
        title: opts.notice.title({ no: step?.no ?? task.stepId, id: task.stepId }),
        body: opts.notice.body({ activity: step?.activity.id ?? '' }),
        link: opts.notice.link,
        dedupeKey: `${opts.notice.dedupePrefix}:${task.id}`,
        createdAt: opts.now,
      });
    }
  }
  return state;
}
