import type { Role, TCaseDetail, TCaseTask } from '@sigap/contracts';
import {
  type CaseState,
  can,
  canDirect,
  canWork,
  closePauses,
  genericActionAllowed,
  inManagingTeam,
  managedSop,
  standardTimeToMinutes,
  workingMinutesBetween,
} from '@sigap/core';
import { findCase, listComments } from '../../db/repositories/cases';
import { listCaseEvents } from '../../db/repositories/event-log';
import { listUnits } from '../../db/repositories/org';
import { userNames } from '../../db/repositories/users';
import { notFound } from '../../lib/errors';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { getDefinition } from '../sops/definitions';
import { caseRecord, HIDDEN_SUBJECT, hiddenCaseContent } from './case-modules';
import { agencyStaffToday, isOrphaned } from './check-direction';
import { caseVisibleTo, engineActorOf } from './support';

function standardText(
  time: { amount: number; unit: string; basis: string; raw?: string | undefined } | null,
): string | null {
  if (!time) return null;
  return time.raw ?? `${time.amount} ${time.unit}`;
}

/** Everything the case page shows: header, every step with its actual working time against the standard, history. */
export async function getCase({ db, now, actor }: AuthedCtx, caseId: string): Promise<TCaseDetail> {
  const row = await findCase(db, caseId);
  if (!row || row.agencyId !== actor.agencyId || !caseVisibleTo(actor, row)) throw notFound();
  const state = row.state as CaseState;
  const def = await getDefinition(db, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw notFound();
  const calendar = await loadWorkingCalendar(db, actor.agency);
  const pauses = closePauses(
    state.pauses.map((p) => ({ start: new Date(p.start), end: p.end ? new Date(p.end) : null })),
    now,
  );
  const units = await listUnits(db, row.agencyId);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const names = await userNames(
    db,
    state.tasks
      .flatMap((t) => [
        t.assigneeUserId,
        t.completedByUserId,
        ...t.dispositions.flatMap((d) => [d.byUserId, d.toUserId]),
      ])
      .concat(state.sendBacks.map((s) => s.byUserId))
      .filter((x): x is string => !!x),
  );
  const record = await caseRecord(db, actor, row);
  const engineActor = engineActorOf(actor);
  // a confidential record's content stays with its module's team: everyone else sees that it exists
  const hidden = (await hiddenCaseContent(db, actor, [row])).has(row.id);
  const managed = !!managedSop(row.definitionKey);
  const teamMayDirect = genericActionAllowed(row.definitionKey, 'dispose', actor.roles).ok;
  const isAdmin = can(actor, 'task.recover', { agencyId: row.agencyId });
  // the agency's staff are needed only to direct an open task (candidates, or a stuck one to recover)
  const open = state.status === 'open' ? state.tasks.filter((t) => t.status === 'ready') : [];
  const mayDirectSome = open.some((t) => (teamMayDirect && canDirect(t, engineActor)) || isAdmin);
  const staff = mayDirectSome
    ? await agencyStaffToday(db, row.agencyId, actor.agency.timeZone, now)
    : { unitIds: new Set<string>(), holders: [] };
  const recoverable = (t: (typeof state.tasks)[number]) => isAdmin && isOrphaned(t, row.definitionKey, staff);
  const tasks: TCaseTask[] = state.tasks.map((t) => {
    const step = def.steps.find((s) => s.id === t.stepId)!;
    const end = t.completedAt ? new Date(t.completedAt) : now;
    const actual = workingMinutesBetween(calendar, new Date(t.readyAt), end, pauses);
    const standardMinutes = step.time && !step.time.leadTime ? standardTimeToMinutes(step.time) : null;
    return {
      id: t.id,
      stepId: t.stepId,
      stepNo: step.no,
      activity: step.activity,
      status: t.status,
      role: t.role,
      unitId: t.unitId,
      assigneeUserId: t.assigneeUserId,
      assigneeName: t.assigneeUserId ? (names.get(t.assigneeUserId) ?? null) : null,
      completedByName: t.completedByUserId ? (names.get(t.completedByUserId) ?? null) : null,
      readyAt: t.readyAt,
      dueAt: t.dueAt,
      completedAt: t.completedAt,
      actualWorkingMinutes: Math.round(actual * 10) / 10,
      standardMinutes,
      standardText: standardText(step.time) ?? step.timeRaw ?? null,
      withinStandard: t.dueAt ? end.getTime() <= new Date(t.dueAt).getTime() : null,
      iteration: t.iteration,
      decision: t.decision,
      outputs: t.outputs,
      inputsChecked: t.inputsChecked,
      form: hidden ? null : t.form,
      draft: hidden ? null : t.draft,
      dispositions: t.dispositions.map((d) => ({
        byName: names.get(d.byUserId) ?? null,
        at: d.at,
        toName: d.toUserId ? (names.get(d.toUserId) ?? null) : null,
        toUnitName: d.toUnitId ? (unitName.get(d.toUnitId) ?? null) : null,
        instruction: hidden ? '' : d.instruction,
      })),
      cancelReason: hidden ? null : t.cancelReason,
      // a managed SOP's steps are worked on the module's page, except those it leaves to the case page
      canWork:
        (!managed || genericActionAllowed(row.definitionKey, 'complete', actor.roles, t.stepId).ok) &&
        t.status === 'ready' &&
        state.status === 'open' &&
        canWork(t, engineActor),
      canDirect:
        t.status === 'ready' &&
        state.status === 'open' &&
        ((teamMayDirect && canDirect(t, engineActor)) || recoverable(t)),
    };
  });
  const openPause = state.pauses.find((p) => p.end === null) ?? null;
  const canDirectAny = tasks.some((t) => t.canDirect);
  // whom the tasks may go to: active staff within the leader's scope (the whole agency for an
  // administrator recovering a stuck task), on a module's SOP only its team
  const scope = new Set(state.tasks.some(recoverable) ? staff.unitIds : actor.scopeUnitIds);
  const seen = new Set<string>();
  const candidates = canDirectAny
    ? staff.holders
        .filter(
          (h) =>
            h.userId !== actor.userId &&
            scope.has(h.unitId) &&
            inManagingTeam(row.definitionKey, h.roles as Role[]) &&
            !seen.has(`${h.userId}/${h.unitId}`) &&
            seen.add(`${h.userId}/${h.unitId}`),
        )
        .map((h) => ({ userId: h.userId, name: h.name, unitName: h.unitName, roles: h.roles as string[] }))
    : [];
  const events = await listCaseEvents(db, row.id);
  const comments = hidden ? [] : await listComments(db, row.id);
  return {
    id: row.id,
    number: row.number,
    subject: hidden ? HIDDEN_SUBJECT[actor.user.language] : row.subject,
    contentHidden: hidden,
    status: state.status,
    unitId: row.unitId,
    unitName: unitName.get(row.unitId) ?? '',
    definitionKey: row.definitionKey,
    definitionVersion: row.definitionVersion,
    sopCode: def.code,
    sopTitle: def.title,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    dueAt: state.dueAt,
    workingMinutesLeft:
      state.dueAt && state.status === 'open'
        ? new Date(state.dueAt) > now
          ? Math.round(workingMinutesBetween(calendar, now, new Date(state.dueAt), pauses))
          : -Math.round(workingMinutesBetween(calendar, new Date(state.dueAt), now, pauses))
        : null,
    paused: !!openPause,
    pauseReason: hidden ? null : (openPause?.reason ?? null),
    cancelReason: hidden ? null : state.cancelReason,
    timeZone: actor.agency.timeZone,
    tasks,
    sendBacks: state.sendBacks.map((s) => ({
      fromStepId: s.fromStepId,
      toStepId: s.toStepId,
      kind: s.kind,
      byName: names.get(s.byUserId) ?? null,
      at: s.at,
      reason: hidden ? null : s.reason,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      userName: c.userName,
    })),
    history: events.map((e) => ({
      seq: e.seq,
      at: e.occurredAt.toISOString(),
      actorName: e.actorName,
      action: e.action,
      taskId: e.entityId.includes('/') ? (e.entityId.split('/')[1] ?? null) : null,
      stepId: ((e.after as { stepId?: string } | null)?.stepId ?? null) as string | null,
    })),
    candidates,
    canPause: managed ? false : state.status === 'open' && tasks.some((t) => t.canWork || t.canDirect),
    canCancel: managed ? false : state.status === 'open' && canDirectAny,
    record,
  };
}
