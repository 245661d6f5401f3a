import type { TCreatePositionRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findUnit, insertPosition, type PositionRow } from '../../db/repositories/org';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function createPosition(
  { db, now, actor }: AuthedCtx,
  input: TCreatePositionRequest,
): Promise<PositionRow> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, input.unitId);
    if (!unit || unit.agencyId !== actor.agencyId) throw invalidField('unitId', 'invalid');
    const row = await insertPosition(tx, { ...input, agencyId: actor.agencyId });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'position',
      entityId: row.id,
      action: 'position.created',
      after: row,
      occurredAt: now,
    });
    return row;
  });
}
