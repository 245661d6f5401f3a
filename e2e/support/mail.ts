import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the test's SMTP server received it. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailCatcher {
  /** Where Sigap sends (`SMTP_URL=smtp://127.0.0.1:<port>`). */
  port: number;
  /** Every message received so far, in order. */
  received: ReceivedMail[];
  /** The first message that matches, waiting for it; fails listing what did arrive. */
  waitFor(match: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on a free loopback port that keeps what Sigap sends (the browser journeys' mailbox). */
export async function startMailCatcher(): Promise<MailCatcher> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as { port: number }).port,
    received,
    async waitFor(match, timeoutMs = 120_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        const found = received.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(
        `no matching mail; received: ${received.map((m) => `${m.to} ${m.subject}`).join(' | ')}`,
      );
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
