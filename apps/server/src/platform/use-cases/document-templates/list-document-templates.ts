import type { TTemplateSummary } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { listTemplateRows, type TemplateRow } from '../../db/repositories/document-templates';
import type { AuthedCtx } from '../context';

/**
 * Every template the agency can use, each code with its versions (shipped and its own) and the
 * title and kind of its newest version, which new documents are drafted on.
 */
export async function listDocumentTemplates({ db, actor }: AuthedCtx): Promise<TTemplateSummary[]> {
  assertCan(actor, 'template.read', { agencyId: actor.agencyId });
  const byCode = new Map<string, TemplateRow[]>();
  for (const row of await listTemplateRows(db, actor.agencyId)) {
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }
  const templates: TTemplateSummary[] = [];
  for (const [code, rows] of byCode) {
    const sorted = [...rows].sort(
      (a, b) => a.version - b.version || Number(!!a.agencyId) - Number(!!b.agencyId),
    );
    const latest = sorted.at(-1)!;
    templates.push({
      code,
      kind: latest.kind as TTemplateSummary['kind'],
      title: { id: latest.titleId, en: latest.titleEn },
      latestVersion: latest.version,
      versions: sorted.map((r) => ({
        id: r.id,
        version: r.version,
        own: r.agencyId === actor.agencyId,
        createdAt: r.createdAt.toISOString(),
      })),
    });
  }
  return templates.sort((a, b) => a.code.localeCompare(b.code));
}
