import type { TUpdateDocumentRequest } from '@sigap/contracts';
import { canEditText, holdsIdentity, validateTemplateData } from '@sigap/core';
import { updateDocumentRow } from '../../db/repositories/documents';
import { appendEvent } from '../../db/repositories/event-log';
import { AppError, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { dataInvalid } from '../document-templates/template-support';
import {
  checkIdentityReaders,
  loadVisibleDocument,
  participantsOf,
  reviewOf,
  staleDocument,
  templateVersionOf,
} from './support';

/**
 * Changes the text of a document. Only who `canEditText`: the drafter of a draft or returned
 * document, or the reviewer it was returned to (who fixes it and initials again).
 */
export async function updateDocument(
  { db, now, actor }: AuthedCtx,
  input: TUpdateDocumentRequest & { id: string },
): Promise<{ revision: number }> {
  return db.transaction(async (tx) => {
    const row = await loadVisibleDocument(tx, actor, input.id, { forUpdate: true });
    if (!canEditText(reviewOf(row), actor.userId)) throw new AppError('FORBIDDEN');
    const template = await templateVersionOf(tx, row.agencyId, row.templateCode, row.templateVersion);
    if (!template) throw notFound();
    const problems = validateTemplateData(template, input.data);
    if (problems.length > 0) throw dataInvalid(problems);
    // the identity may be typed in only when everyone who already sees the document may see it
    await checkIdentityReaders(tx, {
      agency: actor.agency,
      caseId: row.caseId,
      carriesIdentity: !!row.recipientEmail || holdsIdentity(template, input.data),
      readers: participantsOf(row).map((userId) => ({ userId, field: 'data' })),
      now,
    });
    const ok = await updateDocumentRow(tx, row.id, row.revision, {
      title: input.title,
      data: input.data,
      updatedAt: now,
    });
    if (!ok) throw staleDocument();
    await appendEvent(tx, {
      agencyId: row.agencyId,
      actorUserId: actor.userId,
      entityType: 'document',
      entityId: row.id,
      caseId: row.caseId,
      action: 'document.updated',
      before: { title: row.title, data: row.data },
      after: { title: input.title, data: input.data },
      occurredAt: now,
    });
    return { revision: row.revision + 1 };
  });
}
