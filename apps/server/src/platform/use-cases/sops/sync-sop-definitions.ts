import type { TSopDefinition } from '@sigap/contracts';
import type { Db } from '../../db/client';
import { insertSopDefinitionIfMissing } from '../../db/repositories/sops';

/**
 * Records the shipped definitions (already validated by the loader) as published versions.
 * An existing key+version is left as it is: a published version never changes under running cases.
 */
export async function syncSopDefinitions(
  db: Db,
  definitions: readonly TSopDefinition[],
  now: Date,
): Promise<number> {
  let added = 0;
  for (const def of definitions) {
    const inserted = await insertSopDefinitionIfMissing(db, {
      agencyId: null,
      key: def.key,
      version: def.version,
      status: 'published',
      origin: 'file',
      definition: def,
      createdAt: now,
    });
    if (inserted) added++;
  }
  return added;
}
