import { appendEvent } from '../../db/repositories/event-log';
import { findFilesByIds } from '../../db/repositories/files';
import {
  claimDueOutbox,
  markOutboxAttemptFailed,
  markOutboxSent,
  type OutboxRow,
} from '../../db/repositories/outbox';
import { DEFAULT_MAIL_FROM, type MailTransport } from '../../lib/mail';
import type { Db } from '../context';

/** Minutes to wait after the n-th failed attempt (1-based); the 8th failure gives up. */
export const RETRY_MINUTES = [1, 5, 15, 60, 120, 240, 480] as const;
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for the worker sending it. */
const LEASE_MINUTES = 5;

export function retryDelayMinutes(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return RETRY_MINUTES[Math.max(attempts, 1) - 1] ?? RETRY_MINUTES[RETRY_MINUTES.length - 1]!;
}

class PermanentError extends Error {}

export interface SendPendingEmailsResult {
  /** No transport configured: nothing was claimed, messages stay pending. */
  skipped: boolean;
  sent: number;
  retried: number;
  failed: number;
}

async function loadAttachments(db: Db, row: OutboxRow) {
  const wanted = (row.attachments as Array<{ fileId: string; filename: string }>) ?? [];
  if (wanted.length === 0) return [];
  const found = new Map(
    (await findFilesByIds(db, [...new Set(wanted.map((a) => a.fileId))])).map((f) => [f.id, f]),
  );
  return wanted.map((a) => {
    const file = found.get(a.fileId);
    if (!file) throw new PermanentError(`attachment file ${a.fileId} not found`);
    return { filename: a.filename, content: file.bytes, contentType: file.contentType };
  });
}

async function record(db: Db, row: OutboxRow, now: Date, action: string, after: Record<string, unknown>) {
  await appendEvent(db, {
    agencyId: row.agencyId,
    actorUserId: null,
    entityType: 'outbox',
    entityId: row.id,
    action,
    // the recipient's address stays out of the log: a reporter's identity is confidential
    after: {
      channel: row.channel,
      attempts: row.attempts,
      related: row.relatedType,
      relatedId: row.relatedId,
      ...after,
    },
    occurredAt: now,
  });
}

/**
 * Delivers the due outbox messages of some channels with `send`. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several workers (server instances) share the work
 * without sending a message twice; each is sent outside any transaction, then marked sent, or
 * its error is kept and the next attempt scheduled (1, 5, 15, 60 minutes, … ; after 8 attempts,
 * or at once for a permanent error, it is marked 'failed'). Every outcome is logged as
 * `<channel>.sent`, `<channel>.retry_scheduled` or `<channel>.failed`.
 */
export async function deliverOutbox(opts: {
  db: Db;
  now: Date;
  channels: string[];
  limit?: number;
  send: (row: OutboxRow) => Promise<void>;
}): Promise<{ sent: number; retried: number; failed: number }> {
  const result = { sent: 0, retried: 0, failed: 0 };
  const { db, now } = opts;
  const rows = await claimDueOutbox(db, {
    now,
    leaseUntil: new Date(now.getTime() + LEASE_MINUTES * 60_000),
    limit: opts.limit ?? 50,
    channels: opts.channels,
  });
  for (const row of rows) {
    try {
      await opts.send(row);
      await db.transaction(async (tx) => {
        await markOutboxSent(tx, row.id, now);
        await record(tx, row, now, `${row.channel}.sent`, {});
      });
      result.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const delay = err instanceof PermanentError ? null : retryDelayMinutes(row.attempts);
      const giveUp = delay === null;
      await db.transaction(async (tx) => {
        await markOutboxAttemptFailed(tx, row.id, {
          error: message,
          nextAttemptAt: giveUp ? now : new Date(now.getTime() + delay * 60_000),
          giveUp,
        });
        await record(tx, row, now, giveUp ? `${row.channel}.failed` : `${row.channel}.retry_scheduled`, {
          error: message.slice(0, 500),
          ...(giveUp ? {} : { retryInMinutes: delay }),
        });
      });
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

/**
 * Sends the due emails of the outbox through SMTP (`deliverOutbox`). Without a transport (no
 * `SMTP_URL`) nothing is claimed and every message waits.
 */
export async function sendPendingEmails(opts: {
  db: Db;
  now: Date;
  transport: MailTransport | null;
  from?: string;
  limit?: number;
}): Promise<SendPendingEmailsResult> {
  const transport = opts.transport;
  if (!transport) return { skipped: true, sent: 0, retried: 0, failed: 0 };
  const r = await deliverOutbox({
    db: opts.db,
    now: opts.now,
    channels: ['email'],
    ...(opts.limit ? { limit: opts.limit } : {}),
    send: async (row) => {
      await transport.sendMail({
        from: opts.from ?? DEFAULT_MAIL_FROM,
        to: row.recipient,
        subject: row.subject,
        text: row.bodyText,
        ...(row.bodyHtml ? { html: row.bodyHtml } : {}),
        attachments: await loadAttachments(opts.db, row),
        headers: { 'X-Sigap-Outbox-Id': row.id },
      });
    },
  });
  return { skipped: false, ...r };
}
