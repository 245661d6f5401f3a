import type { ShortMessageSender } from '../../lib/short-message';
import type { Db } from '../context';
import { deliverOutbox } from './send-pending-emails';

/**
 * Sends due SMS/WhatsApp messages of the outbox through the configured provider, with the
 * same lease, retry schedule and logging as email (`deliverOutbox`). Without a provider
 * nothing is claimed.
 */
export async function sendPendingShortMessages(opts: {
  db: Db;
  now: Date;
  sender: ShortMessageSender | null;
  limit?: number;
}): Promise<{ skipped: boolean; sent: number; retried: number; failed: number }> {
  const sender = opts.sender;
  if (!sender) return { skipped: true, sent: 0, retried: 0, failed: 0 };
  const r = await deliverOutbox({
    db: opts.db,
    now: opts.now,
    channels: [...sender.channels],
    ...(opts.limit ? { limit: opts.limit } : {}),
    send: (row) =>
      sender.send({
        channel: row.channel as 'sms' | 'whatsapp',
        to: row.recipient,
        text: row.bodyText,
        id: row.id,
      }),
  });
  return { skipped: false, ...r };
}
