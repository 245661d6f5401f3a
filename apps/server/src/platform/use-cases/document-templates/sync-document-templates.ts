import type { TDocumentTemplateFile } from '@sigap/contracts';
import type { Db } from '../../db/client';
import {
  findShippedTemplate,
  insertTemplateIfMissing,
  updateTemplateBody,
} from '../../db/repositories/document-templates';
import { canonicalJson } from '../../db/repositories/event-log';

type Fields = Array<Record<string, unknown>>;

/** The template without its fields' `identity` marks: what a published version must keep exactly. */
function withoutMarks(body: unknown): string {
  const b = body as { fields?: Fields };
  return canonicalJson({ ...b, fields: (b.fields ?? []).map(({ identity: _i, ...f }) => f) });
}

/**
 * Records the shipped templates (already validated by the loader) as published versions shared
 * by every agency. An existing code+version is left as it is: documents keep the version they
 * were drafted on, so a published version never changes. The one exception is the fields'
 * `identity` marks, which decide who may read a document rather than what it prints: a shipped
 * version that gains them is updated in place, so documents drafted on it are covered too.
 */
export async function syncDocumentTemplates(
  db: Db,
  templates: readonly TDocumentTemplateFile[],
  now: Date,
): Promise<number> {
  let added = 0;
  for (const { version, ...template } of templates) {
    const inserted = await insertTemplateIfMissing(db, {
      agencyId: null,
      code: template.code,
      version,
      kind: template.kind,
      titleId: template.title.id,
      titleEn: template.title.en,
      body: template,
      status: 'published',
      createdAt: now,
    });
    if (inserted) {
      added++;
      continue;
    }
    const row = await findShippedTemplate(db, template.code, version);
    const same = row && canonicalJson(row.body) === canonicalJson(template);
    if (row && !same && withoutMarks(row.body) === withoutMarks(template))
      await updateTemplateBody(db, row.id, template);
  }
  return added;
}
