import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { type FilePart, multipartBody, SAMPLE_PDF } from '../../../testing/multipart';
import { qrCodesInPdf } from '../../../testing/qr';

let h: Harness;
let tuPromosi: Session;
let deputiPromosi: Session;
let tuTi: Session;
let direktur: Session;
let staf: Session;
let kaltimTu: Session;
let complaintOfficer: Session;
let bkpmId: string;

// Wednesday 13 May 2026, 09:00 WIB: Thursday 14 May is Ascension Day (holiday) and Friday
// 15 May collective leave, so 5 working days run Mon 18 … Fri 22 May
const START = new Date('2026-05-13T02:00:00Z');
const DUE = '2026-05-22T02:00:00.000Z';

beforeAll(async () => {
  h = await createHarness({ now: START });
  tuPromosi = await h.login('tu.promosi.bkpm@sigap.test');
  deputiPromosi = await h.login('deputi.promosi.bkpm@sigap.test');
  tuTi = await h.login('tu.ti.bkpm@sigap.test');
  direktur = await h.login('direktur.spb.bkpm@sigap.test');
  staf = await h.login('staf.spb.bkpm@sigap.test');
  kaltimTu = await h.login('tu.kaltim@sigap.test');
  complaintOfficer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  bkpmId = tuPromosi.me.agency.id;
});
afterAll(async () => h?.close());

const PDF: FilePart = {
  field: 'attachments',
  filename: 'rencana.pdf',
  contentType: 'application/pdf',
  bytes: SAMPLE_PDF,
};

function post(url: string, fields: Record<string, string>, files: FilePart[] = [], lang: 'id' | 'en' = 'en') {
  const body = multipartBody(fields, files);
  return h.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': body.contentType, 'accept-language': lang },
    payload: body.payload,
  });
}

const oneOnOne = (over: Record<string, string> = {}) => ({
  agencyId: bkpmId,
  applicantName: 'Kenji Watanabe',
  applicantIdentity: 'Director, PT Sakura Baterai Nusantara; passport TZ1234567',
  applicantEmail: 'kenji@example.com',
  contactPhone: '+81 90 1234 5678',
  companyName: 'PT Sakura Baterai Nusantara',
  addressee: 'deputy_promotion',
  investmentSector: 'Battery manufacturing',
  kbli: '27201',
  investmentLocation: 'Batang, Central Java',
  investmentValue: '250.000.000',
  investmentCurrency: 'USD',
  investmentTimeline: '2027-2029',
  topics: 'Land availability in the industrial estate and incentives for EV batteries',
  language: 'en',
  ...over,
});

const facilitation = (over: Record<string, string> = {}) => ({
  agencyId: bkpmId,
  applicantName: 'Sari Wulandari',
  applicantIdentity: 'Staff of PT Kopi Lestari, NIK 3171234567890001',
  applicantEmail: 'sari@example.com',
  whatsapp: '0812 9876 5432',
  companyName: 'PT Kopi Lestari',
  chronology: 'Since 2 May the OSS system rejects our licence amendment with error 500 on the KBLI page.',
  consultationReference: 'HD-2026-04411',
  regularUnitsFailed: 'true',
  proposedDate: '2026-05-22',
  priority: 'elderly',
  language: 'en',
  ...over,
});

async function count(table: string): Promise<number> {
  const r = await h.database.query(`select count(*)::int as n from ${table}`);
  return (r.rows[0] as { n: number }).n;
}
async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}
const idOf = async (code: string) =>
  (await rows<{ id: string }>('select id from service_requests where tracking_code = $1', [code]))[0]!.id;
