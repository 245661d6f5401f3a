import { appendEvent } from '../../db/repositories/event-log';
import {
  findLetterNumberForUpdate,
  type LetterNumberRow,
  markLetterNumberCancelled,
} from '../../db/repositories/letter-numbers';
import { AppError, notFound } from '../../lib/errors';
import type { Db } from '../context';

/**
 * Cancels a number. It stays in the register, marked cancelled with the reason, so the
 * sequence keeps no gap and the register still accounts for every number handed out. The
 * caller checks the agency (and the permission) first.
 */
export async function cancelLetterNumber(
  tx: Db,
  opts: { id: string; reason: string; userId: string; now: Date },
): Promise<LetterNumberRow> {
  return tx.transaction(async (t) => {
    const before = await findLetterNumberForUpdate(t, opts.id);
    if (!before) throw notFound();
    if (before.status === 'cancelled')
      throw new AppError('LETTER_NUMBER_CANCELLED', { number: before.number });
    const after = await markLetterNumberCancelled(t, before.id, { reason: opts.reason, now: opts.now });
    await appendEvent(t, {
      agencyId: before.agencyId,
      actorUserId: opts.userId,
      entityType: 'letter_number',
      entityId: before.id,
      action: 'letter_number.cancelled',
      before: { number: before.number, status: before.status },
      after: { number: after.number, status: after.status, reason: opts.reason },
      occurredAt: opts.now,
    });
    return after;
  });
}
