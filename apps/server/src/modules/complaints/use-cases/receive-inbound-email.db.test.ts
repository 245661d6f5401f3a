import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAgencyByCode } from '../../../platform/db/repositories/org';
import { findUserByEmail } from '../../../platform/db/repositories/users';
import { combineMailHandlers, type InboundSmtp, startInboundSmtp } from '../../../platform/mail/inbound-smtp';
import { createHarness, type Harness } from '../../../testing/harness';
import { complaintMailHandlers } from '../mail/complaint-mailboxes';
import { listAttachments } from '../repository/complaints';
import type { InboundEmailResult } from './receive-inbound-email';

let h: Harness;
let smtp: InboundSmtp;
let transport: Transporter;
const results: InboundEmailResult[] = [];

/** A small but real PDF (the content check looks at the bytes, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const hours = (n: number) => n * 3_600_000;

beforeAll(async () => {
  // Tuesday 24 November 2026, 10:00 WIB
  h = await createHarness({ now: new Date('2026-11-24T03:00:00Z') });
  smtp = await startInboundSmtp({
    port: 0,
    host: '127.0.0.1',
    ...combineMailHandlers([
      complaintMailHandlers({
        db: h.database.db,
        clock: () => h.now,
        publicUrl: 'http://sigap.test',
        onResult: (r) => results.push(r),
      }),
    ]),
  });
  transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
});
afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await h?.close();
});

function send(message: Mail.Options) {
  return transport.sendMail({ from: '"Budi Santoso" <Budi.Santoso@Contoh.co.id>', ...message });
}

async function complaintsWithMessageId(messageId: string) {
  const { rows } = await h.database.query(
    `select c.*, a.code as agency_code from complaints c join agencies a on a.id = c.agency_id
      where c.channel_details->>'emailMessageId' = $1 order by a.code`,
    [messageId],
  );
  return rows as Array<Record<string, unknown> & { id: string; agency_code: string }>;
}

describe('inbound email to a complaint mailbox', () => {
  it('becomes a draft complaint of the agency, with the sender as reporter and the valid attachment', async () => {
    const info = await send({
      to: 'PENGADUAN@bkpm.sigap.test',
      subject: 'Izin lokasi belum terbit',
      text: 'Dengan hormat, izin lokasi perusahaan kami belum terbit sejak bulan lalu. Mohon bantuan Bapak/Ibu.',
      messageId: '<msg-1@contoh.co.id>',
      attachments: [
        { filename: 'bukti.pdf', content: PDF, contentType: 'application/pdf' },
        { filename: 'surat.pdf', content: 'this is only text', contentType: 'application/pdf' },
      ],
    });
    expect(info.accepted).toEqual(['PENGADUAN@bkpm.sigap.test']);
    expect(results.at(-1)).toMatchObject({ status: 'draft' });

    const bkpm = (await findAgencyByCode(h.database.db, 'bkpm'))!;
    const [c, ...others] = await complaintsWithMessageId('<msg-1@contoh.co.id>');
    expect(others).toHaveLength(0);
    expect(c).toMatchObject({
      agency_id: bkpm.id,
      agency_code: 'bkpm',
      status: 'draft',
      channel: 'email',
      form: 'C',
      type: null,
      case_id: null,
      answer_due: null,
      language: 'id',
      subject: 'Izin lokasi belum terbit',
      anonymous: false,
    });
    expect(c!.description).toContain('izin lokasi perusahaan kami belum terbit');
    expect(results.at(-1)).toEqual({
      status: 'draft',
      complaintId: c!.id,
      trackingNumber: c!.tracking_number,
    });
    expect(c!.channel_details).toEqual({
      emailMessageId: '<msg-1@contoh.co.id>',
      emailFrom: 'budi.santoso@contoh.co.id',
      emailTo: 'pengaduan@bkpm.sigap.test',
      emailDate: expect.any(String),
      refusedAttachments: 'surat.pdf',
    });
    // Perka 12/2015 Pasal 6 (2): 24 hours from receipt, the complaint room being open on Tuesday 10:00
    expect(new Date(c!.received_at as string)).toEqual(h.now);
    expect(new Date(c!.clock_start as string)).toEqual(h.now);
    expect(new Date(c!.first_response_due as string)).toEqual(new Date(h.now.getTime() + hours(24)));

    const { rows: reporters } = await h.database.query(
      'select name, email, contact_keys from complaint_reporters where complaint_id = $1',
      [c!.id],
    );
    expect(reporters).toEqual([
      {
        name: 'Budi Santoso',
        email: 'budi.santoso@contoh.co.id',
        contact_keys: ['email:budi.santoso@contoh.co.id'],
      },
    ]);

    const files = await listAttachments(h.database.db, c!.id);
    expect(files.map((f) => [f.filename, f.contentType, f.size, f.source])).toEqual([
      ['bukti.pdf', 'application/pdf', PDF.length, 'reporter'],
    ]);
  });

  it('notifies the complaint officers, logs the event without the identity and mails nothing to the sender', async () => {
    const [c] = await complaintsWithMessageId('<msg-1@contoh.co.id>');
    const officer = (await findUserByEmail(h.database.db, 'petugas.pengaduan.bkpm@sigap.test'))!;
    const { rows: notes } = await h.database.query(
      'select user_id, kind, title, link from notifications where link = $1',
      [`/office/pengaduan/${c!.id}`],
    );
    expect(notes).toEqual([
      {
        user_id: officer.id,
        kind: 'complaint.draft',
        title: `Surel pengaduan baru menunggu konfirmasi: ${c!.tracking_number}`,
        link: `/office/pengaduan/${c!.id}`,
      },
    ]);

    const { rows: events } = await h.database.query(
      'select action, actor_user_id, after from event_log where entity_id = $1 order by seq',
      [c!.id],
    );
    expect(events.map((e) => e.action)).toEqual(['complaint.draft_received']);
    expect(events[0]!.actor_user_id).toBeNull();
    const logged = JSON.stringify(events[0]!.after).toLowerCase();
    expect(logged).toContain(String(c!.tracking_number).toLowerCase());
    for (const identity of ['budi', 'santoso', 'contoh.co.id']) expect(logged).not.toContain(identity);

    const { rows: toSender } = await h.database.query(
      `select id from outbox where lower(recipient) like '%contoh.co.id%'`,
    );
    expect(toSender).toEqual([]);
  });

  it('on a Friday after hours, the 24 hours run from Monday 07:30 (English, HTML only)', async () => {
    h.now = new Date('2026-11-27T10:00:00Z'); // Friday 17:00 WIB
    await send({
      from: 'Jane Doe <jane@example.com>',
      to: 'pengaduan@bkpm.sigap.test',
      subject: 'Hi',
      html: '<p>Dear Sir or Madam,</p><p>Our company has <b>not</b> received the permit for the project. Please help.</p>',
      messageId: '<friday@example.com>',
    });
    const [c] = await complaintsWithMessageId('<friday@example.com>');
    expect(c).toMatchObject({ status: 'draft', language: 'en', subject: 'Hi (tanpa perihal)' });
    expect(c!.description).toContain('Our company has not received the permit');
    expect(c!.description).not.toContain('<p>');
    expect(new Date(c!.received_at as string)).toEqual(new Date('2026-11-27T10:00:00Z'));
    expect(new Date(c!.clock_start as string)).toEqual(new Date('2026-11-30T00:30:00Z')); // Monday 07:30 WIB
    expect(new Date(c!.first_response_due as string)).toEqual(new Date('2026-12-01T00:30:00Z'));
    h.now = new Date('2026-11-24T03:00:00Z');
  });

  it('refuses an unknown mailbox at RCPT with 550 and keeps the known one of a mixed envelope', async () => {
    const before = await h.database.query('select count(*)::int as n from complaints');
    await expect(
      send({ to: 'kepala@bkpm.sigap.test', subject: 'Salah alamat', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    });
    const after = await h.database.query('select count(*)::int as n from complaints');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);

    const mixed = await send({
      to: ['orang.lain@example.com', 'pengaduan@kaltim.sigap.test'],
      subject: 'Pelayanan perizinan di Samarinda',
      text: 'Petugas tidak melayani dengan baik saat kami datang ke kantor.',
      messageId: '<mixed@contoh.co.id>',
    });
    expect(mixed.rejected).toEqual(['orang.lain@example.com']);
    expect(mixed.accepted).toEqual(['pengaduan@kaltim.sigap.test']);
    const drafts = await complaintsWithMessageId('<mixed@contoh.co.id>');
    expect(drafts.map((d) => [d.agency_code, d.status])).toEqual([['dpmptsp-kaltim', 'draft']]);
  });

  it('makes one draft per agency when one mail is addressed to two agencies’ mailboxes', async () => {
    await send({
      to: 'pengaduan@bkpm.sigap.test',
      cc: 'pengaduan@kaltim.sigap.test',
      subject: 'Pengaduan untuk pusat dan daerah',
      text: 'Permohonan izin kami tertahan di pusat dan di daerah, mohon ditindaklanjuti.',
      messageId: '<both@contoh.co.id>',
    });
    const drafts = await complaintsWithMessageId('<both@contoh.co.id>');
    expect(drafts.map((d) => d.agency_code)).toEqual(['bkpm', 'dpmptsp-kaltim']);
  });

  it('the same Message-ID delivered twice gives one draft', async () => {
    const mail = {
      to: 'pengaduan@bkpm.sigap.test',
      subject: 'Pengaduan terkirim dua kali',
      text: 'Relay mengirim ulang surel ini; hanya satu draf yang boleh tercatat.',
      messageId: '<dup-1@contoh.co.id>',
    };
    await send(mail);
    const first = results.at(-1);
    await send(mail);
    const drafts = await complaintsWithMessageId('<dup-1@contoh.co.id>');
    expect(drafts).toHaveLength(1);
    expect(first).toMatchObject({ status: 'draft', complaintId: drafts[0]!.id });
    expect(results.at(-1)).toEqual({ status: 'ignored', reason: 'duplicate', complaintId: drafts[0]!.id });
  });

  it('two simultaneous deliveries of the same Message-ID still give one draft', async () => {
    const mail = {
      to: 'pengaduan@kaltim.sigap.test',
      subject: 'Dikirim dua relay sekaligus',
      text: 'Dua relay menyerahkan surel yang sama pada saat bersamaan ke kotak pengaduan.',
      messageId: '<race@contoh.co.id>',
    };
    await Promise.all([send(mail), send(mail)]);
    expect(await complaintsWithMessageId('<race@contoh.co.id>')).toHaveLength(1);
  });

  it('refuses a message over the size limit with 552', async () => {
    const small = await startInboundSmtp({
      port: 0,
      host: '127.0.0.1',
      maxBytes: 4096,
      acceptsRecipient: async () => true,
      onMessage: async () => {
        throw new Error('must not be called');
      },
    });
    const t = nodemailer.createTransport({
      host: '127.0.0.1',
      port: small.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await expect(
        t.sendMail({ from: 'a@contoh.co.id', to: 'pengaduan@bkpm.sigap.test', text: 'x'.repeat(10_000) }),
      ).rejects.toMatchObject({ responseCode: 552 });
    } finally {
      t.close();
      await small.close();
    }
  });

  it('ignores an auto-reply and list mail (accepted, so the sender does not retry, but no draft)', async () => {
    await send({
      to: 'pengaduan@bkpm.sigap.test',
      subject: 'Out of office: Izin lokasi belum terbit',
      text: 'I am out of the office until Monday and will reply to your message then.',
      messageId: '<ooo@contoh.co.id>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(results.at(-1)).toEqual({ status: 'ignored', reason: 'auto_submitted' });
    expect(await complaintsWithMessageId('<ooo@contoh.co.id>')).toEqual([]);

    await send({
      to: 'pengaduan@bkpm.sigap.test',
      subject: 'Buletin investasi November',
      text: 'Berita investasi minggu ini untuk semua pelanggan buletin kami.',
      messageId: '<news@contoh.co.id>',
      headers: { Precedence: 'bulk' },
    });
    expect(results.at(-1)).toEqual({ status: 'ignored', reason: 'bulk' });
    expect(await complaintsWithMessageId('<news@contoh.co.id>')).toEqual([]);
  });
});
