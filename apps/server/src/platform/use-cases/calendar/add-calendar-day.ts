import type { TCalendarDay, TCreateCalendarDayRequest } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { insertCalendarDay, listCalendarDays } from '../../db/repositories/calendar';
import { appendEvent } from '../../db/repositories/event-log';
import { AppError } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/**
 * Adds a non-working day. Regional days belong to the agency; national days (for years the
 * seed file does not cover yet) only the central agency's administrators may add.
 */
export async function addCalendarDay(
  { db, now, actor }: AuthedCtx,
  input: TCreateCalendarDayRequest,
): Promise<TCalendarDay> {
  const agencyId = input.scope === 'national' ? null : actor.agencyId;
  if (agencyId === null) assertCan(actor, 'calendar.manageNational', { agencyId: null });
  else assertCan(actor, 'calendar.manage', { agencyId });
  return db.transaction(async (tx) => {
    const existing = await listCalendarDays(tx, actor.agencyId, input.date, input.date);
    if (existing.some((d) => d.agencyId === agencyId || d.agencyId === null)) {
      throw new AppError('CONFLICT', { detail: input.date }, [{ field: 'date', rule: 'duplicate' }]);
    }
    const row = await insertCalendarDay(tx, {
      agencyId,
      date: input.date,
      kind: input.kind,
      nameId: input.nameId,
      nameEn: input.nameEn,
      source: input.source,
    });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'calendar_day',
      entityId: row.id,
      action: 'calendar_day.created',
      after: row,
      occurredAt: now,
    });
    return { ...row, kind: row.kind as TCalendarDay['kind'], scope: agencyId ? 'agency' : 'national' };
  });
}
