import type { TChangePasswordRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { deleteSessionsOfUser, findSession, insertSession } from '../../db/repositories/sessions';
import { findUser, updateUser } from '../../db/repositories/users';
import { AppError } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { hashPassword, verifyPassword } from './passwords';

/** Changes the password and ends every other session of the user (a stolen session dies with the old password). */
export async function changePassword(
  { db, now, actor }: AuthedCtx,
  input: TChangePasswordRequest,
): Promise<void> {
  assertCan(actor, 'account.manage', { agencyId: actor.agencyId, ownerUserId: actor.userId });
  const user = await findUser(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', {}, [{ field: 'currentPassword', rule: 'invalid' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    const current = await findSession(tx, actor.sessionId);
    await deleteSessionsOfUser(tx, user.id);
    if (current) await insertSession(tx, current);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_changed',
      occurredAt: now,
    });
  });
}
