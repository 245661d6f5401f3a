import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../../modules';
import { combineMailHandlers, type InboundSmtp, startInboundSmtp } from '../../../platform/mail/inbound-smtp';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { SAMPLE_PDF } from '../../../testing/multipart';

let h: Harness;
let smtp: InboundSmtp;
let transport: Transporter;
let admin: Session;
let tuPromosi: Session;
let kaltimTu: Session;
let deputi: Session;

const MAILBOX = 'layanan.promosi@bkpm.sigap.test';

beforeAll(async () => {
  // Tuesday 24 November 2026, 10:00 WIB
  h = await createHarness({ now: new Date('2026-11-24T03:00:00Z') });
  const log = { info: () => {}, error: () => {} };
  // the listener exactly as the entry point builds it: every module's mail hook, combined
  smtp = await startInboundSmtp({
    port: 0,
    host: '127.0.0.1',
    ...combineMailHandlers(
      MODULES.flatMap((m) =>
        m.mail
          ? [m.mail({ database: h.database, clock: () => h.now, publicUrl: 'http://sigap.test', log })]
          : [],
      ),
    ),
  });
  transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  admin = await h.login('admin.bkpm@sigap.test');
  tuPromosi = await h.login('tu.promosi.bkpm@sigap.test');
  kaltimTu = await h.login('tu.kaltim@sigap.test');
  deputi = await h.login('deputi.promosi.bkpm@sigap.test');
});
afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await h?.close();
});

function send(message: Mail.Options) {
  return transport.sendMail({ from: '"Kenji Watanabe" <Kenji.Watanabe@Contoh.co.jp>', ...message });
}

const registration = {
  service: 'pertemuan-one-on-one',
  channel: 'email',
  receivedAt: '2026-11-24T03:00:00.000Z',
  applicantName: 'Kenji Watanabe',
  applicantIdentity: 'Director, PT Sakura Baterai Nusantara',
  applicantEmail: 'kenji.watanabe@contoh.co.jp',
  contactPhone: '+81 90 1234 5678',
  companyName: 'PT Sakura Baterai Nusantara',
  addressee: 'deputy_promotion',
  investmentSector: 'Battery manufacturing',
  kbli: '27201',
  investmentLocation: 'Batang, Central Java',
  investmentValue: '250.000.000',
  investmentCurrency: 'USD',
  investmentTimeline: '2027-2029',
  topics: 'Land availability and incentives for EV batteries',
};

