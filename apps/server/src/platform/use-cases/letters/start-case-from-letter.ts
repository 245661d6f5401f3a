import type { TStartCaseFromLetterRequest, TStartCaseFromLetterResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import { appendEvent } from '../../db/repositories/event-log';
import { findIncomingLetterForUpdate, linkIncomingLetterCase } from '../../db/repositories/incoming-letters';
import { AppError, notFound } from '../../lib/errors';
import { startCase } from '../cases/start-case';
import type { AuthedCtx } from '../context';

/**
 * Follows up an incoming letter with a case of an SOP (a request letter starting a
 * facilitation, a complaint letter starting complaint handling) and links the two. The letter
 * row is locked, so a double click starts one case; the case and the link commit together.
 */
export async function startCaseFromLetter(
  ctx: AuthedCtx,
  opts: { id: string; input: TStartCaseFromLetterRequest },
): Promise<TStartCaseFromLetterResponse> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'incomingLetter.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const letter = await findIncomingLetterForUpdate(tx, opts.id);
    if (!letter || letter.agencyId !== actor.agencyId) throw notFound();
    if (letter.caseId) {
      const existing = await findCase(tx, letter.caseId);
      throw new AppError('INCOMING_LETTER_HAS_CASE', {
        agendaNumber: letter.agendaNumber,
        caseNumber: existing?.number ?? letter.caseId,
      });
    }
    const subject = opts.input.subject ?? letter.subject.slice(0, 300);
    // startCase checks who may start the SOP and opens a savepoint inside this transaction
    const started = await startCase({ ...ctx, db: tx }, { definitionKey: opts.input.definitionKey, subject });
    await linkIncomingLetterCase(tx, letter.id, started.id);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'incoming_letter',
      entityId: letter.id,
      caseId: started.id,
      action: 'incoming_letter.case_started',
      after: { agendaNumber: letter.agendaNumber, caseId: started.id, caseNumber: started.number },
      occurredAt: now,
    });
    return { caseId: started.id, caseNumber: started.number };
  });
}
