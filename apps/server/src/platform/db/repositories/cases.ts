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
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { agencies, caseComments, cases, counters, tasks, users } from '../schema';

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

/** One unassigned-lane condition per distinct role/unit pair. */
function laneParts(lanes: InboxQuery['lanes']): SQL[] {
  const seen = new Set<string>();
  const parts: SQL[] = [];
  for (const l of lanes) {
    const key = `${l.role}|${l.unitId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(and(eq(tasks.role, l.role), eq(tasks.unitId, l.unitId), isNull(tasks.assigneeUserId)) as SQL);
  }
  return parts;
}

/**
 * The tab's filter as conditions that never match the same task (assigned to me versus an
 * unassigned lane; a unit in scope versus none). Each is one range of a `tasks_ready_*` index
 * in due-time order, so a tab's count is a sum of index-only counts and its page a merge of
 * short index scans, instead of an OR that reads every matching row (bench/inbox.ts).
 */
function tabParts(q: InboxQuery): SQL[] {
  switch (q.tab) {
    case 'mine':
      return [eq(tasks.assigneeUserId, q.userId), ...laneParts(q.lanes)];
    case 'unit':
      return q.scopeUnitIds.length ? [inArray(tasks.unitId, q.scopeUnitIds)] : [];
    case 'approval':
      return [
        ...(q.approvalRoles.length
          ? [and(eq(tasks.assigneeUserId, q.userId), inArray(tasks.role, q.approvalRoles)) as SQL]
          : []),
        ...laneParts(q.lanes.filter((l) => q.approvalRoles.includes(l.role))),
      ];
    case 'overdue': {
      const late = and(eq(tasks.status, 'ready'), isNotNull(tasks.dueAt), lt(tasks.dueAt, q.now)) as SQL;
      if (!q.scopeUnitIds.length) return [and(eq(tasks.assigneeUserId, q.userId), late) as SQL];
      return [
        and(inArray(tasks.unitId, q.scopeUnitIds), late) as SQL,
        and(
          eq(tasks.assigneeUserId, q.userId),
          or(isNull(tasks.unitId), notInArray(tasks.unitId, q.scopeUnitIds)),
          late,
        ) as SQL,
      ];
    }
  }
}

/** The filters every part shares, on the tasks table alone (the SOP filter is a semi-join on cases). */
function baseWhere(db: Db, q: InboxQuery): SQL {
  return and(
    eq(tasks.agencyId, q.agencyId),
    eq(tasks.status, q.status ?? 'ready'),
    q.definitionKey
      ? inArray(
          tasks.caseId,
          db
            .select({ id: cases.id })
            .from(cases)
            .where(and(eq(cases.agencyId, q.agencyId), eq(cases.definitionKey, q.definitionKey))),
        )
      : undefined,
    q.from ? gte(tasks.readyAt, q.from) : undefined,
    q.to ? lte(tasks.readyAt, q.to) : undefined,
  ) as SQL;
}

/**
 * One page of an inbox tab, joined with its case; sorted by due time (no due time last), ties
 * by ready time and task. Each part of the tab gives its first `offset + limit` tasks in index
 * order; only the page's tasks are then joined with their cases and assignees.
 */
export async function listInbox(db: Db, q: InboxQuery) {
  const parts = tabParts(q);
  if (parts.length === 0) return [];
  const base = baseWhere(db, q);
  const branches = parts.map((part) =>
    db
      .select({
        caseId: tasks.caseId,
        taskId: tasks.taskId,
        stepId: tasks.stepId,
        role: tasks.role,
        unitId: tasks.unitId,
        assigneeUserId: tasks.assigneeUserId,
        readyAt: tasks.readyAt,
        dueAt: tasks.dueAt,
        iteration: tasks.iteration,
      })
      .from(tasks)
      .where(and(base, part))
      .orderBy(
        ...(q.sort === 'due'
          ? [sql`${tasks.dueAt} asc nulls last`, asc(tasks.readyAt), asc(tasks.caseId), asc(tasks.taskId)]
          : [desc(tasks.readyAt), asc(tasks.caseId), asc(tasks.taskId)]),
      )
      .limit(q.offset + q.limit),
  );
  const [first, second, ...rest] = branches;
  const page = (second ? unionAll(first!, second, ...rest) : first!).as('page');
  return db
    .select({
      caseId: page.caseId,
      taskId: page.taskId,
      stepId: page.stepId,
      role: page.role,
      unitId: page.unitId,
      assigneeUserId: page.assigneeUserId,
      assigneeName: users.name,
      readyAt: page.readyAt,
      dueAt: page.dueAt,
      iteration: page.iteration,
      caseNumber: cases.number,
      subject: cases.subject,
      definitionKey: cases.definitionKey,
      definitionVersion: cases.definitionVersion,
      caseDueAt: cases.dueAt,
      paused: cases.paused,
    })
    .from(page)
    .innerJoin(cases, eq(cases.id, page.caseId))
    .leftJoin(users, eq(users.id, page.assigneeUserId))
    .orderBy(
      ...(q.sort === 'due'
        ? [sql`${page.dueAt} asc nulls last`, asc(page.readyAt), asc(page.caseId), asc(page.taskId)]
        : [desc(page.readyAt), asc(page.caseId), asc(page.taskId)]),
    )
    .limit(q.limit)
    .offset(q.offset);
}

/** How many tasks a tab holds: one statement summing an index-only count per part of the tab. */
export async function countInbox(db: Db, q: InboxQuery): Promise<number> {
  const base = baseWhere(db, q);
  const parts = tabParts(q).map(
    (part) => sql`(${db.select({ n: count() }).from(tasks).where(and(base, part))})`,
  );
  if (parts.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`${sql.join(parts, sql` + `)}`.mapWith(Number) })
    .from(agencies)
    .where(eq(agencies.id, q.agencyId));
  return row?.n ?? 0;
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
