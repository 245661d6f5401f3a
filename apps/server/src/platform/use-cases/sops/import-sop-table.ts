import type { TSopImportRequest, TSopImportResponse } from '@sigap/contracts';
import { assertCan, draftFromSopTable, parseSopTables } from '@sigap/core';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/**
 * Reads an SOP table pasted as text into a draft definition for the admin's form. Nothing is
 * stored: the admin completes actors and decisions and saves it with `createSopDraft`.
 */
export async function importSopTable(
  { actor }: AuthedCtx,
  input: TSopImportRequest,
): Promise<TSopImportResponse> {
  assertCan(actor, 'sop.manage', { agencyId: actor.agencyId });
  const tables = parseSopTables(input.text);
  const table = tables[0];
  if (!table || table.rows.length === 0) throw invalidField('text', 'invalid');
  const draft = draftFromSopTable(table, {
    agencyName: actor.agency.name,
    ...(input.key ? { key: input.key } : {}),
    ...(input.seed ? { seed: input.seed } : {}),
  });
  const warnings = [...draft.warnings];
  if (tables.length > 1)
    warnings.push(`the text holds ${tables.length} SOP tables: only the first is imported`);
  return {
    definition: draft.definition as TSopImportResponse['definition'],
    lanes: draft.lanes,
    unmatchedLabels: draft.unmatchedLabels,
    warnings,
    tableCount: tables.length,
  };
}
