import type { TIncomingLetter, TIncomingLetterList, TIncomingLetterQuery } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { type IncomingLetterListRow, searchIncomingLetters } from '../../db/repositories/incoming-letters';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

const PAGE_SIZE = 50;

function toIncomingLetter(r: IncomingLetterListRow): TIncomingLetter {
  const l = r.letter;
  return {
    id: l.id,
    agendaNumber: l.agendaNumber,
    sender: l.sender,
    letterNumber: l.letterNumber,
    letterDate: l.letterDate,
    receivedAt: l.receivedAt.toISOString(),
    subject: l.subject,
    scan:
      r.scanFilename && r.scanContentType && r.scanSize !== null
        ? { filename: r.scanFilename, contentType: r.scanContentType, size: r.scanSize }
        : null,
    caseId: l.caseId,
    caseNumber: r.caseNumber,
    registeredByName: r.registeredByName,
    createdAt: l.createdAt.toISOString(),
  };
}

/** The agenda book: search by agenda number, sender, letter number or subject, and by date received. */
export async function listIncomingLetters(
  { db, actor }: AuthedCtx,
  query: TIncomingLetterQuery,
): Promise<TIncomingLetterList> {
  assertCan(actor, 'incomingLetter.read', { agencyId: actor.agencyId });
  const { rows, total } = await searchIncomingLetters(db, {
    agencyId: actor.agencyId,
    timeZone: actor.agency.timeZone,
    q: query.q,
    from: query.from,
    to: query.to,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  return { items: rows.map(toIncomingLetter), total, page: query.page, pageSize: PAGE_SIZE };
}

/** One letter of the actor's agency; another agency's letter is "not found". */
export async function getIncomingLetter({ db, actor }: AuthedCtx, id: string): Promise<TIncomingLetter> {
  assertCan(actor, 'incomingLetter.read', { agencyId: actor.agencyId });
  const { rows } = await searchIncomingLetters(db, {
    agencyId: actor.agencyId,
    timeZone: actor.agency.timeZone,
    id,
    limit: 1,
    offset: 0,
  });
  if (!rows[0]) throw notFound();
  return toIncomingLetter(rows[0]);
}
