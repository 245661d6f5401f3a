import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** What the outbox sender needs of a mail transport: nodemailer's `sendMail`, or a test double. */
export interface MailTransport {
  sendMail(message: Mail.Options): Promise<unknown>;
}

export const DEFAULT_MAIL_FROM = 'Sigap <no-reply@sigap.test>';

/**
 * The SMTP transport from the `SMTP_URL` setting (`smtp://user:pass@host:587`, `smtps://…:465`),
 * or null when it is unset: messages then wait in the outbox until it is configured. Timeouts
 * are short so a silent mail server cannot hold a send past the outbox lease.
 */
export function createMailTransport(smtpUrl: string | null): (MailTransport & { close(): void }) | null {
  if (!smtpUrl) return null;
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}
