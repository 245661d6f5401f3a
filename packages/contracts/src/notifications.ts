import { z } from 'zod';
import { ZId } from './common';

/** One in-app notice: a reminder, an escalation, new or returned work, a mention. */
export const ZNotification = z.object({
  id: ZId,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** The office page of the task or record it is about. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationQuery = z.object({
  unread: z.enum(['true', 'false']).default('false'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;
