import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlineSweep } from '../../../platform/use-cases/jobs/run-deadline-sweep';
import { sendPendingShortMessages } from '../../../platform/use-cases/notifications/send-pending-short-messages';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { type FilePart, multipartBody, SAMPLE_PDF } from '../../../testing/multipart';
import { receiveInboundEmail } from '../use-cases/receive-inbound-email';

let h: Harness;
let officer: Session;
let member: Session;
let chair: Session;
let direktur: Session;
let staf: Session;
let menteri: Session;
let admin: Session;
let kaltimOfficer: Session;
let bkpmId: string;

// Tuesday 24 November 2026, 10:00 WIB
const START = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  h = await createHarness({ now: START });
  officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  member = await h.login('anggota.pokja.bkpm@sigap.test');
  chair = await h.login('ketua.pokja.bkpm@sigap.test');
  direktur = await h.login('direktur.spb.bkpm@sigap.test');
  staf = await h.login('staf.spb.bkpm@sigap.test');
  menteri = await h.login('menteri.bkpm@sigap.test');
  admin = await h.login('admin.bkpm@sigap.test');
  kaltimOfficer = await h.login('petugas.pengaduan.kaltim@sigap.test');
  bkpmId = officer.me.agency.id;
});
afterAll(async () => h?.close());

function portal(fields: Record<string, string>, files: FilePart[] = [], lang: 'id' | 'en' = 'en') {
  const body = multipartBody(fields, files);
  return h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': body.contentType, 'accept-language': lang },
    payload: body.payload,
  });
}

function validPortal(over: Record<string, string> = {}) {
  return {
    agencyId: bkpmId,
    type: 'a',
    subject: 'Business licence stuck for three weeks',
    description:
      'My business licence application has been waiting for verification for three weeks without news.',
    reporterName: 'Jane Investor',
    reporterEmail: 'jane@example.com',
    reporterPhone: '0812 3456 7890',
    companyName: 'PT Maju Jaya',
    nib: '1234567890123',
    language: 'en',
    ...over,
  };
}

async function count(table: string): Promise<number> {
  const r = await h.database.query(`select count(*)::int as n from ${table}`);
  return (r.rows[0] as { n: number }).n;
}

async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}

async function act(s: Session, id: string, action: Record<string, unknown>) {
  return h.as(s, 'POST', `/api/complaints/${id}/actions`, action);
}

async function complaintIdOf(trackingCode: string): Promise<string> {
  const r = await rows<{ id: string }>('select id from complaints where tracking_code = $1', [trackingCode]);
  return r[0]!.id;
}

/** The staff register number of the complaint a reporter's code belongs to. */
async function registerNumberOf(trackingCode: string): Promise<string> {
  const r = await rows<{ n: string }>(
    'select tracking_number as n from complaints where tracking_code = $1',
    [trackingCode],
  );
  return r[0]!.n;
}

const CODE = /^ADU-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;
const wrongPin = (pin: string) => (pin === '000000' ? '111111' : '000000');
const track = (body: object, remoteAddress = '127.0.0.1') =>
  h.app.inject({ method: 'POST', url: '/api/public/complaints/track', remoteAddress, payload: body });

