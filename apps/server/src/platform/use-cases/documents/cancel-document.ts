import { AppError } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import type { DocumentActionResult } from './act-on-document';
import { cancelLetterNumber } from './cancel-letter-number';
import { mayCancel } from './get-document';
import { applyOrThrow, loadVisibleDocument, reviewOf, saveReview } from './support';

/**
 * Cancels a document with a reason. A signed but unsent document already holds a number: it
 * is cancelled in the register in the same transaction (it stays there, marked cancelled, so
 * the sequence keeps no gap). A sent document cannot be cancelled here.
 */
export async function cancelDocument(
  { db, now, actor }: AuthedCtx,
  input: { id: string; note: string },
): Promise<DocumentActionResult> {
  return db.transaction(async (tx) => {
    const row = await loadVisibleDocument(tx, actor, input.id, { forUpdate: true });
    const state = reviewOf(row);
    const next = applyOrThrow(state, { type: 'cancel', note: input.note }, actor.userId, now);
    if (!mayCancel(actor, row, state)) throw new AppError('FORBIDDEN');
    if (state.status === 'signed' && row.letterNumberId) {
      await cancelLetterNumber(tx, { id: row.letterNumberId, reason: input.note, userId: actor.userId, now });
    }
    await saveReview(tx, {
      row,
      next,
      actorUserId: actor.userId,
      now,
      action: 'document.cancelled',
      after: { note: input.note, number: row.number },
    });
    return { status: next.status, number: row.number, pdfSha256: row.pdfSha256 };
  });
}
