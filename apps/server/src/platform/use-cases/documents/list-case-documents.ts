import type { TDocumentListItem } from '@sigap/contracts';
import { nextActor } from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import { listDocumentsOfCase } from '../../db/repositories/documents';
import { userNames } from '../../db/repositories/users';
import { notFound } from '../../lib/errors';
import { caseVisibleTo } from '../cases/support';
import type { AuthedCtx } from '../context';
import { documentVisibleTo, reviewOf, templateTitles } from './support';

/** The "Dokumen" section of a case page: every document of the case, newest first. */
export async function listCaseDocuments(
  { db, actor }: AuthedCtx,
  caseId: string,
): Promise<TDocumentListItem[]> {
  const caseRow = await findCase(db, caseId);
  if (!caseRow || caseRow.agencyId !== actor.agencyId || !caseVisibleTo(actor, caseRow)) throw notFound();
  // each document still answers to its own rules (a confidential record's, one carrying an identity)
  const rows = [];
  for (const r of await listDocumentsOfCase(db, caseId))
    if (await documentVisibleTo(db, actor, r, caseRow)) rows.push(r);
  const next = new Map(rows.map((r) => [r.id, nextActor(reviewOf(r))]));
  const names = await userNames(db, [
    ...rows.map((r) => r.drafterUserId),
    ...[...next.values()].filter((u): u is string => !!u),
  ]);
  const titleOf = await templateTitles(db, caseRow.agencyId, rows);
  return rows.map((r) => {
    const who = next.get(r.id);
    return {
      id: r.id,
      title: r.title,
      type: r.type,
      typeTitle: titleOf(r),
      status: reviewOf(r).status,
      number: r.number,
      classification: r.classification,
      drafterName: names.get(r.drafterUserId) ?? '',
      nextActorName: who ? (names.get(who) ?? null) : null,
      updatedAt: r.updatedAt.toISOString(),
      signedAt: r.signedAt?.toISOString() ?? null,
    };
  });
}
