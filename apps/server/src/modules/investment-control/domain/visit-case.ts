import type { Role } from '@sigap/contracts';
import {
  type CaseState,
  closeOfWorkingDayBefore,
  type EngineEvent,
  fromLocal,
  type WorkingCalendar,
} from '@sigap/core';
import { findCaseForUpdate } from '../../../platform/db/repositories/cases';
import { AppError } from '../../../platform/lib/errors';
import { startCase } from '../../../platform/use-cases/cases/start-case';
import { persistResult } from '../../../platform/use-cases/cases/support';
import type { AuthedCtx, Db } from '../../../platform/use-cases/context';
import { ROUTINE_SUPERVISION_SOP } from './supervision';

/** The roles of SOP 067/009's lanes (Fungsional/Pelaksana, Kabid, Kepala Dinas). */
const SOP_LANE_ROLES: readonly Role[] = ['fungsional', 'kabid', 'kepala_dinas'];

/** SOP 067/009 step 3: the assignment letter (Surat Tugas) and the notice to the company. */
export const LETTER_STEP = 's3';

/**
 * When the visit's letter task is due: the close of office hours on the working day before the
 * visit (SOP 067/009 step 3, "surat tugas terbit 1 (satu) hari sebelum tanggal pelaksanaan
 * inspeksi"), on the agency's working calendar.
 */
export function letterDueAt(calendar: WorkingCalendar, plannedOn: string): Date {
  return closeOfWorkingDayBefore(calendar, fromLocal(plannedOn, '12:00', calendar.timeZone), 1);
}

/**
 * Starts the SOP 067/009 case of a routine visit (the platform's `startCase`: the SOP is not
 * module-managed) and fixes its letter step's due time to the visit's letter day, so the task
 * waits in the inbox of the officers for that day whenever the earlier steps finish.
 */
export async function startVisitCase(
  ctx: AuthedCtx,
  visit: { seq: number; plannedOn: string; companyName: string; nib: string },
  calendar: WorkingCalendar,
): Promise<{ id: string; number: string }> {
  // the division's officers (pengolah, pemeriksa, analis…) work the SOP's Fungsional/Pelaksana
  // lane: one without an SOP role starts the case in that lane, in the unit of their position
  const { actor } = ctx;
  const inLane = SOP_LANE_ROLES.some((r) => actor.roles.includes(r));
  const laneActor = inLane ? actor : { ...actor, roles: [...actor.roles, 'fungsional' as const] };
  const started = await startCase(
    { ...ctx, actor: laneActor },
    {
      definitionKey: ROUTINE_SUPERVISION_SOP,
      subject: `Pengawasan rutin ${visit.companyName} (NIB ${visit.nib}), kunjungan ${visit.seq}, ${visit.plannedOn}`,
      ...(inLane ? {} : { unitId: actor.positions[0]?.unitId }),
    },
  );
  await fixLetterDue(ctx.db, {
    caseId: started.id,
    plannedOn: visit.plannedOn,
    calendar,
    actorUserId: ctx.actor.userId,
    now: ctx.now,
  });
  return started;
}

/**
 * Sets (or moves, with the visit) the fixed due time of the case's letter step: the engine
 * gives it to the step's task when it opens, and an open letter task takes the new time now.
 */
export async function fixLetterDue(
  tx: Db,
  opts: {
    caseId: string;
    plannedOn: string;
    calendar: WorkingCalendar;
    actorUserId: string | null;
    now: Date;
  },
): Promise<void> {
  const row = await findCaseForUpdate(tx, opts.caseId);
  if (!row) throw new AppError('CONFLICT', { detail: 'the visit has no case' });
  const state = structuredClone(row.state as CaseState);
  const due = letterDueAt(opts.calendar, opts.plannedOn).toISOString();
  state.fixedDues = {
    case: state.fixedDues?.case ?? null,
    steps: { ...(state.fixedDues?.steps ?? {}), [LETTER_STEP]: due },
  };
  const events: EngineEvent[] = [];
  for (const t of state.tasks) {
    if (t.stepId !== LETTER_STEP || t.status !== 'ready' || t.dueAt === due) continue;
    t.dueAt = due;
    events.push({ type: 'task.due_changed', taskId: t.id, stepId: t.stepId, data: { dueAt: due } });
  }
  await persistResult(tx, {
    caseRow: row,
    result: { state, events },
    calendar: opts.calendar,
    actorUserId: opts.actorUserId,
    now: opts.now,
  });
}
