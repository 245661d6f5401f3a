import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** Largest message accepted (the attachments' own limit, 10 MB each, is checked at intake). */
export const INBOUND_MAX_BYTES = 25 * 1024 * 1024;

/** One message as received: the raw bytes and the SMTP envelope (recipients already accepted). */
export interface InboundMessage {
  raw: Buffer;
  /** The reverse path; '' for a bounce (`MAIL FROM:<>`). */
  envelopeFrom: string;
  envelopeTo: string[];
  remoteAddress: string;
}

export interface InboundSmtpOptions {
  port: number;
  host?: string;
  /** Whether a recipient is a mailbox this listener takes mail for; others are refused at RCPT (550). */
  acceptsRecipient(address: string): Promise<boolean>;
  /** Called once the message is fully received; a thrown error answers 451 so the relay retries later. */
  onMessage(message: InboundMessage): Promise<void>;
  /** A certificate to offer STARTTLS with; without it the listener speaks plain SMTP. */
  tls?: { key: string | Buffer; cert: string | Buffer } | null;
  onError?(err: unknown, context: string): void;
  /** Largest message accepted; `INBOUND_MAX_BYTES` unless a test says otherwise. */
  maxBytes?: number;
}

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The inbound SMTP listener for the complaint mailboxes. It sits behind the installation's mail
 * relay (MX), which does the spam and sender checks; it therefore asks for no authentication
 * (AUTH is not offered: there are no SMTP accounts) and should not be reachable from the internet.
 * It takes mail only for configured mailboxes, refusing any other recipient at RCPT with 550,
 * and messages up to 25 MB. The greeting names "Sigap".
 */
export async function startInboundSmtp(opts: InboundSmtpOptions): Promise<InboundSmtp> {
  const report = (err: unknown, context: string) => opts.onError?.(err, context);
  const maxBytes = opts.maxBytes ?? INBOUND_MAX_BYTES;
  const server = new SMTPServer({
    banner: 'Sigap',
    size: maxBytes,
    authOptional: true,
    // without a certificate of our own, STARTTLS would offer a self-signed one no client trusts
    disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    logger: false,
    maxClients: 100,
    onRcptTo(address, _session, callback) {
      opts.acceptsRecipient(address.address).then(
        (ok) => callback(ok ? null : smtpError(550, '5.1.1 No such mailbox here')),
        (err: unknown) => {
          report(err, 'rcpt');
          callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
    onData(stream, session, reply) {
      let answered = false;
      const callback = (err: Error | null) => {
        if (answered) return;
        answered = true;
        reply(err);
      };
      const chunks: Buffer[] = [];
      let length = 0;
      stream.on('data', (c: Buffer) => {
        length += c.length;
        if (length <= maxBytes) chunks.push(c);
      });
      stream.on('error', (err) => {
        report(err, 'data');
        callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
      });
      stream.on('end', () => {
        if (stream.sizeExceeded || length > maxBytes)
          return callback(smtpError(552, '5.3.4 Message too big'));
        const message: InboundMessage = {
          raw: Buffer.concat(chunks),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          remoteAddress: session.remoteAddress,
        };
        opts.onMessage(message).then(
          () => callback(null),
          (err: unknown) => {
            report(err, 'message');
            callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
          },
        );
      });
    },
  });
  server.on('error', (err) => report(err, 'server'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What a module contributes to the one inbound listener (`SigapModule.mail`): whether an address
 * is one of its mailboxes, and what to do with a message for one such recipient.
 */
export interface ModuleMailHandler {
  acceptsRecipient(address: string): Promise<boolean>;
  /** Called once per accepted recipient (lower-cased) of a message; a thrown error answers 451. */
  onMessage(message: InboundMessage, recipient: string): Promise<void>;
}

/**
 * One listener for every module's mailboxes: a recipient is accepted when some module takes it,
 * and each distinct accepted recipient of a message goes to the first module (in the
 * composition root's order) that takes it, so one mail to a complaint mailbox and a
 * service-request mailbox reaches both modules, each once.
 */
export function combineMailHandlers(
  handlers: readonly ModuleMailHandler[],
): Pick<InboundSmtpOptions, 'acceptsRecipient' | 'onMessage'> {
  const ownerOf = async (address: string) => {
    for (const h of handlers) if (await h.acceptsRecipient(address)) return h;
    return null;
  };
  return {
    acceptsRecipient: async (address) => (await ownerOf(address)) !== null,
    async onMessage(message) {
      const recipients = [...new Set(message.envelopeTo.map((a) => a.trim().toLowerCase()))];
      for (const to of recipients) await (await ownerOf(to))?.onMessage(message, to);
    },
  };
}
