import type { TDocumentTemplate, TTemplatePublishResponse } from '@sigap/contracts';
import { assertCan, validateTemplate } from '@sigap/core';
import {
  insertTemplate,
  lockTemplateCode,
  maxTemplateVersion,
} from '../../db/repositories/document-templates';
import { appendEvent } from '../../db/repositories/event-log';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { templateInvalid } from './template-support';

/**
 * Publishes an agency's own next version of a template (or the first version of its own new
 * template). New documents are drafted on the newest version; documents already drafted keep
 * theirs, and every earlier version stays retrievable.
 */
export async function publishDocumentTemplate(
  ctx: AuthedCtx,
  input: { code: string; template: TDocumentTemplate },
): Promise<TTemplatePublishResponse> {
  const { actor, now } = ctx;
  assertCan(actor, 'template.manage', { agencyId: actor.agencyId });
  const { template } = input;
  if (template.code !== input.code) throw invalidField('code', 'invalid');
  const problems = validateTemplate(template);
  if (problems.length > 0) throw templateInvalid(problems);

  return ctx.db.transaction(async (tx) => {
    await lockTemplateCode(tx, actor.agencyId, template.code);
    const version = (await maxTemplateVersion(tx, actor.agencyId, template.code)) + 1;
    const row = await insertTemplate(tx, {
      agencyId: actor.agencyId,
      code: template.code,
      version,
      kind: template.kind,
      titleId: template.title.id,
      titleEn: template.title.en,
      body: template,
      status: 'published',
      createdAt: now,
      createdBy: actor.userId,
    });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'document_template',
      entityId: row.id,
      action: 'document_template.published',
      after: { code: template.code, version, template },
      occurredAt: now,
    });
    return { id: row.id, code: template.code, version };
  });
}