describe('service-request mailboxes (inbound SMTP)', () => {
  it('the administrator sets the mailbox; a bad, taken or complaint address is refused naming the entry', async () => {
    const bad = await h.as(admin, 'PUT', '/api/service-request-settings', { mailboxes: ['bukan-email'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ field: 'mailboxes.0', rule: 'email' })]);
    const complaint = await h.as(admin, 'PUT', '/api/service-request-settings', {
      mailboxes: [MAILBOX, 'pengaduan@bkpm.sigap.test'],
    });
    expect(complaint.statusCode).toBe(400);
    expect(complaint.json().fields).toEqual([
      expect.objectContaining({ field: 'mailboxes.1', rule: 'complaint_mailbox' }),
    ]);
    const byTu = await h.as(tuPromosi, 'PUT', '/api/service-request-settings', { mailboxes: [MAILBOX] });
    expect(byTu.statusCode).toBe(403);
    const ok = await h.as(admin, 'PUT', '/api/service-request-settings', {
      mailboxes: [MAILBOX.toUpperCase()],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ mailboxes: [MAILBOX] });
    expect((await h.as(tuPromosi, 'GET', '/api/service-request-settings')).json()).toEqual({
      mailboxes: [MAILBOX],
    });
    const kaltimAdmin = await h.login('admin.kaltim@sigap.test');
    const taken = await h.as(kaltimAdmin, 'PUT', '/api/service-request-settings', { mailboxes: [MAILBOX] });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().fields).toEqual([
      expect.objectContaining({ field: 'mailboxes.0', rule: 'duplicate' }),
    ]);
  });

  it('an email to the mailbox is kept once, with its valid attachment, and listed for the administration office', async () => {
    const mail = {
      to: 'Layanan.Promosi@bkpm.sigap.test',
      subject: 'Permohonan pertemuan one-on-one',
      text: 'Dengan hormat, kami mohon pertemuan dengan Deputi Promosi tentang rencana pabrik baterai di Batang.',
      messageId: '<req-1@contoh.co.jp>',
      attachments: [
        { filename: 'profil.pdf', content: SAMPLE_PDF, contentType: 'application/pdf' },
        { filename: 'catatan.pdf', content: 'only text', contentType: 'application/pdf' },
      ],
    };
    const info = await send(mail);
    expect(info.accepted).toEqual(['Layanan.Promosi@bkpm.sigap.test']);
    await send(mail); // a relay retry
    const { rows } = await h.database.query('select * from service_request_emails where message_id = $1', [
      '<req-1@contoh.co.jp>',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'new',
      mailbox: MAILBOX,
      from_address: 'kenji.watanabe@contoh.co.jp',
      from_name: 'Kenji Watanabe',
      subject: 'Permohonan pertemuan one-on-one',
      refused_attachments: ['catatan.pdf'],
    });
    expect(new Date(rows[0]!.received_at as string)).toEqual(h.now);
    // no complaint was made of it
    const complaints = await h.database.query(
      "select count(*)::int as n from complaints where channel_details->>'emailMessageId' = $1",
      ['<req-1@contoh.co.jp>'],
    );
    expect(complaints.rows[0]!.n).toBe(0);

    const list = await h.as(tuPromosi, 'GET', '/api/service-request-emails');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: rows[0]!.id,
        fromAddress: 'kenji.watanabe@contoh.co.jp',
        fromName: 'Kenji Watanabe',
        attachmentCount: 1,
      }),
    ]);
    const one = (await h.as(tuPromosi, 'GET', `/api/service-request-emails/${rows[0]!.id}`)).json();
    expect(one.body).toContain('pabrik baterai di Batang');
    expect(one.attachments).toEqual([
      expect.objectContaining({ filename: 'profil.pdf', contentType: 'application/pdf' }),
    ]);
    const file = await h.as(
      tuPromosi,
      'GET',
      `/api/service-request-emails/${one.id}/files/${one.attachments[0].id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(SAMPLE_PDF)).toBe(true);
  });

  it('one mail to the complaint mailbox and the request mailbox reaches each module once; unknown addresses get 550', async () => {
    const mixed = await send({
      to: ['pengaduan@bkpm.sigap.test', MAILBOX, 'kepala@bkpm.sigap.test'],
      subject: 'Keluhan dan permohonan',
      text: 'Kami mengeluhkan layanan dan sekaligus memohon fasilitasi.',
      messageId: '<both-modules@contoh.co.jp>',
    });
    expect(mixed.rejected).toEqual(['kepala@bkpm.sigap.test']);
    const emails = await h.database.query(
      'select count(*)::int as n from service_request_emails where message_id = $1',
      ['<both-modules@contoh.co.jp>'],
    );
    const complaints = await h.database.query(
      "select count(*)::int as n from complaints where channel_details->>'emailMessageId' = $1",
      ['<both-modules@contoh.co.jp>'],
    );
    expect([emails.rows[0]!.n, complaints.rows[0]!.n]).toEqual([1, 1]);
  });

  it('the office registers a request from the email: channel email, received when the email was, attachment carried over; once only', async () => {
    const [email] = (await h.as(tuPromosi, 'GET', '/api/service-request-emails'))
      .json()
      .items.filter((e: { subject: string }) => e.subject === 'Permohonan pertemuan one-on-one');
    h.now = new Date(h.now.getTime() + 2 * 3_600_000);
    // another agency's officer does not know it exists; the deputy may not register
    expect((await h.as(kaltimTu, 'GET', `/api/service-request-emails/${email.id}`)).statusCode).toBe(404);
    expect(
      (await h.as(kaltimTu, 'POST', `/api/service-request-emails/${email.id}/register`, registration))
        .statusCode,
    ).toBe(404);
    expect((await h.as(kaltimTu, 'GET', '/api/service-request-emails')).json().items).toEqual([]);
    expect((await h.as(deputi, 'GET', '/api/service-request-emails')).statusCode).toBe(403);
    // bad input names the field and leaves the email waiting
    const bad = await h.as(tuPromosi, 'POST', `/api/service-request-emails/${email.id}/register`, {
      ...registration,
      kbli: '12',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ field: 'kbli', rule: 'kbli' })]);

    const res = await h.as(
      tuPromosi,
      'POST',
      `/api/service-request-emails/${email.id}/register`,
      registration,
    );
    expect(res.statusCode).toBe(200);
    const receipt = res.json();
    expect(receipt).toMatchObject({
      missingItems: [],
      status: 'received',
      receivedAt: '2026-11-24T03:00:00.000Z',
    });
    const request = (await h.as(tuPromosi, 'GET', `/api/service-requests/${receipt.id}`)).json();
    expect(request).toMatchObject({ channel: 'email', receivedAt: '2026-11-24T03:00:00.000Z' });
    expect(request.attachments).toEqual([
      expect.objectContaining({ filename: 'profil.pdf', role: 'supporting' }),
    ]);
    const after = (await h.as(tuPromosi, 'GET', `/api/service-request-emails/${email.id}`)).json();
    expect(after).toMatchObject({
      status: 'registered',
      request: { id: receipt.id, number: receipt.number },
    });
    expect((await h.as(tuPromosi, 'GET', '/api/service-request-emails')).json().items).not.toContainEqual(
      expect.objectContaining({ id: email.id }),
    );

    const again = await h.as(
      tuPromosi,
      'POST',
      `/api/service-request-emails/${email.id}/register`,
      registration,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SERVICE_REQUEST_EMAIL_HANDLED');
    const { rows } = await h.database.query(
      'select count(*)::int as n from service_requests where id <> $1 and received_at = $2',
      [receipt.id, '2026-11-24T03:00:00.000Z'],
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('an email that is no request is dismissed with a reason (reason required), and cannot be registered after', async () => {
    await send({
      to: MAILBOX,
      subject: 'Penawaran jasa SEO',
      text: 'Kami menawarkan jasa optimasi situs web.',
      messageId: '<spam@contoh.co.jp>',
    });
    const { rows } = await h.database.query('select id from service_request_emails where message_id = $1', [
      '<spam@contoh.co.jp>',
    ]);
    const id = rows[0]!.id as string;
    const noReason = await h.as(tuPromosi, 'POST', `/api/service-request-emails/${id}/dismiss`, {
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect(
      (await h.as(kaltimTu, 'POST', `/api/service-request-emails/${id}/dismiss`, { reason: 'Spam' }))
        .statusCode,
    ).toBe(404);
    const ok = await h.as(tuPromosi, 'POST', `/api/service-request-emails/${id}/dismiss`, {
      reason: 'Penawaran iklan, bukan permohonan',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Penawaran iklan, bukan permohonan',
    });
    expect(
      (await h.as(tuPromosi, 'POST', `/api/service-request-emails/${id}/register`, registration)).statusCode,
    ).toBe(409);
    const dismissed = (await h.as(tuPromosi, 'GET', '/api/service-request-emails?status=dismissed')).json();
    expect(dismissed.items.map((e: { id: string }) => e.id)).toEqual([id]);
  });
});
