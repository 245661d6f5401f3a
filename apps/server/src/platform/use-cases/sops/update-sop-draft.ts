import type { TSopDraftRequest, TSopDraftResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findSopDraftByKey, updateSopDraftRow } from '../../db/repositories/sops';
import { conflict, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { draftResponse, loadOwnDraft } from './draft-support';

/** Replaces a draft's definition as the admin's form completes it (actors, decisions, texts). */
export async function updateSopDraft(
  ctx: AuthedCtx,
  input: { id: string } & TSopDraftRequest,
): Promise<TSopDraftResponse> {
  const { actor, now } = ctx;
  assertCan(actor, 'sop.manage', { agencyId: actor.agencyId });
  return ctx.db.transaction(async (tx) => {
    const before = await loadOwnDraft({ ...ctx, db: tx }, input.id);
    const { definition } = input;
    if (definition.key !== before.key) {
      const other = await findSopDraftByKey(tx, actor.agencyId, definition.key);
      if (other) throw conflict(`a draft of ${definition.key} already exists`);
    }
    const row = await updateSopDraftRow(tx, before.id, { key: definition.key, definition });
    if (!row) throw notFound();
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'sop_definition',
      entityId: row.id,
      action: 'sop.draft_updated',
      before: { key: before.key },
      after: { key: definition.key, title: definition.title, steps: definition.steps.length },
      occurredAt: now,
    });
    return draftResponse(row);
  });
}
