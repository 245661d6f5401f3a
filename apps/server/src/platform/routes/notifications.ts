import { ZId, ZNotificationList, ZNotificationQuery } from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { listNotifications } from '../use-cases/notifications/list-notifications';
import { markNotificationsRead } from '../use-cases/notifications/mark-notifications-read';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404);
const marked = z.object({ marked: z.number() });

export async function notificationRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['notifications'];
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: "The user's reminders, escalations and new work, newest first, with the unread count",
        querystring: ZNotificationQuery,
        response: { 200: ZNotificationList, ...errors },
      },
    },
    async (req) => listNotifications(authed(req, db), req.query),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one notice read',
        params: z.object({ id: ZId }),
        response: { 200: marked, ...errors },
      },
    },
    async (req) => markNotificationsRead(authed(req, db), { id: req.params.id }),
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Mark every notice read', response: { 200: marked, ...errors } } },
    async (req) => markNotificationsRead(authed(req, db), 'all'),
  );
}
