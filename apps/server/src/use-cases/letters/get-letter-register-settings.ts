import type { TLetterRegisterSettings } from '@sigap/contracts';
import { assertCan, DEFAULT_LETTER_PATTERN } from '@sigap/core';
import { letterNumberFacets, unitCodesOfAgency } from '../../db/repositories/letter-numbers';
import type { AuthedCtx } from '../context';

/**
 * The printed code of each unit: the agency's root code, then the unit's own, as in
 * '067/001/DPMPTSP-DALAK/XI/2022'. Offered as suggestions; the office may type another.
 */
function printedUnitCodes(units: Array<{ code: string; parentId: string | null }>): string[] {
  const root = units.find((u) => !u.parentId);
  if (!root) return [];
  return [root.code, ...units.filter((u) => u !== root).map((u) => `${root.code}-${u.code}`)];
}

/** What the register screen needs: the pattern, and the codes, classifications and years to filter by. */
export async function getLetterRegisterSettings({ db, actor }: AuthedCtx): Promise<TLetterRegisterSettings> {
  assertCan(actor, 'letterNumber.read', { agencyId: actor.agencyId });
  const [units, facets] = await Promise.all([
    unitCodesOfAgency(db, actor.agencyId),
    letterNumberFacets(db, actor.agencyId),
  ]);
  const unitCodes = [...new Set([...printedUnitCodes(units), ...facets.unitCodes.sort()])];
  return {
    pattern: actor.agency.letterNumberPattern,
    defaultPattern: DEFAULT_LETTER_PATTERN,
    unitCodes,
    classifications: facets.classifications.sort(),
    years: facets.years.sort((a, b) => b - a),
    timeZone: actor.agency.timeZone,
  };
}
