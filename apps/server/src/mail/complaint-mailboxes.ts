import type { Clock } from '../lib/clock';
import {
  type InboundEmailResult,
  isComplaintMailbox,
  receiveInboundEmail,
} from '../use-cases/complaints/receive-inbound-email';
import type { Db } from '../use-cases/context';
import type { InboundMessage, InboundSmtpOptions } from './inbound-smtp';

/**
 * The inbound SMTP listener's handlers for the agencies' complaint mailboxes: recipients are
 * checked against the mailboxes, and each accepted recipient's copy goes to intake, so mail
 * addressed to two agencies' mailboxes becomes a draft in each (one per agency: intake is
 * idempotent by Message-ID).
 */
export function complaintMailHandlers(opts: {
  db: Db;
  clock: Clock;
  publicUrl: string;
  onResult?(result: InboundEmailResult, message: InboundMessage): void;
}): Pick<InboundSmtpOptions, 'acceptsRecipient' | 'onMessage'> {
  return {
    acceptsRecipient: (address) => isComplaintMailbox({ db: opts.db }, address),
    async onMessage(message) {
      const recipients = [...new Set(message.envelopeTo.map((a) => a.trim().toLowerCase()))];
      for (const to of recipients) {
        const result = await receiveInboundEmail(
          { db: opts.db, now: opts.clock() },
          {
            raw: message.raw,
            envelopeTo: [to],
            envelopeFrom: message.envelopeFrom,
            publicUrl: opts.publicUrl,
          },
        );
        opts.onResult?.(result, message);
      }
    },
  };
}
