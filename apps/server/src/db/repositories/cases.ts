import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../client';
import { caseComments, cases, counters, tasks, users } from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;

/** Next value of a gap-free per-agency, per-year counter; the row lock serialises concurrent takers. */
export async function nextCounter(db: Db, agencyId: string, name: string, year: number): Promise<number> {
  const [row] = await db
    .insert(counters)
    .values({ agencyId, name, year, value: 1 })
    .onConflictDoUpdate({
      target: [counters.agencyId, counters.name, counters.year],
      set: { value: sql`${counters.value} + 1` },
    })
    .returning({ value: counters.value });
  return row!.value;
}

export async function insertCase(db: Db, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  return row!;
}

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function findCaseForUpdate(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  return row;
}

/** Writes the new state if nobody else wrote since `revision`; returns false on a lost race. */
export async function updateCase(
  db: Db,
  id: string,
  revision: number,
  values: Partial<typeof cases.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(cases)
    .set({ ...values, revision: revision + 1 })
    .where(and(eq(cases.id, id), eq(cases.revision, revision)))
    .returning({ id: cases.id });
  return rows.length > 0;
}

export async function upsertTasks(db: Db, rows: Array<typeof tasks.$inferInsert>): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(tasks)
    .values(rows)
    .onConflictDoUpdate({
      target: [tasks.caseId, tasks.taskId],
      set: {
        status: sql`excluded.status`,
        unitId: sql`excluded.unit_id`,
        assigneeUserId: sql`excluded.assignee_user_id`,
        claimedAt: sql`excluded.claimed_at`,
        dueAt: sql`excluded.due_at`,
        remindAt: sql`excluded.remind_at`,
        completedAt: sql`excluded.completed_at`,
        completedByUserId: sql`excluded.completed_by_user_id`,
        escalatedToUserId: sql`excluded.escalated_to_user_id`,
        escalatedAt: sql`coalesce(${tasks.escalatedAt}, excluded.escalated_at)`,
      },
    });
}

export async function listTasksOfCase(db: Db, caseId: string): Promise<TaskRow[]> {
  return db.select().from(tasks).where(eq(tasks.caseId, caseId)).orderBy(asc(tasks.readyAt));
}

export interface InboxQuery {
  agencyId: string;
  tab: 'mine' | 'unit' | 'approval' | 'overdue';
  userId: string;
  /** Role/unit pairs the user may take unassigned tasks for. */
  lanes: Array<{ role: string; unitId: string }>;
  /** Units the user sees the work of (own and those below a unit they head). */
  scopeUnitIds: string[];
  /** Roles whose tasks are approvals (leaders). */
  approvalRoles: string[];
  now: Date;
  definitionKey?: string | undefined;
  status?: 'ready' | 'done' | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  sort: 'due' | 'ready';
  limit: number;
  offset: number;
}

function laneFilter(lanes: InboxQuery['lanes']): SQL | undefined {
  if (lanes.length === 0) return undefined;
  return or(
    ...lanes.map((l) =>
      and(eq(tasks.role, l.role), eq(tasks.unitId, l.unitId), isNull(tasks.assigneeUserId)),
    ),
  );
}

function tabFilter(q: InboxQuery): SQL {
  const none = sql`false`;
  switch (q.tab) {
    case 'mine':
      return or(eq(tasks.assigneeUserId, q.userId), laneFilter(q.lanes)) ?? none;
    case 'unit':
      return q.scopeUnitIds.length ? inArray(tasks.unitId, q.scopeUnitIds) : none;
    case 'approval': {
      const lanes = q.lanes.filter((l) => q.approvalRoles.includes(l.role));
      const mine = and(
        eq(tasks.assigneeUserId, q.userId),
        inArray(tasks.role, q.approvalRoles.length ? q.approvalRoles : ['-']),
      );
      return or(mine, laneFilter(lanes)) ?? none;
    }
    case 'overdue':
      return and(
        q.scopeUnitIds.length
          ? or(inArray(tasks.unitId, q.scopeUnitIds), eq(tasks.assigneeUserId, q.userId))
          : eq(tasks.assigneeUserId, q.userId),
        isNotNull(tasks.dueAt),
        lt(tasks.dueAt, q.now),
        eq(tasks.status, 'ready'),
      ) as SQL;
  }
}

function inboxWhere(q: InboxQuery): SQL {
  return and(
    eq(tasks.agencyId, q.agencyId),
    eq(tasks.status, q.status ?? 'ready'),
    tabFilter(q),
    q.definitionKey ? eq(cases.definitionKey, q.definitionKey) : undefined,
    q.from ? gte(tasks.readyAt, q.from) : undefined,
    q.to ? lte(tasks.readyAt, q.to) : undefined,
  ) as SQL;
}

/** One page of an inbox tab, joined with its case; sorted by due time (no due time last). */
export async function listInbox(db: Db, q: InboxQuery) {
  const order =
    q.sort === 'due'
      ? [sql`${tasks.dueAt} asc nulls last`, asc(tasks.readyAt)]
      : [desc(tasks.readyAt), asc(tasks.taskId)];
  return db
    .select({
      caseId: tasks.caseId,
      taskId: tasks.taskId,
      stepId: tasks.stepId,
      role: tasks.role,
      unitId: tasks.unitId,
      assigneeUserId: tasks.assigneeUserId,
      assigneeName: users.name,
      readyAt: tasks.readyAt,
      dueAt: tasks.dueAt,
      iteration: tasks.iteration,
      caseNumber: cases.number,
      subject: cases.subject,
      definitionKey: cases.definitionKey,
      definitionVersion: cases.definitionVersion,
      caseDueAt: cases.dueAt,
      paused: cases.paused,
    })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .leftJoin(users, eq(users.id, tasks.assigneeUserId))
    .where(inboxWhere(q))
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset);
}

export async function countInbox(db: Db, q: InboxQuery): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .where(inboxWhere(q));
  return Number(row?.n ?? 0);
}

export async function insertComment(db: Db, values: typeof caseComments.$inferInsert) {
  const [row] = await db.insert(caseComments).values(values).returning();
  return row!;
}

export async function listComments(db: Db, caseId: string) {
  return db
    .select({
      id: caseComments.id,
      body: caseComments.body,
      createdAt: caseComments.createdAt,
      userId: caseComments.userId,
      userName: users.name,
    })
    .from(caseComments)
    .innerJoin(users, eq(users.id, caseComments.userId))
    .where(eq(caseComments.caseId, caseId))
    .orderBy(asc(caseComments.createdAt));
}

/** Open tasks the sweep must look at: first reminder, deadline reached, or not yet escalated. Locked, skipping rows another worker holds. */
export async function lockDueTasks(db: Db, now: Date, limit: number): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.status, 'ready'),
        or(
          and(isNotNull(tasks.remindAt), lte(tasks.remindAt, now), isNull(tasks.reminded75At)),
          and(
            isNotNull(tasks.dueAt),
            lte(tasks.dueAt, now),
            or(isNull(tasks.reminded100At), isNull(tasks.escalatedAt)),
          ),
        ),
      ),
    )
    .orderBy(asc(tasks.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markTaskReminded(
  db: Db,
  caseId: string,
  taskId: string,
  which: '75' | '100' | 'escalated',
  at: Date,
): Promise<void> {
  await db
    .update(tasks)
    .set(
      which === '75' ? { reminded75At: at } : which === '100' ? { reminded100At: at } : { escalatedAt: at },
    )
    .where(and(eq(tasks.caseId, caseId), eq(tasks.taskId, taskId)));
}
