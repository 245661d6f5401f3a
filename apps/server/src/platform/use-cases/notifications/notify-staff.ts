import { loadConfig } from '../../../config';
import { insertNotificationOnce } from '../../db/repositories/notifications';
import { findUser } from '../../db/repositories/users';
import type { Db } from '../context';
import { enqueueEmail } from './enqueue-email';

/** An office path as a link that works from a mail client (`PUBLIC_URL` + path). */
export function absolute(path: string): string {
  return /^https?:/.test(path) ? path : `${loadConfig().publicUrl}${path}`;
}

/**
 * An in-app notice and, the first time only, the same notice by email through the outbox (in
 * the caller's transaction). The dedupe key makes retries and several workers send it once.
 */
export async function notifyStaff(tx: Db, n: Parameters<typeof insertNotificationOnce>[1]): Promise<boolean> {
  const created = await insertNotificationOnce(tx, n);
  if (created) {
    const user = await findUser(tx, n.userId);
    if (user?.active) {
      await enqueueEmail(tx, {
        agencyId: n.agencyId,
        to: user.email,
        subject: `[Sigap] ${n.title}`,
        text: `${n.body}\n\n${n.link ? `Buka di Sigap: ${absolute(n.link)}` : ''}`,
        dedupeKey: `notice:${n.userId}:${n.dedupeKey}`,
        related: { type: 'notification', id: n.dedupeKey },
        now: n.createdAt ?? new Date(0),
      });
    }
  }
  return created;
}
