import type { Clock } from '../../../platform/lib/clock';
import type { InboundMessage, ModuleMailHandler } from '../../../platform/mail/inbound-smtp';
import type { Db } from '../../../platform/use-cases/context';
import { isServiceRequestMailbox } from '../use-cases/check-service-request-mailbox';
import {
  receiveServiceRequestEmail,
  type ServiceRequestEmailResult,
} from '../use-cases/receive-service-request-email';

/**
 * The service-request module's inbound mail (`SigapModule.mail`): mail to an agency's
 * service-request mailboxes is kept for the administration office to register or dismiss.
 */
export function serviceRequestMailHandlers(opts: {
  db: Db;
  clock: Clock;
  onResult?(result: ServiceRequestEmailResult, message: InboundMessage): void;
}): ModuleMailHandler {
  return {
    acceptsRecipient: (address) => isServiceRequestMailbox({ db: opts.db }, address),
    async onMessage(message, recipient) {
      const result = await receiveServiceRequestEmail(
        { db: opts.db, now: opts.clock() },
        { raw: message.raw, recipient, envelopeFrom: message.envelopeFrom },
      );
      opts.onResult?.(result, message);
    },
  };
}
