import type { TSopDraftDefinition, TSopSummary, TSopVersionSummary } from '@sigap/contracts';
import { assertCan, can } from '@sigap/core';
import { listSopDefinitions, type SopDefinitionRow } from '../../db/repositories/sops';
import type { AuthedCtx } from '../context';
import { parseDefinitionRow } from './definitions';

function versionOf(row: SopDefinitionRow, agencyId: string): TSopVersionSummary {
  const definition = row.definition as { effectiveDate?: string | null };
  return {
    id: row.id,
    version: row.status === 'draft' ? null : row.version,
    status: row.status === 'draft' ? 'draft' : 'published',
    origin: row.origin,
    own: row.agencyId === agencyId,
    effectiveDate: definition.effectiveDate ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Every SOP the agency runs or is preparing: each key with its versions (shipped, its own, and
 * for administrators its drafts) and the newest published version's code, title and length.
 */
export async function listSops({ db, actor }: AuthedCtx): Promise<TSopSummary[]> {
  assertCan(actor, 'sop.read', { agencyId: actor.agencyId });
  const seesDrafts = can(actor, 'sop.manage', { agencyId: actor.agencyId });
  const rows = (await listSopDefinitions(db, actor.agencyId)).filter(
    (r) => r.status === 'published' || (seesDrafts && r.status === 'draft'),
  );
  const byKey = new Map<string, SopDefinitionRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);

  const sops: TSopSummary[] = [];
  for (const [key, group] of byKey) {
    const published = group
      .filter((r) => r.status === 'published')
      .sort((a, b) => a.version - b.version || Number(!!a.agencyId) - Number(!!b.agencyId));
    const latest = published.at(-1);
    let code: string | null;
    let title: TSopSummary['title'];
    let stepCount: number;
    if (latest) {
      const def = parseDefinitionRow(latest);
      ({ code, title } = def);
      stepCount = def.steps.length;
    } else {
      const draft = group[0]!.definition as TSopDraftDefinition & { code?: string | null };
      code = typeof draft.code === 'string' ? draft.code : null;
      title = draft.title;
      stepCount = draft.steps.length;
    }
    sops.push({
      key,
      code,
      title,
      stepCount,
      latestVersion: latest?.version ?? null,
      versions: [...published, ...group.filter((r) => r.status === 'draft')].map((r) =>
        versionOf(r, actor.agencyId),
      ),
    });
  }
  return sops.sort((a, b) => (a.code ?? a.key).localeCompare(b.code ?? b.key) || a.key.localeCompare(b.key));
}
