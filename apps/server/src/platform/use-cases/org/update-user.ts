import type { TUpdateUserRequest, TUser } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { deleteSessionsOfUser } from '../../db/repositories/sessions';
import { findUser, updateUser as updateUserRow } from '../../db/repositories/users';
import { notFound } from '../../lib/errors';
import { hashPassword } from '../auth/passwords';
import type { AuthedCtx } from '../context';
import { userView } from './serialize';

/** Edits a user; a password reset or deactivation also ends the user's sessions and clears a lockout. */
export async function updateUser(
  { db, now, actor }: AuthedCtx,
  opts: { id: string; input: TUpdateUserRequest },
): Promise<TUser> {
  assertCan(actor, 'user.manage', { agencyId: actor.agencyId });
  const { password, ...rest } = opts.input;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return db.transaction(async (tx) => {
    const before = await findUser(tx, opts.id);
    if (!before || before.agencyId !== actor.agencyId) throw notFound();
    const after = await updateUserRow(tx, before.id, {
      ...rest,
      ...(passwordHash ? { passwordHash } : {}),
    });
    if (passwordHash || rest.active === false) await deleteSessionsOfUser(tx, before.id);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: before.id,
      action: passwordHash ? 'user.updated_password_reset' : 'user.updated',
      before: userView(before),
      after: userView(after),
      occurredAt: now,
    });
    return userView(after);
  });
}
