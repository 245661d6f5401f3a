import type { TDocumentTemplate, TTemplateDetailResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { findTemplateRow, type TemplateRow } from '../../db/repositories/document-templates';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { templateOfRow } from './template-support';

/** A published version the agency can see (shipped or its own), the newest without `version`; else 404. */
export async function loadTemplateVersion(
  { db, actor }: AuthedCtx,
  { code, version }: { code: string; version?: number | undefined },
): Promise<{ row: TemplateRow; template: TDocumentTemplate }> {
  assertCan(actor, 'template.read', { agencyId: actor.agencyId });
  const row = await findTemplateRow(db, actor.agencyId, code, version);
  if (!row) throw notFound();
  return { row, template: templateOfRow(row) };
}

/** One version of a template with its body, for the editor and for drafting a document. */
export async function getDocumentTemplate(
  ctx: AuthedCtx,
  input: { code: string; version?: number | undefined },
): Promise<TTemplateDetailResponse> {
  const { row, template } = await loadTemplateVersion(ctx, input);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    own: row.agencyId === ctx.actor.agencyId,
    createdAt: row.createdAt.toISOString(),
    template,
  };
}
