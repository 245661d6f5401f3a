import { assertCan } from '@sigap/core';
import { markAllNotificationsRead, markNotificationRead } from '../../db/repositories/notifications';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/** Marks one of the user's notices read (another user's answers "not found"), or all of them. */
export async function markNotificationsRead(
  { db, now, actor }: AuthedCtx,
  which: { id: string } | 'all',
): Promise<{ marked: number }> {
  assertCan(actor, 'notification.read', { agencyId: actor.agencyId, ownerUserId: actor.userId });
  if (which === 'all') return { marked: await markAllNotificationsRead(db, actor.userId, now) };
  if (!(await markNotificationRead(db, actor.userId, which.id, now))) throw notFound();
  return { marked: 1 };
}
