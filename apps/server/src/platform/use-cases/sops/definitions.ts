import { type TSopDefinition, ZSopDefinition } from '@sigap/contracts';
import type { Db } from '../../db/client';
import { findSopDefinition, listSopDefinitions, type SopDefinitionRow } from '../../db/repositories/sops';

// Published versions never change, so each instance may keep the parsed copies it has read.
const cache = new Map<string, TSopDefinition>();

function parse(row: SopDefinitionRow): TSopDefinition {
  const cached = cache.get(row.id);
  if (cached) return cached;
  const def = ZSopDefinition.parse(row.definition);
  if (row.status === 'published') cache.set(row.id, def);
  return def;
}

/** A published row's definition, parsed once per instance. */
export function parseDefinitionRow(row: SopDefinitionRow): TSopDefinition {
  return parse(row);
}

const byVersion = new Map<string, TSopDefinition>();

export async function getDefinition(
  db: Db,
  agencyId: string,
  key: string,
  version: number,
): Promise<TSopDefinition | null> {
  const cacheKey = `${agencyId}|${key}|${version}`;
  const hit = byVersion.get(cacheKey);
  if (hit) return hit;
  const row = await findSopDefinition(db, agencyId, key, version);
  if (!row) return null;
  const def = parse(row);
  if (row.status === 'published') byVersion.set(cacheKey, def);
  return def;
}

/** The newest published version of each SOP the agency can run (its own versions win over shipped ones). */
export async function latestDefinitions(
  db: Db,
  agencyId: string,
): Promise<Array<{ def: TSopDefinition; row: SopDefinitionRow }>> {
  const rows = (await listSopDefinitions(db, agencyId)).filter((r) => r.status === 'published');
  const latest = new Map<string, SopDefinitionRow>();
  for (const r of rows) {
    const cur = latest.get(r.key);
    if (!cur || r.version > cur.version || (r.version === cur.version && r.agencyId)) latest.set(r.key, r);
  }
  return [...latest.values()].map((row) => ({ row, def: parse(row) }));
}

export async function allVersions(db: Db, agencyId: string, key: string) {
  return (await listSopDefinitions(db, agencyId))
    .filter((r) => r.key === key)
    .map((row) => ({ row, def: parse(row) }));
}
