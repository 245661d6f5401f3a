import { assertCan } from '@sigap/core';
import { deleteCalendarDay, findCalendarDay } from '../../db/repositories/calendar';
import { appendEvent } from '../../db/repositories/event-log';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

export async function removeCalendarDay({ db, now, actor }: AuthedCtx, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findCalendarDay(tx, id);
    if (!before) throw notFound();
    if (before.agencyId === null) assertCan(actor, 'calendar.manageNational', { agencyId: null });
    else if (before.agencyId !== actor.agencyId) throw notFound();
    else assertCan(actor, 'calendar.manage', { agencyId: before.agencyId });
    await deleteCalendarDay(tx, id);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'calendar_day',
      entityId: id,
      action: 'calendar_day.deleted',
      before,
      occurredAt: now,
    });
  });
}
