import { THROTTLES } from '@sigap/core';
import { deleteStaleDevices, deleteStaleThrottles } from '../../db/repositories/throttles';
import { DEVICE_COOKIE_DAYS } from '../auth/login';
import type { Ctx } from '../context';

/**
 * Drops failure counts that would start afresh anyway (no failure for longer than every rule
 * forgets, no wait running) and devices not used to log in for `DEVICE_COOKIE_DAYS` (their
 * cookie has expired too). Keeps the throttle table small however many codes a guesser tries.
 */
export async function forgetStaleThrottles({
  db,
  now,
}: Ctx): Promise<{ throttles: number; devices: number }> {
  const forgetMs = Math.max(...Object.values(THROTTLES).map((r) => r.forgetMs));
  const throttles = await deleteStaleThrottles(db, new Date(now.getTime() - forgetMs));
  const devices = await deleteStaleDevices(db, new Date(now.getTime() - DEVICE_COOKIE_DAYS * 86_400_000));
  return { throttles, devices };
}
