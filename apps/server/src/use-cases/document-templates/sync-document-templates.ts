import type { TDocumentTemplateFile } from '@sigap/contracts';
import type { Db } from '../../db/client';
import { insertTemplateIfMissing } from '../../db/repositories/document-templates';

/**
 * Records the shipped templates (already validated by the loader) as published versions shared
 * by every agency. An existing code+version is left as it is: documents keep the version they
 * were drafted on, so a published version never changes.
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
    if (inserted) added++;
  }
  return added;
}
