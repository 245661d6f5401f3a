import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { outbox } from '../schema';

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Inserts a message unless one with the same dedupe key exists; returns the row and whether
 * this call queued it. Safe under concurrency: the unique index decides.
 */
export async function insertOutboxOnce(
  db: Db,
  values: typeof outbox.$inferInsert,
): Promise<{ row: OutboxRow; queued: boolean }> {
  const inserted = await db.insert(outbox).values(values).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], queued: true };
  const [existing] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.dedupeKey, values.dedupeKey ?? ''));
  if (!existing) throw new Error('outbox: conflicting insert without a dedupe key');
  return { row: existing, queued: false };
}

/**
 * Claims up to `limit` due messages: locks them (`FOR UPDATE SKIP LOCKED`, so several workers
 * never take the same row), counts the attempt and pushes the next attempt to `leaseUntil`.
 * The caller sends outside any transaction; a worker that dies mid-send leaves the row due again
 * once the lease runs out, so nothing is lost (at worst a message goes twice).
 */
export async function claimDueOutbox(
  db: Db,
  opts: { now: Date; leaseUntil: Date; limit: number; channels?: string[] },
): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.status, 'pending'),
          lte(outbox.nextAttemptAt, opts.now),
          inArray(outbox.channel, opts.channels ?? ['email']),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(outbox)
      .set({ nextAttemptAt: opts.leaseUntil, attempts: sql`${outbox.attempts} + 1` })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
    return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  });
}

export async function markOutboxSent(db: Db, id: string, now: Date): Promise<void> {
  await db.update(outbox).set({ status: 'sent', sentAt: now, lastError: null }).where(eq(outbox.id, id));
}

export async function markOutboxAttemptFailed(
  db: Db,
  id: string,
  opts: { error: string; nextAttemptAt: Date; giveUp: boolean },
): Promise<void> {
  await db
    .update(outbox)
    .set({
      lastError: opts.error.slice(0, 2000),
      nextAttemptAt: opts.nextAttemptAt,
      status: opts.giveUp ? 'failed' : 'pending',
    })
    .where(eq(outbox.id, id));
}

export async function findOutbox(db: Db, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

export async function countOutboxByStatus(db: Db, status: string): Promise<number> {
  const rows = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, status));
  return rows.length;
}