const act = (s: Session, id: string, action: Record<string, unknown>) =>
  h.as(s, 'POST', `/api/service-requests/${id}/actions`, action);

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('one-on-one meeting request (SK 177/2024)', () => {
  let code = '';
  let pin = '';

  it('refuses a request without item (b), naming each field, in the reader language; nothing is stored', async () => {
    const before = await Promise.all(['service_requests', 'files', 'outbox', 'cases'].map(count));
    const res = await post(
      '/api/public/service-requests/one-on-one',
      oneOnOne({ investmentSector: '', kbli: '', investmentValue: '' }),
      [PDF],
      'id',
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields as Array<{ field: string; rule: string; message: string }>;
    expect(fields.map((f) => f.field).sort()).toEqual(['investmentSector', 'investmentValue', 'kbli']);
    expect(fields.find((f) => f.field === 'kbli')?.message).toContain('wajib diisi');
    const bad = await post('/api/public/service-requests/one-on-one', oneOnOne({ kbli: '2720' }), []);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'kbli',
          rule: 'kbli',
          message: "'kbli' must be a 5-digit KBLI code.",
        }),
        expect.objectContaining({ field: 'attachments', rule: 'required' }),
      ]),
    );
    expect(await Promise.all(['service_requests', 'files', 'outbox', 'cases'].map(count))).toEqual(before);
  });

  it('accepts the complete request: LAY code, PIN, reply due 5 working days later around Ascension Day', async () => {
    const res = await post('/api/public/service-requests/one-on-one', oneOnOne(), [PDF]);
    expect(res.statusCode).toBe(200);
    const receipt = res.json();
    expect(receipt.trackingCode).toMatch(/^LAY-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(receipt.number).toBeUndefined();
    expect(receipt.pin).toMatch(/^\d{6}$/);
    expect(receipt.dueAt).toBe(DUE);
    code = receipt.trackingCode;
    pin = receipt.pin;
    const [row] = await rows<{ number: string; case_id: string; details: Record<string, string> }>(
      'select number, case_id, details from service_requests where tracking_code = $1',
      [code],
    );
    expect(row!.number).toMatch(/^LAY-2026-\d{6}$/);
    expect(row!.details.investmentValue).toBe('250000000');
    // the fixed deadline sits on the reply step (s1) of the SOP's case
    const tasks = await rows<{ step_id: string; due_at: Date; status: string }>(
      'select step_id, due_at, status from tasks where case_id = $1',
      [row!.case_id],
    );
    expect(tasks).toEqual([expect.objectContaining({ step_id: 's1', status: 'ready' })]);
    expect(tasks[0]!.due_at.toISOString()).toBe(DUE);
    const mail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'kenji@example.com'",
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body_text).toContain(code);
    expect(mail[0]!.body_text).not.toContain(pin);
  });

  it('tracks with the code and PIN; a wrong PIN or an ADU code does not', async () => {
    const ok = await h.as(null, 'POST', '/api/public/service-requests/track', {
      trackingCode: code.toLowerCase(),
      pin,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ service: 'pertemuan-one-on-one', status: 'received', dueAt: DUE });
    expect(ok.json().steps.map((s: { kind: string }) => s.kind)).toEqual(['received']);
    const wrong = await h.as(null, 'POST', '/api/public/service-requests/track', {
      trackingCode: code,
      pin: pin === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(404);
    const adu = await h.as(null, 'POST', '/api/public/service-requests/track', {
      trackingCode: 'ADU-7KQ4M-9XPT2',
      pin,
    });
    expect(adu.statusCode).toBe(400);
    expect(adu.json().fields[0]).toMatchObject({ field: 'trackingCode', rule: 'service_request_code' });
  });

  it('another agency and people outside the team get 404 or 403; the list is the team’s', async () => {
    const id = await idOf(code);
    expect((await h.as(kaltimTu, 'GET', `/api/service-requests/${id}`)).statusCode).toBe(404);
    expect(
      (
        await act(kaltimTu, id, {
          type: 'reply',
          decision: 'accept',
          mode: 'letter',
          text: 'We accept your request.',
        })
      ).statusCode,
    ).toBe(404);
    expect((await h.as(complaintOfficer, 'GET', '/api/service-requests')).statusCode).toBe(403);
    const list = await h.as(tuPromosi, 'GET', '/api/service-requests');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(code);
    expect((await h.as(kaltimTu, 'GET', '/api/service-requests')).json().items).toHaveLength(0);
  });

  it('the Deputy replies (accepted, meeting to be scheduled); the administration office may not decide', async () => {
    const id = await idOf(code);
    // the reply is the module's step: the generic case page may not complete it (no email, no tracking)
    const caseId = (await h.as(deputiPromosi, 'GET', `/api/service-requests/${id}`)).json().caseId as string;
    const before = (await h.as(deputiPromosi, 'GET', `/api/cases/${caseId}`)).json();
    const s1 = before.tasks.find((t: { stepId: string }) => t.stepId === 's1');
    expect(s1.canWork).toBe(false);
    const bypass = await h.as(deputiPromosi, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'complete',
      taskId: s1.id,
      form: {},
    });
    expect(bypass.statusCode).toBe(409);
    const byTu = await act(tuPromosi, id, {
      type: 'reply',
      decision: 'accept',
      mode: 'letter',
      text: 'Diterima, jadwal menyusul.',
    });
    expect(byTu.statusCode).toBe(403);
    const short = await act(deputiPromosi, id, {
      type: 'reply',
      decision: 'accept',
      mode: 'letter',
      text: 'ok',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields[0]).toMatchObject({ field: 'text', rule: 'too_short' });
    const res = await act(deputiPromosi, id, {
      type: 'reply',
      decision: 'accept',
      mode: 'oral',
      text: 'Accepted; the meeting with the Deputy will be scheduled within the month.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', reply: { decision: 'accept', mode: 'oral' } });
    expect(res.json().openSteps).toEqual(['s2']);
    // the reply's 5 working days were the deadline; the preparation runs against the meeting
    // date, not set yet, so the case is not due (and never shown overdue) until it is
    const [c] = await rows<{ due_at: Date | null; status: string }>(
      'select c.due_at, c.status from cases c join service_requests r on r.case_id = c.id where r.id = $1',
      [id],
    );
    expect(c).toMatchObject({ due_at: null, status: 'open' });
    // the preparation (s2-s16) is worked on the case page by its holders until the promotion module drives it
    const director = await h.login('direktur.promosi.bkpm@sigap.test');
    const after = (await h.as(director, 'GET', `/api/cases/${caseId}`)).json();
    expect(after.tasks.find((t: { stepId: string }) => t.stepId === 's2').canWork).toBe(true);
    const tracked = await h.as(null, 'POST', '/api/public/service-requests/track', {
      trackingCode: code,
      pin,
    });
    expect(tracked.json().steps.map((s: { kind: string }) => s.kind)).toEqual(['received', 'accepted']);
    const again = await act(deputiPromosi, id, {
      type: 'reply',
      decision: 'refuse',
      mode: 'letter',
      text: 'Second thoughts here.',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields[0]).toMatchObject({ field: 'type', rule: 'not_open' });
  });

  it('a refusal gives reasons and ends the case', async () => {
    const res = await post(
      '/api/public/service-requests/one-on-one',
      oneOnOne({ applicantEmail: 'other@example.com' }),
      [PDF],
    );
    const id = await idOf(res.json().trackingCode);
    const refused = await act(deputiPromosi, id, {
      type: 'reply',
      decision: 'refuse',
      mode: 'letter',
      text: 'The planned investment is below the threshold for a ministerial meeting; please contact the regional office.',
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().status).toBe('refused');
    const [c] = await rows<{ status: string }>(
      'select c.status from cases c join service_requests r on r.case_id = c.id where r.id = $1',
      [id],
    );
    expect(c!.status).toBe('cancelled');
    const mail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'other@example.com'",
    );
    expect(mail.some((m) => m.body_text.includes('below the threshold'))).toBe(true);
  });
});

describe('technical-issue facilitation (seed 001)', () => {
  let code = '';
  let pin = '';

  it('refuses a date 4 working days out, naming the earliest date, and accepts 5 (around collective leave)', async () => {
    const before = await count('service_requests');
    const early = await post(
      '/api/public/service-requests/facilitation',
      facilitation({ proposedDate: '2026-05-21' }),
      [PDF],
      'id',
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual([
      expect.objectContaining({
        field: 'proposedDate',
        rule: 'earliest_date',
        message: expect.stringContaining('2026-05-22'),
      }),
    ]);
    const missing = await post(
      '/api/public/service-requests/facilitation',
      facilitation({ consultationReference: '', regularUnitsFailed: 'false' }),
      [],
    );
    expect(
      missing
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['attachments', 'consultationReference', 'regularUnitsFailed']);
    expect(await count('service_requests')).toBe(before);
    const earliest = await h.as(null, 'GET', `/api/public/service-requests/earliest-date?agencyId=${bkpmId}`);
    expect(earliest.json().earliest).toBe('2026-05-22');
    const ok = await post('/api/public/service-requests/facilitation', facilitation(), [PDF]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ priority: 'elderly', dueAt: '2026-05-22T09:30:00.000Z' });
    code = ok.json().trackingCode;
    pin = ok.json().pin;
    // the administration office's shared inbox flags the request for priority service
    const id = await idOf(code);
    const [{ case_id: caseId }] = (await rows<{ case_id: string }>(
      'select case_id from service_requests where id = $1',
      [id],
    )) as [{ case_id: string }];
    const inbox = await h.as(tuTi, 'GET', '/api/inbox?tab=unit&pageSize=100', undefined, 'en');
    const item = inbox.json().items.find((i: { caseId: string }) => i.caseId === caseId);
    expect(item.flags).toEqual([
      { code: 'priority', label: { id: 'Prioritas: Lanjut usia', en: 'Priority: Elderly' } },
    ]);
  });

  it('the receipt PDF carries the code, the PIN and the priority flag', async () => {
    const res = await h.as(null, 'POST', '/api/public/service-requests/receipt', { trackingCode: code, pin });
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain(code);
    expect(text).toContain(pin);
    expect(text).toContain('PRIORITAS: Lanjut usia');
  });

  it('is registered, assigned, rescheduled (history kept, applicant emailed) and finished online with minutes', async () => {
    const id = await idOf(code);
    expect((await act(direktur, id, { type: 'register' })).statusCode).toBe(403);
    expect((await act(tuTi, id, { type: 'register', note: 'Agenda 0412' })).statusCode).toBe(200);
    expect((await act(direktur, id, { type: 'assign' })).statusCode).toBe(200);
    const tooEarly = await act(staf, id, {
      type: 'reschedule',
      newDate: '2026-05-21',
      reason: 'Officer on duty travel',
    });
    expect(tooEarly.json().fields[0]).toMatchObject({ field: 'newDate', rule: 'earliest_date' });
    const moved = await act(staf, id, {
      type: 'reschedule',
      newDate: '2026-05-29',
      reason: 'Agreed by phone with the applicant',
    });
    expect(moved.statusCode).toBe(200);
    // Friday 29 May closes at 16:30 WIB: the agreed date is the due date
    expect(moved.json()).toMatchObject({ agreedDate: '2026-05-29', dueAt: '2026-05-29T09:30:00.000Z' });
    expect(moved.json().schedules.map((s: { date: string }) => s.date)).toEqual(['2026-05-22', '2026-05-29']);
    const [c] = await rows<{ due_at: Date }>(
      'select c.due_at from cases c join service_requests r on r.case_id = c.id where r.id = $1',
      [id],
    );
    expect(c!.due_at.toISOString()).toBe('2026-05-29T09:30:00.000Z');
    const mail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'sari@example.com' and subject like '%' order by created_at",
    );
    expect(
      mail.some(
        (m) => m.body_text.includes('rescheduled as agreed') && m.body_text.includes('Agreed by phone'),
      ),
    ).toBe(true);
    const noMinutes = await act(staf, id, {
      type: 'finish',
      product: 'online_meeting',
      meetingLink: 'https://meet.example.com/abc',
      attendees: 'Sari; Rizky',
    });
    expect(noMinutes.statusCode).toBe(400);
    expect(noMinutes.json().fields.map((f: { field: string }) => f.field)).toEqual(['minutes']);
    // a reply letter is a signed letter of the case from the document service, not free text
    const noLetter = await act(staf, id, {
      type: 'finish',
      product: 'reply_letter',
      letterText: 'See attached.',
    });
    expect(noLetter.json().fields).toEqual([
      expect.objectContaining({ field: 'documentId', rule: 'required' }),
    ]);
    const foreignLetter = await act(staf, id, {
      type: 'finish',
      product: 'reply_letter',
      documentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreignLetter.json().fields).toEqual([
      expect.objectContaining({ field: 'documentId', rule: 'invalid' }),
    ]);
    expect((await h.as(staf, 'GET', `/api/service-requests/${id}`)).json()).toMatchObject({
      status: 'in_progress',
      documents: [],
    });
    const done = await act(staf, id, {
      type: 'finish',
      product: 'online_meeting',
      meetingLink: 'https://meet.example.com/abc',
      attendees: 'Sari Wulandari; Rizky Pratama',
      minutes: 'The KBLI page error was a stale session; cleared and the amendment went through.',
      priorityServiceGiven: false,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'finished', result: { product: 'online_meeting' } });
    const tracked = await h.as(null, 'POST', '/api/public/service-requests/track', {
      trackingCode: code,
      pin,
    });
    expect(tracked.json().steps.map((s: { kind: string }) => s.kind)).toEqual([
      'received',
      'registered',
      'assigned',
      'rescheduled',
      'finished',
    ]);
    // the satisfaction survey: one invitation for the finished request, its link in the email and on /lacak
    expect(tracked.json().surveyUrl).toMatch(/^http:\/\/localhost:3000\/survei\//);
    const invitations = await rows<{ service_key: string }>(
      "select service_key from survey_invitations where record_type = 'service_request' and record_id = $1",
      [id],
    );
    expect(invitations).toEqual([{ service_key: 'fasilitasi-kendala-teknis' }]);
    const finishedMail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'sari@example.com' and body_text like '%survei%'",
    );
    expect(finishedMail[0]!.body_text).toContain(tracked.json().surveyUrl);
    // at the counter the officer prints the receipt again: it now carries the survey's QR code
    const printed = await h.as(staf, 'POST', `/api/service-requests/${id}/receipt`, { pin });
    expect(printed.statusCode).toBe(200);
    expect(await pdfText(printed.rawPayload)).toContain('Survei Kepuasan Masyarakat');
    expect(await qrCodesInPdf(printed.rawPayload)).toContain(tracked.json().surveyUrl);
  });
});

describe('staff registration with missing requirements', () => {
  it('holds the request incomplete with the clock paused, tells the applicant, and resumes when completed', async () => {
    const bad = await h.as(tuPromosi, 'POST', '/api/service-requests', {
      service: 'pertemuan-one-on-one',
      channel: 'letter',
      receivedAt: START.toISOString(),
      kbli: '123',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(['kbli']);
    const noContact = await h.as(tuPromosi, 'POST', '/api/service-requests', {
      service: 'pertemuan-one-on-one',
      channel: 'letter',
      receivedAt: START.toISOString(),
    });
    expect(noContact.json().fields).toEqual([
      expect.objectContaining({ field: 'applicantEmail', rule: 'contact_required' }),
    ]);
    expect(
      (
        await h.as(staf, 'POST', '/api/service-requests', {
          service: 'pertemuan-one-on-one',
          channel: 'letter',
          receivedAt: START.toISOString(),
          applicantEmail: 'x@example.com',
        })
      ).statusCode,
    ).toBe(403);
    const res = await h.as(tuPromosi, 'POST', '/api/service-requests', {
      service: 'pertemuan-one-on-one',
      channel: 'letter',
      receivedAt: START.toISOString(),
      applicantName: 'Budi Santoso',
      applicantIdentity: 'Direktur PT Sawit Hijau',
      applicantEmail: 'budi@example.com',
      contactPhone: '0811 222 333',
      addressee: 'minister',
      topics: 'Replanting programme and the downstream refinery plan',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'incomplete', dueAt: null, missingItems: ['b', 'd'] });
    expect(res.json().number).toMatch(/^LAY-2026-\d{6}$/);
    const id = res.json().id as string;
    const [c] = await rows<{ paused: boolean }>(
      'select c.paused from cases c join service_requests r on r.case_id = c.id where r.id = $1',
      [id],
    );
    expect(c!.paused).toBe(true);
    const mail = await rows<{ body_text: string }>(
      "select body_text from outbox where recipient = 'budi@example.com'",
    );
    expect(mail[0]!.body_text).toContain('(b) rencana investasi');
    expect(mail[0]!.body_text).toContain('(d) data dukung');
    // a reply is refused while incomplete
    expect(
      (
        await act(deputiPromosi, id, {
          type: 'reply',
          decision: 'accept',
          mode: 'letter',
          text: 'Accepted, will schedule.',
        })
      ).statusCode,
    ).toBe(400);
    // one working day later (Monday 18 May 09:00 WIB) the applicant brings the rest
    h.now = new Date('2026-05-18T02:00:00Z');
    const partial = await act(tuPromosi, id, {
      type: 'completeRequirements',
      values: { supportingDataReceived: true },
    });
    expect(partial.json()).toMatchObject({ status: 'incomplete', missingItems: ['b'] });
    const done = await act(tuPromosi, id, {
      type: 'completeRequirements',
      values: {
        investmentSector: 'Palm oil refinery',
        kbli: '10431',
        investmentLocation: 'Dumai, Riau',
        investmentValue: '1200000000000',
        investmentCurrency: 'IDR',
        investmentTimeline: '2027',
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().missingItems, done.body).toEqual([]);
    expect(done.json().status).toBe('received');
    expect(done.json().missingItems).toEqual([]);
    // paused Wed 13 May 09:00 - Mon 18 May 09:00: 8.5 working hours (13 May 09:00-16:00, 18 May
    // 07:30-09:00). From the unpaused due, Fri 22 May 09:00: 5.5 h that Friday (its prayer break
    // skipped), 3 h on Monday 25 May from 07:30, so due Mon 25 May 10:30 WIB
    expect(done.json().dueAt).toBe('2026-05-25T03:30:00.000Z');
    const [c2] = await rows<{ paused: boolean; due: Date }>(
      'select c.paused, t.due_at as due from cases c join service_requests r on r.case_id = c.id join tasks t on t.case_id = c.id where r.id = $1',
      [id],
    );
    expect(c2!.paused).toBe(false);
    expect(c2!.due.toISOString()).toBe('2026-05-25T03:30:00.000Z');
    h.now = START;
  });
});

describe('registered from a letter of the agenda book, with files added later', () => {
  const letterFields = {
    sender: 'PT Andalas Geothermal Energi',
    letterNumber: '031/AGE/V/2026',
    letterDate: '2026-05-11',
    receivedAt: '2026-05-12T03:15:00.000Z',
    subject: 'Permohonan audiensi dengan Menteri Investasi',
  };
  const postLetter = (s: Session) => {
    const body = multipartBody(letterFields, [
      { field: 'scan', filename: 'surat-audiensi.pdf', contentType: 'application/pdf', bytes: SAMPLE_PDF },
    ]);
    return h.app.inject({
      method: 'POST',
      url: '/api/incoming-letters',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  const register = (s: Session, incomingLetterId: string, lang: 'id' | 'en' = 'en') =>
    h.as(
      s,
      'POST',
      '/api/service-requests',
      {
        service: 'pertemuan-one-on-one',
        channel: 'letter',
        receivedAt: letterFields.receivedAt,
        incomingLetterId,
        applicantName: 'Rahmat Hidayat',
        applicantIdentity: 'Direktur Utama PT Andalas Geothermal Energi',
        applicantEmail: 'rahmat@andalas-geo.example',
        contactPhone: '0812 6600 1122',
        addressee: 'minister',
        investmentSector: 'Geothermal power',
        kbli: '35111',
        investmentLocation: 'Solok Selatan, West Sumatra',
        investmentValue: '400000000',
        investmentCurrency: 'USD',
        investmentTimeline: '2027-2030',
        topics: 'Exploration permit timeline and the electricity purchase agreement',
        supportingDataReceived: true,
      },
      lang,
    );

  it('links the letter to the request, keeps its scan, and refuses a second registration or a foreign letter', async () => {
    const letter = await postLetter(tuPromosi);
    expect(letter.statusCode, letter.body).toBe(200);
    const letterId = letter.json().id as string;
    const foreign = await postLetter(kaltimTu);
    const before = await Promise.all(['service_requests', 'cases'].map(count));
    const other = await register(tuPromosi, foreign.json().id);
    expect(other.statusCode).toBe(400);
    expect(other.json().fields[0]).toMatchObject({ field: 'incomingLetterId', rule: 'invalid' });
    expect(await Promise.all(['service_requests', 'cases'].map(count))).toEqual(before);

    const res = await register(tuPromosi, letterId);
    expect(res.statusCode, res.body).toBe(200);
    // received Tuesday 12 May 10:15 WIB: 5 working days skip Ascension Day and the collective leave
    expect(res.json()).toMatchObject({ status: 'received', dueAt: '2026-05-21T03:15:00.000Z' });
    const id = res.json().id as string;
    const detail = (await h.as(tuPromosi, 'GET', `/api/service-requests/${id}`)).json();
    expect(detail.attachments).toEqual([
      expect.objectContaining({ filename: 'surat-audiensi.pdf', role: 'letter' }),
    ]);
    const linked = (await h.as(tuPromosi, 'GET', `/api/incoming-letters/${letterId}`)).json();
    expect(linked.caseId).toBe(detail.caseId);

    const twice = await register(tuPromosi, letterId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain(linked.caseNumber);
    expect(await count('service_requests')).toBe(before[0]! + 1);
  });

  it('the team adds supporting data and downloads it; bad files and outsiders are refused', async () => {
    const [r] = await rows<{ id: string }>(
      "select id from service_requests where applicant_email = 'rahmat@andalas-geo.example'",
    );
    const upload = (s: Session, files: FilePart[], fields: Record<string, string> = {}) => {
      const body = multipartBody(fields, files);
      return h.app.inject({
        method: 'POST',
        url: `/api/service-requests/${r!.id}/files`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const filesBefore = await count('files');
    const exe: FilePart = {
      field: 'attachments',
      filename: 'profil.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from('MZ\x90\x00 not a pdf at all'),
    };
    const bad = await upload(tuPromosi, [PDF, exe]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toMatch(/^attachments/);
    expect(await count('files')).toBe(filesBefore);
    expect((await upload(kaltimTu, [PDF])).statusCode).toBe(404);
    expect((await upload(complaintOfficer, [PDF])).statusCode).toBe(403);

    const ok = await upload(tuPromosi, [{ ...PDF, filename: 'profil-perusahaan.pdf' }]);
    expect(ok.statusCode, ok.body).toBe(200);
    const added = ok
      .json()
      .attachments.find((f: { filename: string }) => f.filename === 'profil-perusahaan.pdf');
    expect(added).toMatchObject({ role: 'supporting' });
    const down = await h.as(deputiPromosi, 'GET', `/api/service-requests/${r!.id}/files/${added.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect((await h.as(kaltimTu, 'GET', `/api/service-requests/${r!.id}/files/${added.id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('finished with a reply letter signed in the document service', () => {
  it('sends the signed letter to the applicant with the email; an unsigned draft is refused', async () => {
    const reg = await h.as(tuTi, 'POST', '/api/service-requests', {
      service: 'fasilitasi-kendala-teknis',
      channel: 'letter',
      receivedAt: START.toISOString(),
      applicantName: 'Maria Ulfah',
      applicantIdentity: 'Direktur CV Tenun Sumba Lestari',
      applicantEmail: 'maria@tenun-sumba.example',
      contactPhone: '0813 3900 1200',
      chronology: 'The OSS system shows our NIB as inactive although it was renewed in April.',
      consultationReference: 'HD-2026-05501',
      regularUnitsFailed: true,
      supportingDataReceived: true,
      proposedDate: '2026-05-25',
    });
    expect(reg.statusCode, reg.body).toBe(200);
    const id = reg.json().id as string;
    const registered = await act(tuTi, id, { type: 'register' });
    expect(registered.statusCode, registered.body).toBe(200);
    expect((await act(direktur, id, { type: 'assign' })).statusCode).toBe(200);
    const caseId = (await h.as(staf, 'GET', `/api/service-requests/${id}`)).json().caseId as string;
    // the officer drafts the reply letter on the request's case; the Director signs it
    const unitId = (await h.as(staf, 'GET', '/api/documents/options')).json().defaultUnitId;
    const drafted = await h.as(staf, 'POST', '/api/documents', {
      templateCode: 'surat-jawaban',
      caseId,
      title: 'Surat balasan fasilitasi CV Tenun Sumba Lestari',
      classification: '005',
      unitId,
      data: {
        nature: 'biasa',
        subject: 'Jawaban permohonan fasilitasi kendala teknis',
        recipientName: 'Maria Ulfah',
        reference: 'Surat permohonan fasilitasi tanggal 13 Mei 2026',
        answer: 'Status NIB telah diperbarui pada sistem OSS; silakan masuk kembali.',
      },
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const docId = drafted.json().id as string;
    const unsigned = await act(staf, id, { type: 'finish', product: 'reply_letter', documentId: docId });
    expect(unsigned.json().fields).toEqual([
      expect.objectContaining({ field: 'documentId', rule: 'not_signed' }),
    ]);
    const submitted = await h.as(staf, 'POST', `/api/documents/${docId}/actions`, {
      type: 'submit',
      reviewerUserIds: [],
      signerUserId: direktur.me.user.id,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const signed = await h.as(direktur, 'POST', `/api/documents/${docId}/actions`, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    const number = signed.json().number as string;
    const view = (await h.as(staf, 'GET', `/api/service-requests/${id}`)).json();
    expect(view.documents).toEqual([expect.objectContaining({ id: docId, status: 'signed', number })]);
    const done = await act(staf, id, {
      type: 'finish',
      product: 'reply_letter',
      documentId: docId,
      letterText: 'Terlampir surat balasan kami.',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'finished',
      result: { product: 'reply_letter', letterNumber: number },
    });
    const [mail] = await rows<{ attachments: Array<{ fileId: string; filename: string }> }>(
      "select attachments from outbox where recipient = 'maria@tenun-sumba.example' and body_text like '%Terlampir surat balasan%'",
    );
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.filename).toMatch(/\.pdf$/);
  });
});
