import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { countUnitDependants, deleteUnit as deleteUnitRow, findUnit } from '../../db/repositories/org';
import { AppError, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/** Removes an empty unit; a unit with sub-units or positions is refused so that no work loses its owner. */
export async function deleteUnit({ db, now, actor }: AuthedCtx, id: string): Promise<void> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  await db.transaction(async (tx) => {
    const before = await findUnit(tx, id);
    if (!before || before.agencyId !== actor.agencyId) throw notFound();
    const deps = await countUnitDependants(tx, id);
    if (deps.children > 0 || deps.positions > 0) {
      throw new AppError('UNIT_NOT_EMPTY', { children: deps.children, positions: deps.positions });
    }
    await deleteUnitRow(tx, id);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'unit',
      entityId: id,
      action: 'unit.deleted',
      before,
      occurredAt: now,
    });
  });
}
