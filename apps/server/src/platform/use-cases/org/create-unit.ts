import type { TCreateUnitRequest, TUnit } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findUnit, findUnitByCode, insertUnit } from '../../db/repositories/org';
import { AppError, invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function createUnit({ db, now, actor }: AuthedCtx, input: TCreateUnitRequest): Promise<TUnit> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    if (input.parentId) {
      const parent = await findUnit(tx, input.parentId);
      if (!parent || parent.agencyId !== actor.agencyId) throw invalidField('parentId', 'invalid');
    }
    if (await findUnitByCode(tx, actor.agencyId, input.code)) {
      throw new AppError('CONFLICT', { detail: input.code }, [{ field: 'code', rule: 'duplicate' }]);
    }
    const row = await insertUnit(tx, { ...input, agencyId: actor.agencyId });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'unit',
      entityId: row.id,
      action: 'unit.created',
      after: row,
      occurredAt: now,
    });
    return { ...row, kind: row.kind as TUnit['kind'] };
  });
}
