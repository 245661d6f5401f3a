import type { TCreateDocumentRequest } from '@sigap/contracts';
import {
  assertCan,
  holdsIdentity,
  newReview,
  validateClassification,
  validateTemplateData,
} from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import { insertDocument } from '../../db/repositories/documents';
import { appendEvent } from '../../db/repositories/event-log';
import { findUnit } from '../../db/repositories/org';
import { invalidField, notFound } from '../../lib/errors';
import { hiddenCaseContent } from '../cases/case-modules';
import { caseVisibleTo } from '../cases/support';
import type { AuthedCtx } from '../context';
import { dataInvalid } from '../document-templates/template-support';
import { checkIdentityReaders, templateVersionOf } from './support';

/**
 * Starts a draft from the newest version of a template. Any staff member may draft; a case's
 * document also needs the case to be visible to the drafter (the seeds' "konsep" steps).
 */
export async function createDocument(
  { db, now, actor }: AuthedCtx,
  input: TCreateDocumentRequest,
): Promise<{ id: string }> {
  assertCan(actor, 'document.create', { agencyId: actor.agencyId });
  const caseRow = input.caseId ? await findCase(db, input.caseId) : null;
  if (input.caseId && (!caseRow || caseRow.agencyId !== actor.agencyId || !caseVisibleTo(actor, caseRow)))
    throw notFound();
  // a confidential record's case: only its module's team drafts on it
  if (caseRow && (await hiddenCaseContent(db, actor, [caseRow])).has(caseRow.id)) throw notFound();
  if (input.taskId && !caseRow) throw invalidField('taskId', 'invalid');
  if (!validateClassification(input.classification)) throw invalidField('classification', 'format');
  const unit = await findUnit(db, input.unitId);
  if (!unit || unit.agencyId !== actor.agencyId) throw invalidField('unitId', 'invalid');
  const template = await templateVersionOf(db, actor.agencyId, input.templateCode);
  if (!template) throw invalidField('templateCode', 'invalid');
  const problems = validateTemplateData(template, input.data);
  if (problems.length > 0) throw dataInvalid(problems);
  await checkIdentityReaders(db, {
    agency: actor.agency,
    caseId: caseRow?.id ?? null,
    carriesIdentity: !!input.recipientEmail || holdsIdentity(template, input.data),
    readers: [{ userId: actor.userId, field: 'data' }],
    now,
  });

  return db.transaction(async (tx) => {
    const row = await insertDocument(tx, {
      agencyId: actor.agencyId,
      caseId: caseRow?.id ?? null,
      taskId: input.taskId ?? null,
      templateCode: template.code,
      templateVersion: template.version,
      type: template.kind,
      title: input.title,
      classification: input.classification,
      unitId: unit.id,
      status: 'draft',
      data: input.data,
      review: newReview(actor.userId),
      drafterUserId: actor.userId,
      recipientEmail: input.recipientEmail ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'document',
      entityId: row.id,
      caseId: row.caseId,
      action: 'document.created',
      after: {
        title: row.title,
        templateCode: row.templateCode,
        templateVersion: row.templateVersion,
        classification: row.classification,
        unitId: row.unitId,
        taskId: row.taskId,
      },
      occurredAt: now,
    });
    return { id: row.id };
  });
}
