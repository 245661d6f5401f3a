import type { TLang } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { updateUser } from '../../db/repositories/users';
import type { AuthedCtx } from '../context';

export async function setLanguage({ db, actor }: AuthedCtx, language: TLang): Promise<void> {
  assertCan(actor, 'account.manage', { agencyId: actor.agencyId, ownerUserId: actor.userId });
  await updateUser(db, actor.userId, { language });
}
