import type { TTakeLetterNumberRequest, TTakeLetterNumberResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../context';
import { takeLetterNumber } from '../documents/take-letter-number';

/**
 * Takes a number by hand for a letter made outside Sigap (typed elsewhere, signed on paper):
 * the administration office numbers it from the same register, so Sigap's numbers and the
 * others' never collide or leave holes.
 */
export async function takeManualLetterNumber(
  { db, now, actor }: AuthedCtx,
  input: TTakeLetterNumberRequest,
): Promise<TTakeLetterNumberResponse> {
  assertCan(actor, 'letterNumber.manage', { agencyId: actor.agencyId });
  // takeLetterNumber opens its own transaction when handed the database
  return takeLetterNumber(db, {
    agencyId: actor.agencyId,
    unitCode: input.unitCode.toUpperCase(),
    classification: input.classification,
    subject: input.subject,
    documentId: null,
    userId: actor.userId,
    now,
    timeZone: actor.agency.timeZone,
    pattern: actor.agency.letterNumberPattern,
  });
}
