import type { ThrottleState } from '@sigap/core';
import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../client';
import { knownDevices, throttles } from '../schema';

export type ThrottleRow = typeof throttles.$inferSelect;

/** The stored states of the given keys (missing keys have no failures). */
export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(throttles).where(inArray(throttles.key, keys));
}

/**
 * The states of the keys, locked until the caller's transaction ends, so that two instances
 * counting failures of the same key at once both count. Missing rows are created first (with
 * no failures) so there is a row to lock.
 */
export async function lockThrottles(db: Db, keys: Array<{ key: string; kind: string }>, now: Date) {
  if (keys.length === 0) return [];
  await db
    .insert(throttles)
    .values(
      keys.map((k) => ({ ...k, failures: 0, firstFailureAt: now, lastFailureAt: now, blockedUntil: null })),
    )
    .onConflictDoNothing();
  return db
    .select()
    .from(throttles)
    .where(
      inArray(
        throttles.key,
        keys.map((k) => k.key),
      ),
    )
    .orderBy(throttles.key)
    .for('update');
}

export async function saveThrottle(db: Db, key: string, state: ThrottleState): Promise<void> {
  await db.update(throttles).set(state).where(eq(throttles.key, key));
}

export async function clearThrottles(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.delete(throttles).where(inArray(throttles.key, keys));
}

/** Removes the counts nobody has added to since `before` (they would start afresh anyway). */
export async function deleteStaleThrottles(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(throttles)
    .where(
      and(
        lt(throttles.lastFailureAt, before),
        or(isNull(throttles.blockedUntil), lt(throttles.blockedUntil, before)),
      ),
    )
    .returning({ key: throttles.key });
  return rows.length;
}

export async function isKnownDevice(db: Db, tokenHash: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: knownDevices.userId })
    .from(knownDevices)
    .where(and(eq(knownDevices.tokenHash, tokenHash), eq(knownDevices.userId, userId)));
  return rows.length > 0;
}

/** Records (or refreshes) that the user logged in from this device. */
export async function rememberDevice(db: Db, tokenHash: string, userId: string, now: Date): Promise<void> {
  await db
    .insert(knownDevices)
    .values({ tokenHash, userId, createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [knownDevices.tokenHash, knownDevices.userId], set: { lastSeenAt: now } });
}

/** Forgets devices not used to log in since `before`: they count as new again. */
export async function deleteStaleDevices(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(knownDevices)
    .where(lt(knownDevices.lastSeenAt, before))
    .returning({ userId: knownDevices.userId });
  return rows.length;
}
