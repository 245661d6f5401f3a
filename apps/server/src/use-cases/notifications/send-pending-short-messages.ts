import { appendEvent } from '../../db/repositories/event-log';
import { claimDueOutbox, markOutboxAttemptFailed, markOutboxSent } from '../../db/repositories/outbox';
import type { ShortMessageSender } from '../../lib/short-message';
import type { Db } from '../context';
import { retryDelayMinutes } from './send-pending-emails';

/**
 * Sends due SMS/WhatsApp messages of the outbox through the configured provider, with the
 * same lease, retry schedule and logging as email. Without a provider nothing is claimed.
 */
export async function sendPendingShortMessages(opts: {
  db: Db;
  now: Date;
  sender: ShortMessageSender | null;
  limit?: number;
}): Promise<{ skipped: boolean; sent: number; retried: number; failed: number }> {
  const result = { skipped: !opts.sender, sent: 0, retried: 0, failed: 0 };
  if (!opts.sender) return result;
  const { db, now, sender } = opts;
  const rows = await claimDueOutbox(db, {
    now,
    leaseUntil: new Date(now.getTime() + 5 * 60_000),
    limit: opts.limit ?? 50,
    channels: [...sender.channels],
  });
  for (const row of rows) {
    const channel = row.channel as 'sms' | 'whatsapp';
    try {
      await sender.send({ channel, to: row.recipient, text: row.bodyText, id: row.id });
      await db.transaction(async (tx) => {
        await markOutboxSent(tx, row.id, now);
        await appendEvent(tx, {
          agencyId: row.agencyId,
          actorUserId: null,
          entityType: 'outbox',
          entityId: row.id,
          action: `${channel}.sent`,
          after: { channel, attempts: row.attempts, related: row.relatedType, relatedId: row.relatedId },
          occurredAt: now,
        });
      });
      result.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const delay = retryDelayMinutes(row.attempts);
      await db.transaction(async (tx) => {
        await markOutboxAttemptFailed(tx, row.id, {
          error: message,
          nextAttemptAt: delay === null ? now : new Date(now.getTime() + delay * 60_000),
          giveUp: delay === null,
        });
      });
      if (delay === null) result.failed++;
      else result.retried++;
    }
  }
  return result;
}
