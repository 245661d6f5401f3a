import { LEADER_ROLES, type TInboxQuery, type TInboxResponse } from '@sigap/contracts';
import { fromLocal, workingMinutesBetween } from '@sigap/core';
import { countInbox, type InboxQuery, listInbox as listInboxRows } from '../../db/repositories/cases';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { getDefinition } from '../sops/definitions';
import { caseFlags, HIDDEN_SUBJECT, hiddenCaseContent } from './case-modules';

/**
 * The work list: tasks assigned to me or offered to my role in my unit ("mine"), everything
 * in the units I see ("unit"), approvals waiting for a leader of mine ("approval"), and what
 * is past its due time ("overdue"); with the count of each tab for the navigation.
 */
export async function listInbox({ db, now, actor }: AuthedCtx, query: TInboxQuery): Promise<TInboxResponse> {
  const lanes = actor.positions.flatMap((p) => p.roles.map((role) => ({ role, unitId: p.unitId })));
  const tz = actor.agency.timeZone;
  const base: InboxQuery = {
    agencyId: actor.agencyId,
    tab: query.tab,
    userId: actor.userId,
    lanes,
    scopeUnitIds: [...actor.scopeUnitIds],
    approvalRoles: LEADER_ROLES.filter((r) => actor.roles.includes(r)),
    now,
    definitionKey: query.sop,
    status: query.status,
    from: query.from ? fromLocal(query.from, '00:00', tz) : undefined,
    to: query.to ? new Date(fromLocal(query.to, '00:00', tz).getTime() + 86_400_000 - 1) : undefined,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const [rows, total, mine, unit, approval, overdue] = await Promise.all([
    listInboxRows(db, base),
    countInbox(db, base),
    countInbox(db, {
      ...base,
      tab: 'mine',
      status: 'ready',
      definitionKey: undefined,
      from: undefined,
      to: undefined,
    }),
    countInbox(db, {
      ...base,
      tab: 'unit',
      status: 'ready',
      definitionKey: undefined,
      from: undefined,
      to: undefined,
    }),
    countInbox(db, {
      ...base,
      tab: 'approval',
      status: 'ready',
      definitionKey: undefined,
      from: undefined,
      to: undefined,
    }),
    countInbox(db, {
      ...base,
      tab: 'overdue',
      status: 'ready',
      definitionKey: undefined,
      from: undefined,
      to: undefined,
    }),
  ]);
  const calendar = rows.length ? await loadWorkingCalendar(db, actor.agency) : null;
  const hidden = await hiddenCaseContent(
    db,
    actor,
    rows.map((r) => ({ id: r.caseId, definitionKey: r.definitionKey })),
  );
  const flags = await caseFlags(
    db,
    actor,
    rows.map((r) => ({ id: r.caseId, definitionKey: r.definitionKey })),
    hidden,
  );
  const items = [];
  for (const r of rows) {
    const def = await getDefinition(db, actor.agencyId, r.definitionKey, r.definitionVersion);
    const step = def?.steps.find((s) => s.id === r.stepId);
    const due = r.dueAt;
    const left =
      due && calendar && query.status === 'ready'
        ? due > now
          ? workingMinutesBetween(calendar, now, due)
          : -workingMinutesBetween(calendar, due, now)
        : null;
    items.push({
      caseId: r.caseId,
      taskId: r.taskId,
      caseNumber: r.caseNumber,
      subject: hidden.has(r.caseId) ? HIDDEN_SUBJECT[actor.user.language] : r.subject,
      contentHidden: hidden.has(r.caseId),
      definitionKey: r.definitionKey,
      sopTitle: def?.title ?? { id: r.definitionKey, en: r.definitionKey },
      stepId: r.stepId,
      stepNo: step?.no ?? 0,
      activity: step?.activity ?? { id: r.stepId, en: r.stepId },
      role: r.role,
      assigneeName: r.assigneeName,
      readyAt: r.readyAt.toISOString(),
      dueAt: due ? due.toISOString() : null,
      overdue: !!due && due < now && query.status === 'ready',
      workingMinutesLeft: left === null ? null : Math.round(left),
      iteration: r.iteration,
      paused: r.paused,
      flags: flags.get(r.caseId) ?? [],
    });
  }
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts: { mine, unit, approval, overdue },
  };
}
