import type { Actor } from '@sigap/core';
import { casesOfDocuments } from '../../db/repositories/documents';
import type { LetterNumberListRow } from '../../db/repositories/letter-numbers';
import { HIDDEN_SUBJECT, hiddenCaseContent } from '../cases/case-modules';
import type { Db } from '../context';

/**
 * A number taken for a letter on a confidential record's case (a confidential complaint's
 * answer) shows in the register and its export as numbered, dated and by whom, but with its
 * subject withheld from anyone outside the record's team.
 */
export async function maskConfidentialSubjects(
  db: Db,
  actor: Actor & { user: { language: 'id' | 'en' } },
  rows: LetterNumberListRow[],
): Promise<LetterNumberListRow[]> {
  const docIds = rows.map((r) => r.documentId).filter((d): d is string => !!d);
  const links = await casesOfDocuments(db, [...new Set(docIds)]);
  const hidden = await hiddenCaseContent(
    db,
    actor,
    links.map((l) => ({ id: l.caseId, definitionKey: l.definitionKey })),
  );
  const hiddenDocs = new Set(links.filter((l) => hidden.has(l.caseId)).map((l) => l.documentId));
  return rows.map((r) =>
    r.documentId && hiddenDocs.has(r.documentId) ? { ...r, subject: HIDDEN_SUBJECT[actor.user.language] } : r,
  );
}
