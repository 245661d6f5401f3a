import type { TSopDraftRequest, TSopDraftResponse } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { DRAFT_VERSION, findSopDraftByKey, insertSopDefinition } from '../../db/repositories/sops';
import { conflict } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { draftResponse } from './draft-support';

/**
 * Saves a draft definition of the admin's agency (e.g. from an imported table). It stays a
 * draft, invisible to other agencies and to staff, until it is published; one draft per key.
 */
export async function createSopDraft(
  { db, now, actor }: AuthedCtx,
  { definition }: TSopDraftRequest,
): Promise<TSopDraftResponse> {
  assertCan(actor, 'sop.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    if (await findSopDraftByKey(tx, actor.agencyId, definition.key)) {
      throw conflict(`a draft of ${definition.key} already exists`);
    }
    const row = await insertSopDefinition(tx, {
      agencyId: actor.agencyId,
      key: definition.key,
      version: DRAFT_VERSION,
      status: 'draft',
      origin: 'import',
      definition,
      createdAt: now,
      createdBy: actor.userId,
    });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'sop_definition',
      entityId: row.id,
      action: 'sop.draft_created',
      after: { key: definition.key, title: definition.title, steps: definition.steps.length },
      occurredAt: now,
    });
    return draftResponse(row);
  });
}
