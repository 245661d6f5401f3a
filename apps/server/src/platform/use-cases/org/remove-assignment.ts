import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { deleteAssignment, findAssignment, findPosition } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function removeAssignment({ db, now, actor }: AuthedCtx, id: string): Promise<void> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  await db.transaction(async (tx) => {
    const before = await findAssignment(tx, id);
    const position = before ? await findPosition(tx, before.positionId) : undefined;
    if (!before || !position || position.agencyId !== actor.agencyId) throw notFound();
    await deleteAssignment(tx, id);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'assignment',
      entityId: id,
      action: 'assignment.deleted',
      before,
      occurredAt: now,
    });
  });
}
