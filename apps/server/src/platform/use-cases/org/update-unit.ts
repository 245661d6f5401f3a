import type { TUnit, TUpdateUnitRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findUnit, findUnitByCode, listUnits, updateUnit as updateUnitRow } from '../../db/repositories/org';
import { AppError, invalidField, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function updateUnit(
  { db, now, actor }: AuthedCtx,
  opts: { id: string; input: TUpdateUnitRequest },
): Promise<TUnit> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const before = await findUnit(tx, opts.id);
    if (!before || before.agencyId !== actor.agencyId) throw notFound();
    const { input } = opts;
    if (input.parentId !== undefined && input.parentId !== null) {
      const all = await listUnits(tx, actor.agencyId);
      const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
      if (!parentOf.has(input.parentId)) throw invalidField('parentId', 'invalid');
      // the new parent may not be the unit itself or one of its descendants
      for (let cur: string | null | undefined = input.parentId; cur; cur = parentOf.get(cur)) {
        if (cur === before.id) throw invalidField('parentId', 'invalid');
      }
    }
    if (input.code && input.code !== before.code && (await findUnitByCode(tx, actor.agencyId, input.code))) {
      throw new AppError('CONFLICT', { detail: input.code }, [{ field: 'code', rule: 'duplicate' }]);
    }
    const after = await updateUnitRow(tx, before.id, input);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'unit',
      entityId: before.id,
      action: 'unit.updated',
      before,
      after,
      occurredAt: now,
    });
    return { ...after, kind: after.kind as TUnit['kind'] };
  });
}
