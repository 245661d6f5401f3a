import type { TCancelLetterNumberRequest, TLetterNumberEntry } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { findLetterNumber } from '../../db/repositories/letter-numbers';
import { findUser } from '../../db/repositories/users';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { cancelLetterNumber } from '../documents/cancel-letter-number';
import { toLetterNumberEntry } from './search-letter-numbers';

/** Cancels a number from the register screen; another agency's number answers 404. */
export async function cancelRegisterNumber(
  { db, now, actor }: AuthedCtx,
  opts: { id: string } & TCancelLetterNumberRequest,
): Promise<TLetterNumberEntry> {
  assertCan(actor, 'letterNumber.manage', { agencyId: actor.agencyId });
  const found = await findLetterNumber(db, opts.id);
  if (!found || found.agencyId !== actor.agencyId) throw notFound();
  const row = await db.transaction((tx) =>
    cancelLetterNumber(tx, { id: found.id, reason: opts.reason, userId: actor.userId, now }),
  );
  const issuer = row.issuedBy ? await findUser(db, row.issuedBy) : undefined;
  return toLetterNumberEntry({ ...row, issuedByName: issuer?.name ?? null });
}
