import type { Clock } from '../../../platform/lib/clock';
import type { InboundMessage, ModuleMailHandler } from '../../../platform/mail/inbound-smtp';
import type { Db } from '../../../platform/use-cases/context';
import { isComplaintMailbox } from '../use-cases/check-complaint-mailbox';
import { type InboundEmailResult, receiveInboundEmail } from '../use-cases/receive-inbound-email';

/**
 * The complaints module's inbound mail (`SigapModule.mail`): recipients are checked against the
 * agencies' complaint mailboxes, and each accepted recipient's copy goes to intake, so mail
 * addressed to two agencies' mailboxes becomes a draft in each (one per agency: intake is
 * idempotent by Message-ID).
 */
export function complaintMailHandlers(opts: {
  db: Db;
  clock: Clock;
  publicUrl: string;
  onResult?(result: InboundEmailResult, message: InboundMessage): void;
}): ModuleMailHandler {
  return {
    acceptsRecipient: (address) => isComplaintMailbox({ db: opts.db }, address),
    async onMessage(message, to) {
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
    },
  };
}
