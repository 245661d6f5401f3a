import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cases, eventLog, tasks } from '../schema';

/** Which cases the analytics look at: one agency, optionally some units, started in [startedFrom, startedBefore). */
export interface AnalyticsFilter {
  agencyId: string;
  /** The cases' own units; null means the whole agency. */
  unitIds: string[] | null;
  startedFrom?: Date | undefined;
  startedBefore?: Date | undefined;
}

function caseWhere(f: AnalyticsFilter): SQL {
  return and(
    eq(cases.agencyId, f.agencyId),
    f.unitIds
      ? inArray(cases.unitId, f.unitIds.length ? f.unitIds : ['00000000-0000-0000-0000-000000000000'])
      : undefined,
    f.startedFrom ? gte(cases.startedAt, f.startedFrom) : undefined,
    f.startedBefore ? lt(cases.startedAt, f.startedBefore) : undefined,
  ) as SQL;
}

/** The selected cases with the parts of their state the analytics need (pauses, send-backs), not the whole state. */
export async function listAnalyticsCases(db: Db, f: AnalyticsFilter) {
  return db
    .select({
      id: cases.id,
      definitionKey: cases.definitionKey,
      definitionVersion: cases.definitionVersion,
      status: cases.status,
      pauses: sql<unknown>`${cases.state} -> 'pauses'`,
      sendBacks: sql<unknown>`${cases.state} -> 'sendBacks'`,
    })
    .from(cases)
    .where(caseWhere(f))
    .orderBy(asc(cases.startedAt));
}

/**
 * The finished tasks of the selected cases. The claim time is the earlier of the task row's
 * and the first `task.claimed` event in the log, so waiting time ends when someone took the
 * task, whichever way it was recorded.
 */
export async function listAnalyticsTasks(db: Db, f: AnalyticsFilter) {
  const claimedInLog = sql`(
    select min(${eventLog.occurredAt}) from ${eventLog}
    where ${eventLog.entityType} = 'task'
      and ${eventLog.entityId} = ${tasks.caseId}::text || '/' || ${tasks.taskId}
      and ${eventLog.action} = 'task.claimed'
  )`;
  return db
    .select({
      caseId: tasks.caseId,
      taskId: tasks.taskId,
      stepId: tasks.stepId,
      readyAt: tasks.readyAt,
      claimedAt: sql<Date | null>`least(${tasks.claimedAt}, ${claimedInLog})`.mapWith(tasks.claimedAt),
      completedAt: tasks.completedAt,
      dueAt: tasks.dueAt,
    })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .where(and(caseWhere(f), eq(tasks.agencyId, f.agencyId), eq(tasks.status, 'done')));
}
