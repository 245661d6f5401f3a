import { LIMITS, type TLoginRequest } from '@sigap/contracts';
import { appendEvent } from '../../db/repositories/event-log';
import { insertSession } from '../../db/repositories/sessions';
import { findUserByEmail, recordFailedLogin, resetFailedLogins } from '../../db/repositories/users';
import { AppError } from '../../lib/errors';
import type { Ctx } from '../context';
import { verifyPassword } from './passwords';
import { newToken, sessionIdOf } from './tokens';

export interface LoginResult {
  token: string;
  expiresAt: Date;
}

/**
 * Checks the password and opens a session. Five failed attempts lock the account for
 * fifteen minutes; while locked even the right password is refused.
 */
export async function login(
  { db, now }: Ctx,
  opts: { input: TLoginRequest; ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const user = await findUserByEmail(db, opts.input.email);
  if (user?.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', { until: user.lockedUntil.toISOString() });
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, opts.input.password);
  if (!user) throw new AppError('INVALID_CREDENTIALS');
  if (!ok) {
    const lockUntil = new Date(now.getTime() + LIMITS.lockoutMinutes * 60_000);
    const locked = await db.transaction(async (tx) => {
      // an expired lock starts a fresh count
      if (user.lockedUntil && user.lockedUntil <= now) await resetFailedLogins(tx, user.id);
      const state = await recordFailedLogin(tx, user.id, LIMITS.maxFailedLogins, lockUntil);
      const isLocked = !!state.lockedUntil && state.lockedUntil > now;
      if (isLocked && state.failedLogins === LIMITS.maxFailedLogins) {
        await appendEvent(tx, {
          agencyId: user.agencyId,
          actorUserId: null,
          entityType: 'user',
          entityId: user.id,
          action: 'user.locked',
          after: { lockedUntil: state.lockedUntil, failedLogins: state.failedLogins, ip: opts.ip },
          occurredAt: now,
        });
      }
      return isLocked ? state.lockedUntil : null;
    });
    if (locked) throw new AppError('ACCOUNT_LOCKED', { until: locked.toISOString() });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LIMITS.sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    if (user.failedLogins > 0 || user.lockedUntil) await resetFailedLogins(tx, user.id);
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken: newToken(),
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: opts.ip,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    });
    await appendEvent(tx, {
      agencyId: user.agencyId,
      actorUserId: user.id,
      entityType: 'user',
      entityId: user.id,
      action: 'user.login',
      after: { ip: opts.ip },
      occurredAt: now,
    });
  });
  return { token, expiresAt };
}
