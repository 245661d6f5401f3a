import type { TUpdatePositionRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import {
  findPosition,
  findUnit,
  type PositionRow,
  updatePosition as updatePositionRow,
} from '../../db/repositories/org';
import { invalidField, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function updatePosition(
  { db, now, actor }: AuthedCtx,
  opts: { id: string; input: TUpdatePositionRequest },
): Promise<PositionRow> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const before = await findPosition(tx, opts.id);
    if (!before || before.agencyId !== actor.agencyId) throw notFound();
    if (opts.input.unitId) {
      const unit = await findUnit(tx, opts.input.unitId);
      if (!unit || unit.agencyId !== actor.agencyId) throw invalidField('unitId', 'invalid');
    }
    const after = await updatePositionRow(tx, before.id, opts.input);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'position',
      entityId: before.id,
      action: 'position.updated',
      before,
      after,
      occurredAt: now,
    });
    return after;
  });
}
