import type { TSopDraftDefinition, TSopPublishResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { lockSopKey, maxPublishedSopVersion, publishSopDraftRow } from '../../db/repositories/sops';
import { conflict } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { checkDraft, draftInvalid, loadOwnDraft } from './draft-support';

/**
 * Publishes a draft as the next version of its key for the agency, after the full checks (the
 * definition's shape and `validateSopDefinition`). New cases start on the newest version;
 * running cases keep the version they started on, which never changes again.
 */
export async function publishSopDraft(ctx: AuthedCtx, id: string): Promise<TSopPublishResponse> {
  const { actor, now } = ctx;
  assertCan(actor, 'sop.manage', { agencyId: actor.agencyId });
  return ctx.db.transaction(async (tx) => {
    const row = await loadOwnDraft({ ...ctx, db: tx }, id);
    const { problems, definition } = checkDraft(row.definition as TSopDraftDefinition);
    if (!definition || problems.length > 0) throw draftInvalid(problems);
    await lockSopKey(tx, actor.agencyId, row.key);
    const version = (await maxPublishedSopVersion(tx, actor.agencyId, row.key)) + 1;
    const published = { ...definition, version };
    const updated = await publishSopDraftRow(tx, row.id, { version, definition: published });
    if (!updated) throw conflict('the draft was published meanwhile');
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'sop_definition',
      entityId: row.id,
      action: 'sop.published',
      after: { key: row.key, version, definition: published },
      occurredAt: now,
    });
    return { id: row.id, key: row.key, version, status: 'published' };
  });
}
