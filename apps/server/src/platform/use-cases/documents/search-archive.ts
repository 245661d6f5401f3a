import type { TArchiveQuery, TArchiveResponse } from '@sigap/contracts';
import { assertCan, can, foreignManagedKeys } from '@sigap/core';
import { listArchiveTypes, searchArchive } from '../../db/repositories/documents';
import { localDate } from '../../lib/local-date';
import type { AuthedCtx } from '../context';
import { templateTitles } from './support';

/**
 * The archive of final documents: signed and sent, searchable by the words of their text
 * (ranked full-text search in Indonesian) and by type, classification and signing date. Only
 * documents the user may see: administrators all of the agency's, others those of their unit
 * scope, of their chain, or of a case they may see.
 */
export async function searchDocumentArchive(
  { db, actor }: AuthedCtx,
  query: TArchiveQuery,
): Promise<TArchiveResponse> {
  assertCan(actor, 'archive.read', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const { rows, total } = await searchArchive(db, {
    agencyId: actor.agencyId,
    timeZone: tz,
    q: query.q || undefined,
    type: query.type || undefined,
    classification: query.classification || undefined,
    from: query.from,
    to: query.to,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    visibility: can(actor, 'agency.readAll', { agencyId: actor.agencyId })
      ? null
      : { userId: actor.userId, scopeUnitIds: actor.scopeUnitIds },
    // documents of cases a module drives (complaints) whose team the user is not on: only those
    // the user drafted, reviews or signs (their text may carry a confidential complaint or an identity)
    moduleOnly: { definitionKeys: foreignManagedKeys(actor.roles), userId: actor.userId },
  });
  const titleOf = await templateTitles(db, actor.agencyId, rows);
  const types = [...new Set((await listArchiveTypes(db, actor.agencyId)).map((t) => t.type))].sort();
  return {
    items: rows.map((r) => {
      const signedAt = r.signedAt ?? new Date(0);
      return {
        id: r.id,
        title: r.title,
        type: r.type,
        typeTitle: titleOf(r),
        number: r.number ?? '',
        status: r.status as 'signed' | 'sent',
        signedAt: signedAt.toISOString(),
        classification: r.classification,
        retentionYears: r.retentionYears,
        retainUntil: Number(localDate(signedAt, tz).slice(0, 4)) + r.retentionYears,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        unitName: r.unitName,
        signerName: r.signerName,
        excerpt: r.excerpt,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    types,
    timeZone: tz,
  };
}
