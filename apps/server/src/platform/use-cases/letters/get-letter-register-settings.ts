import type { TLetterRegisterSettings } from '@sigap/contracts';
import { assertCan, DEFAULT_LETTER_PATTERN, printedUnitCodes } from '@sigap/core';
import { letterNumberFacets, unitCodesOfAgency } from '../../db/repositories/letter-numbers';
import type { AuthedCtx } from '../context';

/**
 * What the register screen needs: the pattern, the agency's units with the code each prints in
 * a number (the only codes a number taken by hand may use), and the codes, classifications and
 * years to filter by (codes already in the register included).
 */
export async function getLetterRegisterSettings({ db, actor }: AuthedCtx): Promise<TLetterRegisterSettings> {
  assertCan(actor, 'letterNumber.read', { agencyId: actor.agencyId });
  const [rows, facets] = await Promise.all([
    unitCodesOfAgency(db, actor.agencyId),
    letterNumberFacets(db, actor.agencyId),
  ]);
  const printed = printedUnitCodes(rows);
  const units = rows.map((u) => ({ code: printed.get(u.id)!, name: u.name, nameEn: u.nameEn }));
  const unitCodes = [...new Set([...units.map((u) => u.code), ...facets.unitCodes.sort()])];
  return {
    pattern: actor.agency.letterNumberPattern,
    defaultPattern: DEFAULT_LETTER_PATTERN,
    units,
    unitCodes,
    classifications: facets.classifications.sort(),
    years: facets.years.sort((a, b) => b - a),
    timeZone: actor.agency.timeZone,
  };
}
