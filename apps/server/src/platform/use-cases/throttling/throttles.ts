import { createHash } from 'node:crypto';
import type { ErrorCode } from '@sigap/contracts';
import {
  afterFailure,
  THROTTLES,
  type ThrottleKind,
  type ThrottleState,
  throttledUntil,
  waitMinutes,
} from '@sigap/core';
import { clearThrottles, findThrottles, lockThrottles, saveThrottle } from '../../db/repositories/throttles';
import { AppError } from '../../lib/errors';
import type { Db } from '../context';

/** One counter: a rule of `THROTTLES` and the SHA-256 of what it counts (no address or email in clear). */
export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export function throttleKey(kind: ThrottleKind, ...parts: string[]): ThrottleKey {
  const key = createHash('sha256')
    .update([kind, ...parts].join('\u0000'))
    .digest('hex');
  return { kind, key };
}

/** The latest instant any of the keys waits until, or null when an attempt may be checked now. */
export async function throttleWait(db: Db, now: Date, keys: ThrottleKey[]): Promise<Date | null> {
  const rows = await findThrottles(
    db,
    keys.map((k) => k.key),
  );
  let until: Date | null = null;
  for (const row of rows) {
    const u = throttledUntil(row, now);
    if (u && (!until || u > until)) until = u;
  }
  return until;
}

/**
 * Counts one failure against every key, in one transaction that locks their rows (several
 * instances may count the same key at once). Returns each key's new state and the latest
 * instant any of them now waits until.
 */
export async function countFailure(
  db: Db,
  now: Date,
  keys: ThrottleKey[],
): Promise<{ until: Date | null; states: Map<ThrottleKind, ThrottleState> }> {
  return db.transaction(async (tx) => {
    const rows = await lockThrottles(tx, keys, now);
    const states = new Map<ThrottleKind, ThrottleState>();
    let until: Date | null = null;
    for (const k of keys) {
      const row = rows.find((r) => r.key === k.key);
      const next = afterFailure(THROTTLES[k.kind], row && row.failures > 0 ? row : null, now);
      await saveThrottle(tx, k.key, next);
      states.set(k.kind, next);
      if (next.blockedUntil && (!until || next.blockedUntil > until)) until = next.blockedUntil;
    }
    return { until, states };
  });
}

/** Forgets the failures of these keys (after a success from that client or device). */
export async function clearThrottle(db: Db, keys: ThrottleKey[]): Promise<void> {
  await clearThrottles(
    db,
    keys.map((k) => k.key),
  );
}

/** "Try again in N minutes", with the seconds for the `Retry-After` header. */
export function throttledError(
  code: Extract<ErrorCode, `${string}_THROTTLED`>,
  until: Date,
  now: Date,
): AppError {
  return new AppError(code, {
    minutes: waitMinutes(until, now),
    retryAfter: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  });
}
