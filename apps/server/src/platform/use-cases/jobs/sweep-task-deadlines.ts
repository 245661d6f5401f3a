import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { applyAction, type CaseState, escalationUnits, formatDateTime } from '@sigap/core';
import type { Db } from '../../db/client';
import { findCaseForUpdate, lockDueTasks, markTaskReminded, type TaskRow } from '../../db/repositories/cases';
import { findAgency, holdersInUnits, listUnits } from '../../db/repositories/org';
import { localDate } from '../../lib/local-date';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import { persistResult, roleUnitsFor } from '../cases/support';
import { notifyStaff as notify } from '../notifications/notify-staff';
import { getDefinition } from '../sops/definitions';

async function recipientsOf(tx: Db, task: TaskRow, today: string): Promise<string[]> {
  if (task.assigneeUserId) return [task.assigneeUserId];
  if (!task.unitId) return [];
  const holders = await holdersInUnits(tx, task.agencyId, [task.unitId], today);
  return holders.filter((h) => h.roles.includes(task.role)).map((h) => h.userId);
}

/** The head of the task's unit, or of the first unit above whose head is not the one who is late. */
async function leaderFor(tx: Db, task: TaskRow, today: string, late: string[]): Promise<string | null> {
  if (!task.unitId) return null;
  const units = await listUnits(tx, task.agencyId);
  for (const unitId of escalationUnits(units, task.unitId)) {
    const heads = (await holdersInUnits(tx, task.agencyId, [unitId], today)).filter(
      (h) => h.isHead && !late.includes(h.userId),
    );
    if (heads[0]) return heads[0].userId;
  }
  return null;
}

/**
 * Reminders at 75% and 100% of each task's standard time and escalation of overdue tasks to
 * the leader above. The rows are locked with SKIP LOCKED and every notice has a dedupe key, so
 * two workers sweeping at once, or a retry after a crash, fire each reminder and escalation once.
 */
export async function sweepTaskDeadlines({
  db,
  now,
}: {
  db: Db;
  now: Date;
}): Promise<{ reminders: number; escalations: number }> {
  let reminders = 0;
  let escalations = 0;
  await db.transaction(async (tx) => {
    const due = await lockDueTasks(tx, now, 200);
    for (const task of due) {
      const agency = await findAgency(tx, task.agencyId);
      if (!agency) continue;
      const today = localDate(now, agency.timeZone);
      const recipients = await recipientsOf(tx, task, today);
      const link = pagePath(OFFICE_PAGES.case, { id: task.caseId });
      const dueText = task.dueAt ? formatDateTime(task.dueAt, agency.timeZone, 'id') : '';
      if (task.remindAt && task.remindAt <= now && !task.reminded75At) {
        for (const userId of recipients) {
          if (
            await notify(tx, {
              agencyId: task.agencyId,
              userId,
              kind: 'task.reminder_75',
              title: 'Tenggat tugas mendekat (75%)',
              body: `Tugas ${task.taskId} (langkah ${task.stepId}) jatuh tempo ${dueText}.`,
              link,
              dedupeKey: `task:${task.caseId}:${task.taskId}:75`,
              createdAt: now,
            })
          )
            reminders++;
        }
        await markTaskReminded(tx, task.caseId, task.taskId, '75', now);
      }
      if (task.dueAt && task.dueAt <= now && !task.reminded100At) {
        for (const userId of recipients) {
          if (
            await notify(tx, {
              agencyId: task.agencyId,
              userId,
              kind: 'task.due',
              title: 'Tugas melewati tenggat',
              body: `Tugas ${task.taskId} (langkah ${task.stepId}) jatuh tempo ${dueText}.`,
              link,
              dedupeKey: `task:${task.caseId}:${task.taskId}:100`,
              createdAt: now,
            })
          )
            reminders++;
        }
        await markTaskReminded(tx, task.caseId, task.taskId, '100', now);
      }
      if (task.dueAt && task.dueAt <= now && !task.escalatedAt) {
        const leader = await leaderFor(tx, task, today, recipients);
        if (leader) {
          const row = await findCaseForUpdate(tx, task.caseId);
          const def = row
            ? await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion)
            : null;
          if (row && def && row.status === 'open') {
            const calendar = await loadWorkingCalendar(tx, agency);
            const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
            const result = applyAction(
              def,
              row.state as CaseState,
              { type: 'escalate', taskId: task.taskId, toUserId: leader },
              { userId: 'system', roles: [], unitIds: [], system: true },
              { now, calendar, roleUnits },
            );
            await persistResult(tx, { caseRow: row, result, calendar, actorUserId: null, now });
            await notify(tx, {
              agencyId: task.agencyId,
              userId: leader,
              kind: 'task.escalated',
              title: 'Eskalasi: tugas bawahan melewati tenggat',
              body: `Kasus ${row.number}: tugas ${task.taskId} jatuh tempo ${dueText}.`,
              link,
              dedupeKey: `task:${task.caseId}:${task.taskId}:escalated`,
              createdAt: now,
            });
            escalations++;
          }
        }
        await markTaskReminded(tx, task.caseId, task.taskId, 'escalated', now);
      }
    }
  });
  return { reminders, escalations };
}
