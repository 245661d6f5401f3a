import type { TAssignPositionRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { type AssignmentRow, findPosition, insertAssignment } from '../../db/repositories/org';
import { findUser } from '../../db/repositories/users';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/**
 * Puts a user in a position: definitively, or as acting official (Plt/Plh) for a date
 * range, during which the user receives the position's work and permissions.
 */
export async function assignPosition(
  { db, now, actor }: AuthedCtx,
  input: TAssignPositionRequest,
): Promise<AssignmentRow> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  if (input.kind !== 'definitive' && !input.endsOn) throw invalidField('endsOn', 'required');
  return db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user || user.agencyId !== actor.agencyId) throw invalidField('userId', 'invalid');
    const position = await findPosition(tx, input.positionId);
    if (!position || position.agencyId !== actor.agencyId) throw invalidField('positionId', 'invalid');
    const row = await insertAssignment(tx, { ...input, endsOn: input.endsOn ?? null });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'assignment',
      entityId: row.id,
      action: 'assignment.created',
      after: row,
      occurredAt: now,
    });
    return row;
  });
}
