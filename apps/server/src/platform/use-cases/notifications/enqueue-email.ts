import { insertOutboxOnce } from '../../db/repositories/outbox';
import { invalidField } from '../../lib/errors';
import type { Db } from '../context';

export interface EnqueueEmailOptions {
  agencyId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Files from the `files` table (a signed PDF), attached when the message is sent. */
  attachments?: Array<{ fileId: string; filename: string }>;
  /** The same key queues the message once, however often the caller retries. */
  dedupeKey?: string | null;
  related?: { type: string; id: string } | null;
  now: Date;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Queues an email in the outbox, inside the caller's transaction: the message exists exactly
 * when the change that causes it commits, and the sender job delivers it later with retries,
 * so a mail-server outage delays mail but loses none. Idempotent by `dedupeKey`: a second call
 * with the same key returns the first message with `queued: false`.
 */
export async function enqueueEmail(
  tx: Db,
  opts: EnqueueEmailOptions,
): Promise<{ id: string; queued: boolean }> {
  const to = opts.to.trim();
  if (!EMAIL.test(to) || to.length > 254) throw invalidField('to', 'email');
  const { row, queued } = await insertOutboxOnce(tx, {
    agencyId: opts.agencyId,
    channel: 'email',
    recipient: to,
    subject: opts.subject.replace(/[\r\n]+/g, ' ').slice(0, 500),
    bodyText: opts.text,
    bodyHtml: opts.html ?? null,
    attachments: opts.attachments ?? [],
    status: 'pending',
    attempts: 0,
    nextAttemptAt: opts.now,
    dedupeKey: opts.dedupeKey ?? null,
    relatedType: opts.related?.type ?? null,
    relatedId: opts.related?.id ?? null,
    createdAt: opts.now,
  });
  return { id: row.id, queued };
}
