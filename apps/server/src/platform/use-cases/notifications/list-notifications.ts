import type { TNotificationList, TNotificationQuery } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { pageNotifications } from '../../db/repositories/notifications';
import type { AuthedCtx } from '../context';

/** The bell: the user's own notices, newest first, and how many are unread. */
export async function listNotifications(
  { db, actor }: AuthedCtx,
  query: TNotificationQuery,
): Promise<TNotificationList> {
  assertCan(actor, 'notification.read', { agencyId: actor.agencyId, ownerUserId: actor.userId });
  const { rows, total, unread } = await pageNotifications(db, {
    userId: actor.userId,
    unreadOnly: query.unread === 'true',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    total,
    unread,
    page: query.page,
    pageSize: query.pageSize,
  };
}