describe('portal intake and tracking', () => {
  it('files a complaint in English with an attachment, gives a public code and a PIN, and tracks it', async () => {
    const res = await portal(validPortal(), [
      { field: 'attachments', filename: 'proof.pdf', contentType: 'application/pdf', bytes: SAMPLE_PDF },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const receipt = res.json();
    // the reporter gets the random public code; the register number stays with the office
    expect(receipt.trackingCode).toMatch(CODE);
    expect(receipt.trackingNumber).toBeUndefined();
    expect(await registerNumberOf(receipt.trackingCode)).toMatch(/^ADU-2026-\d{6}$/);
    expect(receipt.pin).toMatch(/^\d{6}$/);
    // type a: 10 working days from Tuesday 24 Nov 10:00 WIB → Tuesday 8 Dec 10:00 WIB
    expect(receipt.answerDue).toBe('2026-12-08T03:00:00.000Z');
    // first response on the day of receipt: Tuesday 16:00 WIB
    expect(receipt.firstResponseDue).toBe('2026-11-24T09:00:00.000Z');

    // typed as people type it: lower case, spaces, O for 0 and I or L for 1
    const typed = receipt.trackingCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const tracked = await h.as(null, 'POST', '/api/public/complaints/track', {
      trackingCode: typed,
      pin: receipt.pin,
    });
    expect(tracked.statusCode, tracked.body).toBe(200);
    const view = tracked.json();
    expect(view).toMatchObject({ status: 'received', withPin: true, canAddInfo: true, type: 'a' });
    expect(view.description).toContain('three weeks');
    expect(view.steps.map((s: { kind: string }) => s.kind)).toEqual(['received']);
    expect(view.steps[0].files).toHaveLength(1);
    // the reporter can download their own file again, with the PIN only
    expect(view.trackingCode).toBe(receipt.trackingCode);
    const file = await h.as(null, 'POST', '/api/public/complaints/attachment', {
      trackingCode: receipt.trackingCode,
      pin: receipt.pin,
      fileId: view.steps[0].files[0].id,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    const refused = await h.as(null, 'POST', '/api/public/complaints/attachment', {
      trackingCode: receipt.trackingCode,
      pin: wrongPin(receipt.pin),
      fileId: view.steps[0].files[0].id,
    });
    expect(refused.statusCode).toBe(404);

    // without the PIN: status and step dates only
    const status = await h.as(null, 'GET', `/api/public/complaints/status/${receipt.trackingCode}`);
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ withPin: false, subject: null, description: null });
    expect(status.body).not.toContain('Jane');

    // receipt email in English through the outbox; never the PIN
    const mail = await rows<{ subject: string; body_text: string }>(
      "select subject, body_text from outbox where recipient = 'jane@example.com'",
    );
    expect(mail[0]?.subject).toContain('Your complaint has been received');
    expect(mail[0]?.body_text).toContain(receipt.trackingCode);
    expect(mail[0]?.body_text).toContain(`/lacak?kode=${receipt.trackingCode}`);
    expect(mail[0]?.body_text).not.toContain(await registerNumberOf(receipt.trackingCode));
    expect(mail.map((m) => m.body_text).join('\n')).not.toContain(receipt.pin);
    // the officers got a notice
    const notes = await rows<{ n: number }>(
      "select count(*)::int as n from notifications where kind = 'complaint.new'",
    );
    expect(notes[0]!.n).toBeGreaterThan(0);
  });

  it('hides a confidential complaint from tracking by code alone', async () => {
    const res = await portal(validPortal({ confidential: 'true', reporterEmail: 'secret@example.com' }));
    expect(res.statusCode).toBe(200);
    const { trackingCode, pin } = res.json();
    expect((await h.as(null, 'GET', `/api/public/complaints/status/${trackingCode}`)).statusCode).toBe(404);
    expect((await h.as(null, 'POST', '/api/public/complaints/track', { trackingCode, pin })).statusCode).toBe(
      200,
    );
  });

  it('refuses bad input naming each field and stores nothing', async () => {
    const before = await Promise.all(['complaints', 'complaint_reporters', 'files', 'outbox'].map(count));
    const bad = await portal(
      validPortal({
        type: 'z',
        subject: '',
        reporterEmail: 'not-an-email',
        nib: '12',
        description: 'x'.repeat(10_001),
        extra: 'x',
      }),
      [
        // a text file named .pdf
        {
          field: 'attachments',
          filename: 'fake.pdf',
          contentType: 'application/pdf',
          bytes: Buffer.from('hello'),
        },
        // 11 MB
        {
          field: 'attachments',
          filename: 'big.pdf',
          contentType: 'application/pdf',
          bytes: Buffer.concat([SAMPLE_PDF, Buffer.alloc(11 * 1024 * 1024)]),
        },
      ],
    );
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries(
      (bad.json().fields as Array<{ field: string; rule: string; message: string }>).map((f) => [f.field, f]),
    );
    expect(fields.type?.rule).toBe('enum');
    expect(fields.subject?.rule).toBe('too_short');
    expect(fields.reporterEmail?.rule).toBe('email');
    expect(fields.nib?.rule).toBe('nib');
    expect(fields.description?.rule).toBe('too_long');
    expect(fields.extra?.rule).toBe('unknown_field');
    expect(fields['attachments[0]']?.rule).toBe('complaint_file_type');
    expect(fields['attachments[1]']?.rule).toBe('file_too_large');
    expect(fields['attachments[0]']?.message).toContain('DOCX');
    const missing = await portal({ agencyId: bkpmId }, [], 'id');
    expect(missing.statusCode).toBe(400);
    const names = (missing.json().fields as Array<{ field: string; rule: string }>).map((f) => f.field);
    expect(names).toEqual(
      expect.arrayContaining(['type', 'subject', 'description', 'reporterName', 'reporterEmail']),
    );
    expect(missing.json().fields[0].message).toMatch(/wajib|minimal|harus/);
    const after = await Promise.all(['complaints', 'complaint_reporters', 'files', 'outbox'].map(count));
    expect(after).toEqual(before);
  });

  it('refuses bad additions and bad staff uploads naming the field, storing nothing', async () => {
    const { trackingCode, pin } = (await portal(validPortal({ reporterEmail: 'add@example.com' }))).json();
    const before = await Promise.all(['record_updates', 'complaint_attachments', 'files'].map(count));
    const body = multipartBody({ trackingCode, pin, text: 'x' }, [
      {
        field: 'attachments',
        filename: 'virus.docx',
        contentType: 'application/msword',
        bytes: Buffer.from('MZ....'),
      },
    ]);
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/public/complaints/info',
      headers: { 'content-type': body.contentType, 'accept-language': 'en' },
      payload: body.payload,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string; rule: string }) => `${f.field}:${f.rule}`)
        .sort(),
    ).toEqual(['attachments[0]:complaint_file_type', 'text:too_short']);
    const id = await complaintIdOf(trackingCode);
    const upload = multipartBody({}, [
      {
        field: 'attachments',
        filename: 'scan.png',
        contentType: 'image/png',
        bytes: Buffer.from('not a png'),
      },
    ]);
    const staffBad = await h.app.inject({
      method: 'POST',
      url: `/api/complaints/${id}/attachments`,
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': upload.contentType },
      payload: upload.payload,
    });
    expect(staffBad.statusCode).toBe(400);
    expect(staffBad.json().fields[0]).toMatchObject({ field: 'attachments[0]', rule: 'complaint_file_type' });
    expect(await Promise.all(['record_updates', 'complaint_attachments', 'files'].map(count))).toEqual(
      before,
    );
    // a good addition is stored and shown to the reporter
    const good = multipartBody({ trackingCode, pin, text: 'The application number is 123/2026.' });
    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/public/complaints/info',
      headers: { 'content-type': good.contentType },
      payload: good.payload,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().steps.at(-1)).toMatchObject({
      kind: 'info_added',
      text: 'The application number is 123/2026.',
    });
  });

  it('answers a sequential register number exactly like an unknown code', async () => {
    const { trackingCode, pin } = (await portal(validPortal({ reporterEmail: 'seq@example.com' }))).json();
    const number = await registerNumberOf(trackingCode);
    // the register number is not derivable from the code, nor the code from the number
    expect(trackingCode.replace(/\D/g, '')).not.toContain(number.slice(-6));
    const byNumber = await track({ trackingCode: number, pin }, '198.51.100.1');
    const unknown = await track({ trackingCode: 'ADU-ZZZZZ-ZZZZZ', pin }, '198.51.100.1');
    expect(byNumber.statusCode).toBe(404);
    expect(byNumber.json()).toEqual(unknown.json());
    expect((await h.as(null, 'GET', `/api/public/complaints/status/${number}`)).statusCode).toBe(404);
    // the form of the code is checked, naming the field
    const bad = await h.as(
      null,
      'POST',
      '/api/public/complaints/track',
      { trackingCode: 'ADU-12', pin },
      'en',
    );
    expect(bad.json().fields[0]).toMatchObject({ field: 'trackingCode', rule: 'tracking_code' });
  });

  it('gives codes that are neither sequential nor alike from one complaint to the next', async () => {
    const codes: string[] = [];
    const numbers: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { trackingCode } = (await portal(validPortal({ reporterEmail: `walk${i}@example.com` }))).json();
      codes.push(trackingCode);
      numbers.push(await registerNumberOf(trackingCode));
    }
    // the register numbers run in order, the codes do not
    expect(numbers.map((n) => Number(n.slice(-6)))).toEqual(
      numbers.map((_, i) => Number(numbers[0]!.slice(-6)) + i),
    );
    for (const code of codes) expect(code).toMatch(CODE);
    const body = (c: string) => c.slice(4).replace('-', '');
    for (let i = 1; i < codes.length; i++) {
      const same = [...body(codes[i]!)].filter((ch, k) => ch === body(codes[i - 1]!)[k]).length;
      expect(same, `${codes[i - 1]} → ${codes[i]}`).toBeLessThan(6);
    }
  });

  it('slows a PIN guesser without keeping the reporter out from another address', async () => {
    const { trackingCode, pin } = (await portal(validPortal({ reporterEmail: 'lock@example.com' }))).json();
    const stranger = '192.0.2.66';
    const answers: number[] = [];
    for (let i = 0; i < 6; i++)
      answers.push((await track({ trackingCode, pin: wrongPin(pin) }, stranger)).statusCode);
    // five free tries, then the stranger waits (and is told how long)
    expect(answers).toEqual([404, 404, 404, 404, 404, 429]);
    const waiting = await track({ trackingCode, pin }, stranger);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('PIN_THROTTLED');
    expect(waiting.headers['retry-after']).toBe('60');
    expect(waiting.json().message).toContain('1 menit');
    // the reporter, from their own address, is not held up by the stranger
    expect((await track({ trackingCode, pin }, '198.51.100.20')).statusCode).toBe(200);
    // an unknown code is counted and answered exactly as a wrong PIN
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++)
      unknown.push(
        (await track({ trackingCode: 'ADU-0000Z-ZZZZ0', pin: wrongPin(pin) }, stranger)).statusCode,
      );
    expect(unknown).toEqual(answers);
    // the counts live in the database (every instance sees them), hashed: no code or address in clear
    const stored = await rows<{ key: string; kind: string }>('select key, kind from throttles');
    expect(stored.map((r) => r.kind)).toEqual(expect.arrayContaining(['pinClient', 'pinCode']));
    expect(JSON.stringify(stored)).not.toMatch(/ADU-|192\.0\.2/);
  });

  it('makes each further wrong PIN wait longer, up to a bound, and forgets after a quiet day', async () => {
    const { trackingCode, pin } = (await portal(validPortal({ reporterEmail: 'grow@example.com' }))).json();
    const guesser = '192.0.2.77';
    const waits: number[] = [];
    const start = h.now;
    for (let i = 0; i < 14; i++) {
      const res = await track({ trackingCode, pin: wrongPin(pin) }, guesser);
      if (res.statusCode === 429) {
        const seconds = Number(res.headers['retry-after']);
        waits.push(seconds);
        h.now = new Date(h.now.getTime() + seconds * 1000);
      }
    }
    // 1, 2, 4 … minutes, never more than an hour for one address
    expect(waits.slice(0, 6)).toEqual([60, 120, 240, 480, 960, 1920]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(3600);
    // all clients together: past twenty failures the code waits, at most 15 minutes, even for the reporter
    for (let i = 0; i < 8; i++) await track({ trackingCode, pin: wrongPin(pin) }, `192.0.2.${100 + i}`);
    const reporter = await track({ trackingCode, pin }, '198.51.100.30');
    expect(reporter.statusCode).toBe(429);
    expect(Number(reporter.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    h.now = new Date(h.now.getTime() + 15 * 60_000);
    expect((await track({ trackingCode, pin }, '198.51.100.30')).statusCode).toBe(200);
    // a day without failures: the guesser's count starts again from the free tries
    h.now = new Date(h.now.getTime() + 24 * 60 * 60_000);
    expect((await track({ trackingCode, pin: wrongPin(pin) }, guesser)).statusCode).toBe(404);
    h.now = start;
  });
});

describe('short messages', () => {
  it('texts a reporter who gave only a phone, through the provider interface and the outbox', async () => {
    const res = await h.as(officer, 'POST', '/api/complaints', {
      form: 'B',
      type: 'd',
      boxKind: 'pengaduan',
      description: 'Petugas loket tidak ramah saat melayani antrean pagi ini.',
      reporterPhone: '0812-7777-8888',
      receivedAt: '2026-11-24T09:00:00+07:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    const sms = await rows<{ recipient: string; body_text: string; status: string }>(
      "select recipient, body_text, status from outbox where channel = 'sms'",
    );
    expect(sms).toEqual([expect.objectContaining({ recipient: '6281277778888', status: 'pending' })]);
    // the reporter's code, not the office's register number
    expect(sms[0]!.body_text).toContain(res.json().trackingCode);
    expect(sms[0]!.body_text).not.toContain(res.json().trackingNumber);
    // without a provider nothing is claimed; with one, it is sent once
    expect((await sendPendingShortMessages({ db: h.database.db, now: h.now, sender: null })).skipped).toBe(
      true,
    );
    const delivered: string[] = [];
    const sender = {
      channels: ['sms'] as const,
      send: async (m: { to: string }) => {
        delivered.push(m.to);
      },
    };
    expect((await sendPendingShortMessages({ db: h.database.db, now: h.now, sender })).sent).toBe(1);
    expect((await sendPendingShortMessages({ db: h.database.db, now: h.now, sender })).sent).toBe(0);
    expect(delivered).toEqual(['6281277778888']);
  });
});

describe('email drafts', () => {
  it('reminds the officers of a draft’s 24-hour first response, then confirms it into the SOP', async () => {
    const raw = Buffer.from(
      [
        'From: Rina Wati <rina@example.com>',
        'To: pengaduan@bkpm.sigap.test',
        'Subject: Izin tertahan di verifikasi',
        'Message-ID: <draft-1@example.com>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Permohonan izin usaha kami tertahan di tahap verifikasi selama tiga minggu tanpa kabar.',
      ].join('\r\n'),
    );
    const got = await receiveInboundEmail(
      { db: h.database.db, now: START },
      { raw, envelopeTo: ['pengaduan@bkpm.sigap.test'], publicUrl: 'http://sigap.test' },
    );
    expect(got.status).toBe('draft');
    const id = (got as { complaintId: string }).complaintId;
    const kinds = async () =>
      (
        await rows<{ kind: string }>(
          "select distinct kind from notifications where kind like 'complaint.draft%'",
        )
      ).map((r) => r.kind);
    // due Wednesday 10:00 WIB; at 05:00 six hours remain, at 11:00 it has passed
    await runDeadlineSweep({ db: h.database.db, now: new Date('2026-11-24T22:00:00Z') });
    expect(await kinds()).toEqual(expect.arrayContaining(['complaint.draft_due_soon']));
    await runDeadlineSweep({ db: h.database.db, now: new Date('2026-11-25T04:00:00Z') });
    expect(await kinds()).toEqual(expect.arrayContaining(['complaint.draft_overdue']));

    const confirmed = await act(officer, id, {
      type: 'confirmDraft',
      complaintType: 'a',
      subject: 'Izin usaha tertahan di verifikasi',
      reporterName: 'Rina Wati',
      anonymous: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ anonymous: true, confidential: false });
    expect(confirmed.json()).toMatchObject({ status: 'received', channel: 'email', currentStep: 's1' });
    expect(confirmed.json().firstResponseDue).toBe('2026-11-25T03:00:00.000Z');
  });
});

describe('settings', () => {
  it('lets an administrator set the type-f answer time, which the next complaint follows', async () => {
    expect(
      (
        await h.as(officer, 'PUT', '/api/complaints/settings', {
          otherTypeWorkingDays: 5,
          mailbox: null,
          surveyUrl: null,
        })
      ).statusCode,
    ).toBe(403);
    const clash = await h.as(admin, 'PUT', '/api/complaints/settings', {
      otherTypeWorkingDays: 5,
      mailbox: 'Pengaduan@Kaltim.sigap.test',
    });
    expect(clash.json().fields).toEqual([expect.objectContaining({ field: 'mailbox', rule: 'duplicate' })]);
    const ok = await h.as(admin, 'PUT', '/api/complaints/settings', {
      otherTypeWorkingDays: 5,
      mailbox: 'Pengaduan@BKPM.sigap.test',
      surveyUrl: 'https://skm.example.go.id/bkpm',
    });
    expect(ok.json()).toEqual({
      otherTypeWorkingDays: 5,
      mailbox: 'pengaduan@bkpm.sigap.test',
      surveyUrl: 'https://skm.example.go.id/bkpm',
    });
    const f = (await portal(validPortal({ type: 'f', reporterEmail: 'f@example.com' }))).json();
    // 5 working days from Tuesday 24 Nov 10:00 WIB → Tuesday 1 Dec 10:00 WIB
    expect(f.answerDue).toBe('2026-12-01T03:00:00.000Z');
  });
});

describe('Forms A, B and C', () => {
  const base = { type: 'b', receivedAt: '2026-11-24T09:30:00+07:00', language: 'id' };
  it('requires exactly the fields of each form', async () => {
    const a = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'A',
      subject: 'Salah prosedur',
    });
    expect(a.statusCode).toBe(400);
    expect(a.json().fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['reporterName', 'description']),
    );
    const noContact = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'A',
      reporterName: 'Budi',
      subject: 'Salah prosedur perizinan',
      description: 'Petugas meminta dokumen yang tidak ada dalam persyaratan.',
    });
    expect(noContact.json().fields).toEqual([
      expect.objectContaining({ field: 'reporterEmail', rule: 'contact_required' }),
    ]);
    const b = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'B',
      description: 'Antrean di loket terlalu panjang dan tidak ada nomor antrean.',
      reporterPhone: '08123456789',
    });
    expect(b.json().fields).toEqual([expect.objectContaining({ field: 'boxKind', rule: 'required' })]);
    const media = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'C',
      channel: 'mass_media',
      subject: 'Surat pembaca soal izin',
      description: 'Surat pembaca di harian nasional mengeluhkan lamanya izin usaha.',
    });
    expect(
      media
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['mediaName', 'publicationDate']);
    const lapor = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'C',
      channel: 'lapor',
      reporterName: 'Ani',
      reporterEmail: 'ani@example.com',
      subject: 'Aduan LAPOR tentang izin',
      description: 'Aduan diteruskan dari LAPOR! tentang izin lokasi yang belum terbit.',
    });
    expect(lapor.json().fields).toEqual([
      expect.objectContaining({ field: 'laporNumber', rule: 'required' }),
    ]);
    const staffFwd = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'C',
      channel: 'staff',
      reporterName: 'Ani',
      reporterPhone: '0811111111',
      subject: 'Aduan titipan pegawai',
      description: 'Pengaduan disampaikan lewat pegawai di loket PTSP tentang informasi yang keliru.',
    });
    expect(staffFwd.json().fields).toEqual([
      expect.objectContaining({ field: 'forwardedBy', rule: 'required' }),
    ]);
  });

  it('records each form with its channel, and keeps the Friday break out of the same-day limit', async () => {
    // Friday 27 November 2026 11:45 WIB: the complaint room is closed for Friday prayers until 13:30
    h.now = new Date('2026-11-27T04:45:00Z');
    const a = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      receivedAt: '2026-11-27T11:45:00+07:00',
      form: 'A',
      reporterName: 'Budi Santoso',
      reporterInstitution: 'PT Sinar',
      reporterEmail: 'budi@example.com',
      subject: 'Salah prosedur perizinan',
      description: 'Petugas meminta dokumen yang tidak ada dalam persyaratan.',
      firstResponse: 'Kami periksa hari ini dan menghubungi Bapak sebelum pukul 16.00.',
    });
    expect(a.statusCode, a.body).toBe(200);
    // same day: the clock starts at 13:30 and the day ends 16:30 WIB
    expect(a.json().firstResponseDue).toBe('2026-11-27T09:30:00.000Z');
    const id = a.json().id;
    const got = (await h.as(officer, 'GET', `/api/complaints/${id}`)).json();
    expect(got).toMatchObject({
      form: 'A',
      channel: 'face_to_face',
      status: 'in_progress',
      currentStep: 's2',
    });
    expect(got.actions).toEqual(expect.arrayContaining(['settle', 'forward']));
    // settled at once: answered the same day, case ends, chair notified
    const settled = await act(officer, id, {
      type: 'settle',
      answer: 'Dokumen tersebut tidak diperlukan; izin diproses.',
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'closed', currentStep: null });

    const b = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'B',
      boxKind: 'saran',
      description: 'Mohon disediakan kursi tambahan di ruang tunggu PTSP.',
      reporterGender: 'female',
      reporterPhone: '081234567890',
    });
    expect(b.statusCode, b.body).toBe(200);
    const c = await h.as(officer, 'POST', '/api/complaints', {
      ...base,
      form: 'C',
      channel: 'mass_media',
      mediaName: 'Harian Ekonomi',
      publicationDate: '2026-11-20',
      subject: 'Surat pembaca soal izin',
      description: 'Surat pembaca di harian nasional mengeluhkan lamanya izin usaha.',
    });
    expect(c.statusCode, c.body).toBe(200);
    const cv = (await h.as(officer, 'GET', `/api/complaints/${c.json().id}`)).json();
    expect(cv.channelDetails).toEqual({ mediaName: 'Harian Ekonomi', publicationDate: '2026-11-20' });
    h.now = START;
  });
});

