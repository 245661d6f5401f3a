import { findCase, insertComment } from '../../db/repositories/cases';
import { appendEvent } from '../../db/repositories/event-log';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { hiddenCaseContent } from './case-modules';
import { caseVisibleTo } from './support';

export async function addComment({ db, now, actor }: AuthedCtx, opts: { caseId: string; body: string }) {
  const row = await findCase(db, opts.caseId);
  if (!row || row.agencyId !== actor.agencyId) throw notFound();
  if (!caseVisibleTo(actor, row)) throw notFound();
  // the notes of a confidential record are its team's: who cannot read them does not add to them
  if ((await hiddenCaseContent(db, actor, [row])).has(row.id)) throw notFound();
  return db.transaction(async (tx) => {
    const c = await insertComment(tx, {
      caseId: row.id,
      userId: actor.userId,
      body: opts.body,
      createdAt: now,
    });
    await appendEvent(tx, {
      agencyId: row.agencyId,
      actorUserId: actor.userId,
      entityType: 'case',
      entityId: row.id,
      caseId: row.id,
      action: 'case.commented',
      after: { commentId: c.id },
      occurredAt: now,
    });
    return { id: c.id };
  });
}
