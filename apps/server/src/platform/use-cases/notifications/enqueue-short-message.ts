import { insertOutboxOnce } from '../../db/repositories/outbox';
import { normaliseMobile } from '../../lib/short-message';
import type { Db } from '../context';

/**
 * Queues an SMS (or WhatsApp message) in the outbox in the caller's transaction, once per
 * dedupe key. Returns false when the number is not an Indonesian mobile number.
 */
export async function enqueueShortMessage(
  tx: Db,
  opts: {
    agencyId: string | null;
    channel: 'sms' | 'whatsapp';
    to: string;
    text: string;
    dedupeKey: string;
    related?: { type: string; id: string };
    now: Date;
  },
): Promise<boolean> {
  const to = normaliseMobile(opts.to);
  if (!to) return false;
  await insertOutboxOnce(tx, {
    agencyId: opts.agencyId,
    channel: opts.channel,
    recipient: to,
    subject: '',
    bodyText: opts.text.slice(0, 640),
    attachments: [],
    status: 'pending',
    attempts: 0,
    nextAttemptAt: opts.now,
    dedupeKey: opts.dedupeKey,
    relatedType: opts.related?.type ?? null,
    relatedId: opts.related?.id ?? null,
    createdAt: opts.now,
  });
  return true;
}