describe('routing by channel (Perka BKPM 12/2015 Lampiran I II)', () => {
  const slip = {
    form: 'B',
    type: 'd',
    boxKind: 'pengaduan',
    receivedAt: '2026-11-24T09:00:00+07:00',
    description: 'Petugas loket meminta uang pelicin untuk mempercepat berkas kami di loket.',
    reporterPhone: '081298765432',
    firstResponse: 'Slip diterima; diteruskan kepada Kelompok Kerja.',
  };

  it('a box slip cannot be settled by the officer alone: the settle button is hidden and the action refused, naming the rule', async () => {
    const res = await h.as(officer, 'POST', '/api/complaints', slip);
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as string;
    const view = (await h.as(officer, 'GET', `/api/complaints/${id}`)).json();
    expect(view).toMatchObject({ form: 'B', channel: 'box', currentStep: 's2' });
    expect(view.actions).toContain('forward');
    expect(view.actions).not.toContain('settle');

    const before = await rows<{ status: string; answer: string | null }>(
      'select status, answer from complaints where id = $1',
      [id],
    );
    for (const lang of ['id', 'en'] as const) {
      const refused = await h.as(
        officer,
        'POST',
        `/api/complaints/${id}/actions`,
        { type: 'settle', answer: 'Sudah kami tegur petugasnya.' },
        lang,
      );
      expect(refused.statusCode).toBe(400);
      expect(refused.json().fields).toEqual([
        expect.objectContaining({ field: 'channel', rule: 'working_group_channel' }),
      ]);
      expect(refused.json().message).toContain(lang === 'id' ? 'Kelompok Kerja' : 'working group');
    }
    // nothing half-written: still at step 2, unanswered, and the chair's list does not show it
    expect(await rows('select status, answer from complaints where id = $1', [id])).toEqual(before);
    expect((await h.as(officer, 'GET', `/api/complaints/${id}`)).json().currentStep).toBe('s2');
    // the working group takes it
    expect((await act(officer, id, { type: 'forward' })).statusCode).toBe(200);
    expect((await h.as(member, 'GET', `/api/complaints/${id}`)).json().currentStep).toBe('s6');
  });

  it('letters, email, mass media and the portal go to the working group too', async () => {
    const c = await h.as(officer, 'POST', '/api/complaints', {
      form: 'C',
      channel: 'letter',
      type: 'a',
      receivedAt: '2026-11-24T09:30:00+07:00',
      reporterName: 'Rudi Hartanto',
      reporterAddress: 'Jl. Melati 3, Bogor',
      reporterPhone: '0251 765432',
      subject: 'Surat keluhan izin lambat',
      description: 'Surat tertulis tentang izin usaha yang belum terbit setelah lewat batas waktu layanan.',
      firstResponse: 'Surat diterima dan diteruskan.',
    });
    expect(c.statusCode, c.body).toBe(200);
    const letter = await act(officer, c.json().id, { type: 'settle', answer: 'Sudah terbit.' });
    expect(letter.statusCode).toBe(400);
    const p = (await portal(validPortal({ reporterEmail: 'rute@example.com' }))).json();
    const portalId = await complaintIdOf(p.trackingCode);
    expect((await act(officer, portalId, { type: 'firstResponse', text: 'Kami terima.' })).statusCode).toBe(
      200,
    );
    const v = (await h.as(officer, 'GET', `/api/complaints/${portalId}`)).json();
    expect(v.actions).not.toContain('settle');
    // the Sigap portal is recorded on the case as its own channel, not as LAPOR!
    const [caseRow] = await rows<{
      state: { tasks: Array<{ stepId: string; form: { channel?: string } | null }> };
    }>('select c.state from cases c join complaints k on k.case_id = c.id where k.id = $1', [portalId]);
    expect(caseRow!.state.tasks.find((t) => t.stepId === 's1')?.form?.channel).toBe('portal_sigap');
  });

  it("a face-to-face complaint may be settled at once and appears in the chair's list of settled complaints", async () => {
    const a = await h.as(officer, 'POST', '/api/complaints', {
      form: 'A',
      type: 'c',
      receivedAt: '2026-11-24T09:45:00+07:00',
      reporterName: 'Wulan Sari',
      reporterPhone: '081377788899',
      subject: 'Persyaratan PKKPR berbeda di dua laman',
      description: 'Laman layanan dan laman OSS menyebut persyaratan PKKPR yang berbeda satu sama lain.',
      firstResponse: 'Kami periksa sekarang.',
    });
    expect(a.statusCode, a.body).toBe(200);
    const id = a.json().id as string;
    const staffFwd = await h.as(officer, 'POST', '/api/complaints', {
      form: 'C',
      channel: 'staff',
      type: 'f',
      receivedAt: '2026-11-24T09:50:00+07:00',
      reporterName: 'Joko Prasetyo',
      reporterPhone: '081399988877',
      forwardedBy: 'Rina, Direktorat PPBSNI',
      subject: 'Pertanyaan jadwal konsultasi',
      description: 'Pengaduan yang diteruskan pegawai ASN tentang jadwal konsultasi yang tidak diumumkan.',
      firstResponse: 'Kami periksa sekarang.',
    });
    expect(staffFwd.statusCode, staffFwd.body).toBe(200);
    expect((await h.as(officer, 'GET', `/api/complaints/${id}`)).json().actions).toContain('settle');
    const settled = await act(officer, id, { type: 'settle', answer: 'Yang berlaku persyaratan di OSS.' });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'closed', currentStep: null });
    expect(
      (await act(officer, staffFwd.json().id, { type: 'settle', answer: 'Jadwal sudah diumumkan.' }))
        .statusCode,
    ).toBe(200);

    // reported to the chair: a notice, and the list of complaints settled at once
    const notices = await rows<{ title: string }>(
      `select n.title from notifications n join users u on u.id = n.user_id
       where u.email = 'ketua.pokja.bkpm@sigap.test' and n.kind = 'complaint.settled'`,
    );
    expect(notices.map((n) => n.title).join('\n')).toContain(a.json().trackingNumber);
    const list = await h.as(chair, 'GET', '/api/complaints?settledAtOnce=true&pageSize=100');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as Array<{ id: string; channel: string; status: string }>;
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([id, staffFwd.json().id]));
    for (const i of items) expect(['face_to_face', 'staff']).toContain(i.channel);
    // answered by the working group is not "settled at once"
    const all = (await h.as(chair, 'GET', '/api/complaints?pageSize=100')).json().items.length;
    expect(items.length).toBeLessThan(all);
  });
});

