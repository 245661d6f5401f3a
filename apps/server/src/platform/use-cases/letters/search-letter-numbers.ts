import type { TLetterNumberEntry, TLetterNumberList, TLetterNumberQuery } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import {
  type LetterNumberListRow,
  searchLetterNumbers as searchRows,
} from '../../db/repositories/letter-numbers';
import type { AuthedCtx } from '../context';
import { maskConfidentialSubjects } from './mask-confidential-subjects';

export const REGISTER_PAGE_SIZE = 50;

export function toLetterNumberEntry(r: LetterNumberListRow): TLetterNumberEntry {
  return {
    id: r.id,
    number: r.number,
    sequence: r.sequence,
    year: r.year,
    unitCode: r.unitCode,
    classification: r.classification,
    subject: r.subject,
    status: r.status === 'cancelled' ? 'cancelled' : 'issued',
    documentId: r.documentId,
    issuedAt: r.issuedAt.toISOString(),
    issuedByName: r.issuedByName,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    cancelReason: r.cancelReason,
  };
}

/** The agency's letter-number register, searched by number or subject and filtered; newest first. */
export async function searchLetterNumbers(
  { db, actor }: AuthedCtx,
  query: TLetterNumberQuery,
): Promise<TLetterNumberList> {
  assertCan(actor, 'letterNumber.read', { agencyId: actor.agencyId });
  const { rows, total } = await searchRows(
    db,
    { agencyId: actor.agencyId, ...query },
    { limit: REGISTER_PAGE_SIZE, offset: (query.page - 1) * REGISTER_PAGE_SIZE },
  );
  const shown = await maskConfidentialSubjects(db, actor, rows);
  return { items: shown.map(toLetterNumberEntry), total, page: query.page, pageSize: REGISTER_PAGE_SIZE };
}
