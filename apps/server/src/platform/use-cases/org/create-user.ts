import type { TCreateUserRequest, TUser } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findUserByEmail, insertUser } from '../../db/repositories/users';
import { AppError } from '../../lib/errors';
import { hashPassword } from '../auth/passwords';
import type { AuthedCtx } from '../context';
import { userView } from './serialize';

export async function createUser({ db, now, actor }: AuthedCtx, input: TCreateUserRequest): Promise<TUser> {
  assertCan(actor, 'user.manage', { agencyId: actor.agencyId });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError('CONFLICT', { detail: 'email' }, [{ field: 'email', rule: 'duplicate' }]);
    }
    const row = await insertUser(tx, {
      agencyId: actor.agencyId,
      email: input.email,
      name: input.name,
      nip: input.nip ?? null,
      language: input.language,
      passwordHash,
    });
    const view = userView(row);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: row.id,
      action: 'user.created',
      after: view,
      occurredAt: now,
    });
    return view;
  });
}
