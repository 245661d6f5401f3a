import { and, arrayContains, count, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, notifications, positions } from '../schema';

export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts unless the same (user, dedupeKey) exists; returns whether a row was created. */
export async function insertNotificationOnce(
  db: Db,
  values: typeof notifications.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(notifications)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function listNotifications(db: Db, userId: string, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function markNotificationRead(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Users of an agency who hold a position with `role` on `onDate` (acting officials included). */
export async function usersWithRole(
  db: Db,
  agencyId: string,
  role: string,
  onDate: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: assignments.userId })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(
      and(
        eq(positions.agencyId, agencyId),
        arrayContains(positions.roles, [role]),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    );
  return rows.map((r) => r.userId);
}

/** One page of a user's notices, newest first, with the total and the unread count. */
export async function pageNotifications(
  db: Db,
  q: { userId: string; unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const mine = eq(notifications.userId, q.userId);
  const where = q.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

/** Marks every unread notice of the user read; returns how many. */
export async function markAllNotificationsRead(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