describe('handling, confidentiality, merge', () => {
  let id: string;
  let trackingCode: string;
  let trackingNumber: string;
  let pin: string;
  let spbUnitId: string;

  beforeAll(async () => {
    const r = (
      await portal(validPortal({ reporterEmail: 'rahasia@example.com', reporterName: 'Siti Pelapor' }))
    ).json();
    trackingCode = r.trackingCode;
    trackingNumber = await registerNumberOf(trackingCode);
    pin = r.pin;
    id = await complaintIdOf(trackingCode);
    spbUnitId = (
      await rows<{ id: string }>("select id from units where code = 'DIT-SPB' and agency_id = $1", [bkpmId])
    )[0]!.id;
  });

  it('runs the working group path to an emailed answer shown on the tracking page', async () => {
    expect(
      (await act(officer, id, { type: 'firstResponse', text: 'We received it and are checking.' }))
        .statusCode,
    ).toBe(200);
    const fwd = await act(officer, id, { type: 'forward', note: 'Needs the licensing directorate.' });
    expect(fwd.json()).toMatchObject({ status: 'with_working_group', currentStep: 's6' });
    // the officer cannot do the working group's step
    expect((await act(officer, id, { type: 'examine', findings: 'x'.repeat(10) })).statusCode).toBe(403);
    expect(
      (await act(member, id, { type: 'examine', findings: 'The file is complete; waiting at verification.' }))
        .statusCode,
    ).toBe(200);
    const ask = await act(member, id, {
      type: 'requestInput',
      unitId: spbUnitId,
      question: 'Why is the verification of this application pending?',
      dueWorkingDays: 2,
    });
    expect(ask.statusCode, ask.body).toBe(200);
    // the unit sees the request without the reporter's identity
    const requests = await h.as(direktur, 'GET', '/api/complaint-input-requests');
    expect(requests.statusCode).toBe(200);
    const req = requests.json().items[0];
    expect(req).toMatchObject({ trackingNumber, reporter: null });
    expect(requests.body).not.toContain('Siti');
    expect(requests.body).not.toContain('rahasia@example.com');
    // another unit's staff cannot answer it
    expect(
      (
        await h.as(kaltimOfficer, 'POST', `/api/complaint-input-requests/${req.id}/answer`, {
          answer: `no${'x'.repeat(5)}`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await h.as(direktur, 'POST', `/api/complaint-input-requests/${req.id}/answer`, {
          answer: 'A missing technical review; it is now done.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await act(member, id, { type: 'coordinate', summary: 'Unit confirmed the review is done.' }))
        .statusCode,
    ).toBe(200);
    expect((await act(member, id, { type: 'decideMeeting', needed: false })).statusCode).toBe(403);
    expect((await act(chair, id, { type: 'decideMeeting', needed: false })).statusCode).toBe(200);
    // the member whose lane the answer step is in is told (in-app and by email)
    const told = await rows<{ user_id: string; title: string }>(
      "select user_id, title from notifications where kind = 'complaint.task' and title like $1",
      [`%${trackingNumber}: langkah 10%`],
    );
    expect(told.map((n) => n.user_id)).toEqual([member.me.user.id]);
    const answered = await act(member, id, {
      type: 'answer',
      channel: 'email',
      text: 'Your licence was verified today; you can download it from OSS.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', currentStep: 's11' });
    const mail = await rows<{ subject: string; body_text: string }>(
      "select subject, body_text from outbox where recipient = 'rahasia@example.com' order by created_at",
    );
    expect(mail.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('received'),
        expect.stringContaining('First response'),
        expect.stringContaining('working group'),
        expect.stringContaining('The answer to your complaint'),
      ]),
    );
    const view = (await h.as(null, 'POST', '/api/public/complaints/track', { trackingCode, pin })).json();
    expect(view.answer).toContain('verified today');
    // invited to the agency's satisfaction survey (set in the settings test above)
    expect(view.surveyUrl).toBe('https://skm.example.go.id/bkpm');
    // (messages queued at the same instant have no order: find the answer by its subject)
    expect(mail.find((m) => m.subject.includes('The answer'))?.body_text).toContain(
      'https://skm.example.go.id/bkpm',
    );
    expect(view.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'received',
      'first_response',
      'forwarded',
      'examined',
      'coordination',
      'answered',
    ]);
    expect(JSON.stringify(view)).not.toMatch(
      /Fajar|Maya|Ratna|technical review|waiting at verification|review is done|licensing directorate/,
    );
    // the team sees its own notes on the complaint page
    const office = (await h.as(member, 'GET', `/api/complaints/${id}`)).json();
    expect(office.updates.find((u: { kind: string }) => u.kind === 'examined').text).toContain(
      'waiting at verification',
    );
    const closed = await act(member, id, { type: 'close', report: 'Answered within time; filed.' });
    expect(closed.json()).toMatchObject({ status: 'closed' });
  });

  it('gives no identity to anyone outside the complaint team, through any endpoint', async () => {
    for (const s of [direktur, staf, menteri, admin]) {
      expect((await h.as(s, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
      expect((await h.as(s, 'GET', '/api/complaints')).statusCode).toBe(403);
    }
    expect((await h.as(kaltimOfficer, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
    // the team finds it by the code the reporter reads out on the phone, however it is written
    for (const q of [trackingCode, trackingCode.toLowerCase().replace(/-/g, ' '), trackingCode.slice(4, 9)]) {
      const byCode = (await h.as(officer, 'GET', `/api/complaints?q=${encodeURIComponent(q)}`)).json();
      expect(
        byCode.items.map((i: { trackingCode: string }) => i.trackingCode),
        q,
      ).toEqual([trackingCode]);
      expect(byCode.items[0].trackingNumber).toBe(trackingNumber);
    }
    // the team finds it by the reporter's name; another agency's team does not
    const found = await h.as(officer, 'GET', '/api/complaints?q=Siti%20Pelapor');
    expect(found.json().items.map((i: { trackingNumber: string }) => i.trackingNumber)).toContain(
      trackingNumber,
    );
    const kaltimList = await h.as(kaltimOfficer, 'GET', '/api/complaints?q=Siti');
    expect(kaltimList.body).not.toContain(trackingNumber);
    // the case page a leader above the team can open carries no identity
    const caseId = (await rows<{ case_id: string }>('select case_id from complaints where id = $1', [id]))[0]!
      .case_id;
    const casePage = await h.as(menteri, 'GET', `/api/cases/${caseId}`);
    expect(casePage.statusCode).toBe(200);
    expect(casePage.body).not.toContain('Siti Pelapor');
    expect(casePage.body).not.toContain('rahasia@example.com');
    // nor the audit log an administrator reads
    const audit = await h.as(admin, 'GET', '/api/audit/events');
    expect(audit.statusCode).toBe(200);
    expect(audit.body).not.toContain('Siti Pelapor');
    expect(audit.body).not.toContain('rahasia@example.com');
    // nor the weekly recap the head of the agency reads, as PDF or XLSX
    const xlsx = await h.app.inject({
      method: 'GET',
      url: '/api/complaints/reports/weekly.xlsx?week=2026-11-24',
      headers: { cookie: menteri.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.join(' ')).toContain(trackingNumber);
    expect(cells.join(' ')).not.toMatch(/Siti Pelapor|rahasia@example\.com/);
    const pdf = await h.app.inject({
      method: 'GET',
      url: '/api/complaints/reports/weekly.pdf?week=2026-11-24',
      headers: { cookie: menteri.cookie },
    });
    const parser = new PDFParse({ data: new Uint8Array(pdf.rawPayload) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain(trackingNumber);
    expect(text).not.toMatch(/Siti Pelapor|rahasia@example\.com/);
    // the generic case page cannot complete complaint steps
    const t = await h.as(menteri, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'cancel',
      reason: 'test cancel',
    });
    expect(t.statusCode).toBe(409);
  });

  it('reveals identity to one user with a logged reason, never for an anonymous complaint', async () => {
    const other = (
      await portal(validPortal({ reporterEmail: 'reveal@example.com', reporterName: 'Rudi Terbuka' }))
    ).json();
    const otherId = await complaintIdOf(other.trackingCode);
    await act(officer, otherId, { type: 'firstResponse', text: 'Received, checking.' });
    await act(officer, otherId, { type: 'forward' });
    await act(member, otherId, { type: 'examine', findings: 'Needs the directorate.' });
    await act(member, otherId, {
      type: 'requestInput',
      unitId: spbUnitId,
      question: 'Please call the investor.',
      dueWorkingDays: 1,
    });
    expect(
      (
        await act(member, otherId, {
          type: 'revealIdentity',
          userId: direktur.me.user.id,
          reason: 'x'.repeat(5),
        })
      ).statusCode,
    ).toBe(403);
    const rev = await act(chair, otherId, {
      type: 'revealIdentity',
      userId: direktur.me.user.id,
      reason: 'The directorate must call the investor.',
    });
    expect(rev.statusCode, rev.body).toBe(200);
    const items = (await h.as(direktur, 'GET', '/api/complaint-input-requests')).json().items;
    const otherNumber = await registerNumberOf(other.trackingCode);
    expect(
      items.find((i: { trackingNumber: string }) => i.trackingNumber === otherNumber).reporter.name,
    ).toBe('Rudi Terbuka');
    // staff of the same unit it was not revealed to still see nothing
    const stafItems = (await h.as(staf, 'GET', '/api/complaint-input-requests')).body;
    expect(stafItems).not.toContain('Rudi');
    const logged = await rows<{ after: { reason: string } }>(
      "select after from event_log where action = 'complaint.identity_revealed'",
    );
    expect(logged[0]?.after.reason).toContain('call the investor');

    const anon = (await portal(validPortal({ reporterEmail: 'anon@example.com', anonymous: 'true' }))).json();
    const anonId = await complaintIdOf(anon.trackingCode);
    const refused = await act(chair, anonId, {
      type: 'revealIdentity',
      userId: direktur.me.user.id,
      reason: 'Need to call.',
    });
    expect(refused.statusCode).toBe(409);
  });

  it('tells the unit and the requester once when an input request passes its deadline', async () => {
    // the request of the previous test was due in 1 working day: Wednesday 25 Nov 10:00 WIB
    const later = new Date('2026-11-26T03:00:00Z');
    const first = await runDeadlineSweep({ db: h.database.db, now: later });
    expect(first.overdueInputRequests).toBe(1);
    const notes = await rows<{ user_id: string }>(
      "select user_id from notifications where kind = 'complaint.input_overdue'",
    );
    expect(notes.map((n) => n.user_id)).toEqual(
      expect.arrayContaining([direktur.me.user.id, member.me.user.id]),
    );
    expect((await runDeadlineSweep({ db: h.database.db, now: later })).overdueInputRequests).toBe(0);
  });

  it('shows look-alike open complaints, merges one and undoes the merge', async () => {
    const first = (
      await portal(validPortal({ reporterEmail: 'dup@example.com', subject: 'Izin lokasi belum terbit' }))
    ).json();
    const second = (
      await portal(
        validPortal({ reporterEmail: 'DUP@example.com', subject: 'Izin lokasi belum terbit juga' }),
      )
    ).json();
    const firstId = await complaintIdOf(first.trackingCode);
    const secondId = await complaintIdOf(second.trackingCode);
    const view = (await h.as(officer, 'GET', `/api/complaints/${secondId}`)).json();
    const dup = view.duplicates.find((d: { id: string }) => d.id === firstId);
    expect(dup.reasons).toEqual(expect.arrayContaining(['contact', 'nib', 'company', 'text']));
    await act(officer, secondId, { type: 'firstResponse', text: 'Received, checking.' });

    const merged = await act(officer, secondId, {
      type: 'merge',
      intoComplaintId: firstId,
      reason: 'Same licence, same reporter.',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({
      status: 'merged',
      mergedInto: { id: firstId },
      actions: ['unmerge'],
    });
    const caseStatus = await rows<{ status: string }>(
      'select c.status from cases c join complaints x on x.case_id = c.id where x.id = $1',
      [secondId],
    );
    expect(caseStatus[0]!.status).toBe('cancelled');
    const tracked = (
      await h.as(null, 'POST', '/api/public/complaints/track', {
        trackingCode: second.trackingCode,
        pin: second.pin,
      })
    ).json();
    expect(tracked).toMatchObject({ status: 'merged', mergedIntoTrackingCode: first.trackingCode });
    expect((await h.as(officer, 'GET', `/api/complaints/${firstId}`)).json().mergedFrom).toEqual([
      { id: secondId, trackingNumber: await registerNumberOf(second.trackingCode) },
    ]);

    const undone = await act(officer, secondId, {
      type: 'unmerge',
      reason: 'Different locations after all.',
    });
    expect(undone.statusCode, undone.body).toBe(200);
    // back where it stood: first response given, the officer decides again, on a new open case
    expect(undone.json()).toMatchObject({ status: 'in_progress', mergedInto: null, currentStep: 's2' });
    expect((await h.as(officer, 'GET', `/api/complaints/${firstId}`)).json().mergedFrom).toEqual([]);
  });
});

describe('rate limit', () => {
  it('rate-limits tracking requests per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++)
      codes.push(
        (
          await h.app.inject({
            method: 'POST',
            url: '/api/public/complaints/track',
            remoteAddress: '203.0.113.9',
            // a different unknown code each time: the address limit, not the PIN throttles
            payload: { trackingCode: `ADU-${String(i).padStart(5, '0')}-00000`, pin: '123456' },
          })
        ).statusCode,
      );
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
  });
});
