/** A unit as the letter register needs it: its own code and its place in the org chart. */
export interface CodedUnit {
  id: string;
  code: string;
  parentId: string | null;
}

/**
 * The code each unit prints in a letter number: the agency's root code, then the unit's own,
 * as in `067/001/DPMPTSP-DALAK/XI/2022` (a code that already starts with the root's is kept as
 * it is; the root prints its own code). Signing and the manual register use the same codes, so
 * a number always names one of the agency's units. Keyed by unit id, in the order given.
 */
export function printedUnitCodes(units: readonly CodedUnit[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const rootOf = (unit: CodedUnit): CodedUnit => {
    let root = unit;
    const seen = new Set<string>();
    while (root.parentId && byId.has(root.parentId) && !seen.has(root.id)) {
      seen.add(root.id);
      root = byId.get(root.parentId)!;
    }
    return root;
  };
  const printed = new Map<string, string>();
  for (const unit of units) {
    const root = rootOf(unit);
    const own = root.id === unit.id || unit.code.startsWith(`${root.code}-`);
    printed.set(unit.id, own ? unit.code : `${root.code}-${unit.code}`);
  }
  return printed;
}

/**
 * The unit whose printed code is `code` (compared without regard to case), or null: a number
 * taken by hand may only use a code of the agency's own units.
 */
export function unitOfPrintedCode<U extends CodedUnit>(units: readonly U[], code: string): U | null {
  const wanted = code.trim().toUpperCase();
  const printed = printedUnitCodes(units);
  return units.find((u) => printed.get(u.id)?.toUpperCase() === wanted) ?? null;
}
