import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFile } from '../../db/repositories/documents';
import { insertAgency } from '../../db/repositories/org';
import { findOutbox } from '../../db/repositories/outbox';
import { createTestDatabase, type TestDatabase } from '../../db/testing';
import { createMailTransport, type MailTransport } from '../../lib/mail';
import { enqueueEmail } from './enqueue-email';
import { MAX_ATTEMPTS, sendPendingEmails } from './send-pending-emails';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server process part (the `smtp-server` package) that keeps what it receives. */
function startSmtp(port = 0): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, port: (server.server.address() as AddressInfo).port, inbox }),
    );
  });
}

const stopSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

interface MimePart {
  headers: Map<string, string>;
  body: string;
  parts: MimePart[];
}

/** Just enough MIME to read back a nodemailer message: unfolded headers and base64 parts. */
function parseMime(raw: string): MimePart {
  const [head, ...rest] = raw.split(/\r\n\r\n/);
  const body = rest.join('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts: MimePart[] = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => parseMime(p.replace(/^\r\n/, '')))
    : [];
  return { headers, body, parts };
}

function attachmentOf(raw: string): { filename: string; bytes: Buffer } | null {
  const walk = (m: MimePart): MimePart | null => {
    if (/attachment/i.test(m.headers.get('content-disposition') ?? '')) return m;
    for (const p of m.parts) {
      const found = walk(p);
      if (found) return found;
    }
    return null;
  };
  const part = walk(parseMime(raw));
  if (!part) return null;
  const filename = /filename="?([^";]+)"?/.exec(part.headers.get('content-disposition') ?? '')?.[1] ?? '';
  return { filename, bytes: Buffer.from(part.body.replace(/\s+/g, ''), 'base64') };
}

let database: TestDatabase;
let agencyId: string;
let fileId: string;
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(randomUUID()), Buffer.alloc(3000, 7)]);
const T0 = new Date('2026-11-23T03:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = (
    await insertAgency(database.db, {
      code: `mail-${randomUUID().slice(0, 8)}`,
      name: 'DPMPTSP Uji',
      shortName: 'DPMPTSP Uji',
      timeZone: 'Asia/Makassar',
    })
  ).id;
  fileId = (
    await insertFile(database.db, {
      agencyId,
      kind: 'signed',
      filename: 'surat.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      bytes: pdf,
    })
  ).id;
});
afterAll(async () => database?.destroy());

const enqueue = (key: string, now = T0) =>
  database.db.transaction((tx) =>
    enqueueEmail(tx, {
      agencyId,
      to: 'pemohon@example.test',
      subject: `Surat ${key}`,
      text: 'Terlampir surat balasan.',
      attachments: [{ fileId, filename: '067-001-DPMPTSP-DALAK-XI-2026.pdf' }],
      dedupeKey: key,
      related: { type: 'document', id: randomUUID() },
      now,
    }),
  );

describe('email outbox', () => {
  it('queues once per dedupe key', async () => {
    const first = await enqueue('once');
    const again = await enqueue('once');
    expect(first.queued).toBe(true);
    expect(again).toEqual({ id: first.id, queued: false });
    const bad = await database.db
      .transaction((tx) =>
        enqueueEmail(tx, { agencyId, to: 'not an email', subject: 's', text: 't', now: T0 }),
      )
      .catch((e) => e);
    expect(bad.fields[0]).toMatchObject({ field: 'to', rule: 'email' });
  });

  it('keeps messages pending while no mail server is configured', async () => {
    const r = await sendPendingEmails({ db: database.db, now: T0, transport: createMailTransport(null) });
    expect(r).toMatchObject({ skipped: true, sent: 0 });
  });

  it('delivers through a real SMTP server, retries while it is down, and loses nothing', async () => {
    const smtp = await startSmtp();
    const transport = createMailTransport(`smtp://127.0.0.1:${smtp.port}`)!;
    const sent = await sendPendingEmails({
      db: database.db,
      now: T0,
      transport,
      from: 'Sigap <no-reply@sigap.test>',
    });
    expect(sent).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.inbox).toHaveLength(1);
    const mail = smtp.inbox[0]!;
    expect(mail.to).toEqual(['pemohon@example.test']);
    expect(mail.from).toBe('no-reply@sigap.test');
    expect(parseMime(mail.raw).headers.get('subject')).toBe('Surat once');
    const attachment = attachmentOf(mail.raw)!;
    expect(attachment.filename).toBe('067-001-DPMPTSP-DALAK-XI-2026.pdf');
    expect(attachment.bytes.equals(pdf)).toBe(true);

    // the mail server goes away
    await stopSmtp(smtp.server);
    const down = await enqueue('during-outage', minutes(10));
    const failed = await sendPendingEmails({ db: database.db, now: minutes(10), transport });
    expect(failed).toMatchObject({ sent: 0, retried: 1 });
    const row = (await findOutbox(database.db, down.id))!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.nextAttemptAt.toISOString()).toBe(minutes(11).toISOString());
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    // not due yet: nothing is claimed
    expect(await sendPendingEmails({ db: database.db, now: minutes(10.5), transport })).toMatchObject({
      sent: 0,
      retried: 0,
    });

    // back up on the same port: the retry delivers it
    const again = await startSmtp(smtp.port);
    try {
      const retried = await sendPendingEmails({ db: database.db, now: minutes(11), transport });
      expect(retried).toMatchObject({ sent: 1, retried: 0 });
      expect(again.inbox.map((m) => parseMime(m.raw).headers.get('subject'))).toEqual([
        'Surat during-outage',
      ]);
      expect(attachmentOf(again.inbox[0]!.raw)!.bytes.equals(pdf)).toBe(true);
      expect(await findOutbox(database.db, down.id)).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await stopSmtp(again.server);
    }
  });

  it('backs off 1, 5, 15, 60 minutes… and gives up after 8 attempts', async () => {
    const failing: MailTransport = { sendMail: async () => Promise.reject(new Error('421 try later')) };
    const { id } = await enqueue('doomed', minutes(100));
    let now = minutes(100);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendPendingEmails({ db: database.db, now, transport: failing });
      const row = (await findOutbox(database.db, id))!;
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        waits.push((row.nextAttemptAt.getTime() - now.getTime()) / 60_000);
        now = row.nextAttemptAt;
      } else {
        expect(row).toMatchObject({ status: 'failed', lastError: '421 try later' });
      }
    }
    expect(waits).toEqual([1, 5, 15, 60, 120, 240, 480]);
    // a failed message is not tried again
    expect(
      await sendPendingEmails({ db: database.db, now: minutes(100_000), transport: failing }),
    ).toMatchObject({
      retried: 0,
      failed: 0,
    });
  });

  it('lets two workers share the outbox without sending a message twice', async () => {
    const ids = [];
    for (let i = 0; i < 20; i++) ids.push((await enqueue(`batch-${i}`, minutes(200))).id);
    const seen: string[] = [];
    const counting: MailTransport = {
      sendMail: async (m) => {
        seen.push(String((m.headers as Record<string, string>)['X-Sigap-Outbox-Id']));
        await new Promise((r) => setTimeout(r, 2));
      },
    };
    const [a, b] = await Promise.all([
      sendPendingEmails({ db: database.db, now: minutes(200), transport: counting, limit: 15 }),
      sendPendingEmails({ db: database.db, now: minutes(200), transport: counting, limit: 15 }),
    ]);
    expect(a.sent + b.sent).toBe(20);
    expect(seen.sort()).toEqual([...ids].sort());
  });
});
