import { findDocument, findDocumentFile } from '../../../platform/db/repositories/documents';
import { AppError, invalidField } from '../../../platform/lib/errors';
import type { Db } from '../../../platform/use-cases/context';

/**
 * The signed letter of the request's case that goes to the applicant (a reply letter drafted,
 * initialled, signed and numbered in the document service): its signed PDF as an email
 * attachment. Another case's document is invalid; one not yet signed is refused.
 */
export async function signedLetterOf(
  tx: Db,
  caseId: string | null,
  documentId: string,
): Promise<{ fileId: string; filename: string; number: string | null }> {
  const doc = await findDocument(tx, documentId);
  if (!doc || !caseId || doc.caseId !== caseId) throw invalidField('documentId', 'invalid');
  if (!['signed', 'sent'].includes(doc.status)) throw invalidField('documentId', 'not_signed');
  const file = await findDocumentFile(tx, doc.id, 'signed');
  if (!file) throw new AppError('CONFLICT', { detail: 'the signed PDF is missing' });
  return { fileId: file.id, filename: file.filename, number: doc.number };
}
