import type { TTakeLetterNumberRequest, TTakeLetterNumberResponse } from '@sigap/contracts';
import { assertCan, printedUnitCodes, unitOfPrintedCode } from '@sigap/core';
import { unitCodesOfAgency } from '../../db/repositories/letter-numbers';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { takeLetterNumber } from '../documents/take-letter-number';

/**
 * Takes a number by hand for a letter made outside Sigap (typed elsewhere, signed on paper):
 * the administration office numbers it from the same register, so Sigap's numbers and the
 * others' never collide or leave holes. The unit code must be the printed code of one of the
 * agency's own units, as signing prints it; another agency's code or a made-up one is refused
 * naming `unitCode`, so the register never holds a number in someone else's name.
 */
export async function takeManualLetterNumber(
  { db, now, actor }: AuthedCtx,
  input: TTakeLetterNumberRequest,
): Promise<TTakeLetterNumberResponse> {
  assertCan(actor, 'letterNumber.manage', { agencyId: actor.agencyId });
  const units = await unitCodesOfAgency(db, actor.agencyId);
  const unit = unitOfPrintedCode(units, input.unitCode);
  if (!unit) {
    const example = [...printedUnitCodes(units).values()].find((c) => c.includes('-')) ?? '';
    throw invalidField('unitCode', 'unit_unknown', { example });
  }
  // takeLetterNumber opens its own transaction when handed the database
  return takeLetterNumber(db, {
    agencyId: actor.agencyId,
    unitCode: printedUnitCodes(units).get(unit.id)!,
    classification: input.classification,
    subject: input.subject,
    documentId: null,
    userId: actor.userId,
    now,
    timeZone: actor.agency.timeZone,
    pattern: actor.agency.letterNumberPattern,
  });
}
