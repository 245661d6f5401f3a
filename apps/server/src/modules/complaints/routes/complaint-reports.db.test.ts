import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoss } from '../../../platform/jobs/boss';
import { throttleKey } from '../../../platform/use-cases/throttling/throttles';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { multipartBody } from '../../../testing/multipart';
import { COMPLAINT_WEEKLY_RECAP, startComplaintRecapJob } from '../jobs/weekly-recap-job';
import { prepareWeeklyRecaps } from '../use-cases/prepare-weekly-recaps';
import { remindWeeklyRecaps } from '../use-cases/remind-weekly-recaps';

let h: Harness;
let officer: Session;
let member: Session;
let menteri: Session;
let admin: Session;
let staf: Session;
let kaltimOfficer: Session;
let bkpmId: string;
let kaltimId: string;

/** Sets the clock to a Jakarta (WIB, UTC+7) wall-clock time. */
const at = (local: string) => {
  h.now = wib(local);
};
const wib = (local: string) => new Date(`${local}:00+07:00`);

/** The week under test: Monday 23 to Sunday 29 November 2026 (WIB). */
const WEEK = { start: wib('2026-11-23T00:00'), end: wib('2026-11-30T00:00') };
/** Reports are read on Wednesday 2 December 2026, 10:00 WIB. */
const READ_AT = '2026-12-02T10:00';

/** Per complaint: the staff register number, the reporter's public code, the PIN and the id. */
const received: Record<string, { trackingNumber: string; trackingCode: string; pin: string; id: string }> =
  {};

async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}

async function complaintOf(trackingCode: string): Promise<{ id: string; trackingNumber: string }> {
  return (
    await rows<{ id: string; trackingNumber: string }>(
      'select id, tracking_number as "trackingNumber" from complaints where tracking_code = $1',
      [trackingCode],
    )
  )[0]!;
}

const OFFICER = 'petugas.pengaduan.bkpm@sigap.test';
const KALTIM_OFFICER = 'petugas.pengaduan.kaltim@sigap.test';
const MEMBER = 'anggota.pokja.bkpm@sigap.test';
const CHAIR = 'ketua.pokja.bkpm@sigap.test';

/** Records a complaint on Form A/B/C at the current clock (sessions last a week: a fresh login each time). */
async function record(email: string, name: string, body: Record<string, unknown>) {
  const res = await h.as(await h.login(email), 'POST', '/api/complaints', { language: 'id', ...body });
  expect(res.statusCode, res.body).toBe(200);
  const r = res.json();
  received[name] = { trackingNumber: r.trackingNumber, trackingCode: r.trackingCode, pin: r.pin, id: r.id };
  return received[name];
}

const formA = (type: string, receivedAt: string, subject: string) => ({
  form: 'A',
  type,
  receivedAt: `${receivedAt}:00+07:00`,
  reporterName: `Pelapor ${subject}`,
  reporterEmail: `${subject.toLowerCase().replace(/\W+/g, '.')}@example.com`,
  subject,
  description: `Uraian pengaduan tentang ${subject.toLowerCase()} yang cukup panjang untuk dicatat.`,
  firstResponse: 'Pengaduan kami terima dan kami periksa hari ini.',
});

/** Files a complaint on the public portal at the current clock. */
async function portal(name: string, fields: Record<string, string>) {
  const body = multipartBody({
    agencyId: bkpmId,
    description: 'Permohonan izin saya belum diverifikasi selama tiga minggu tanpa kabar apa pun.',
    reporterName: `Warga ${name}`,
    reporterEmail: `${name.toLowerCase()}@example.com`,
    language: 'id',
    ...fields,
  });
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  const r = res.json();
  received[name] = { ...(await complaintOf(r.trackingCode)), trackingCode: r.trackingCode, pin: r.pin };
  return received[name];
}

async function act(id: string, action: Record<string, unknown>, as = OFFICER) {
  const res = await h.as(await h.login(as), 'POST', `/api/complaints/${id}/actions`, action);
  expect(res.statusCode, res.body).toBe(200);
}

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** Counts straight from the tables, written independently of the report code. */
async function sqlWeek(agencyId: string) {
  const q = async (where: string) =>
    (
      await rows<{ n: number }>(
        `select count(*)::int as n from complaints
         where agency_id = $1 and status not in ('draft', 'rejected') and $2::timestamptz < $3::timestamptz and ${where}`,
        [agencyId, WEEK.start.toISOString(), WEEK.end.toISOString()],
      )
    )[0]!.n;
  const open = `received_at < $3 and status <> 'merged'
    and (answered_at is null or answered_at >= $3) and (closed_at is null or closed_at >= $3)`;
  return {
    total: await q('received_at >= $2 and received_at < $3'),
    answered: await q(`status <> 'merged' and answered_at >= $2 and answered_at < $3`),
    answeredWithinTime: await q(
      `status <> 'merged' and answered_at >= $2 and answered_at < $3 and answered_at <= answer_due`,
    ),
    openAtEnd: await q(open),
    overdue: await q(`${open} and answer_due < $3`),
  };
}

beforeAll(async () => {
  h = await createHarness({ now: wib('2026-11-02T08:00') });
  bkpmId = (await h.login(OFFICER)).me.agency.id;
  kaltimId = (await h.login(KALTIM_OFFICER)).me.agency.id;
  // the demo agencies were created at the wall-clock time of the test run; the recaps below are of 2026
  await h.database.exec(`update agencies set created_at = '2026-01-01T00:00:00Z'`);

  // Before the week. P1: an email complaint of 2 November, forwarded, still open and overdue at the week's end.
  at('2026-11-02T09:00');
  const p1 = await record(OFFICER, 'P1', {
    form: 'C',
    channel: 'email',
    type: 'a',
    receivedAt: '2026-11-02T09:00:00+07:00',
    reporterName: 'Pelapor Surel',
    reporterEmail: 'surel@example.com',
    subject: 'Izin usaha belum terbit',
    description: 'Izin usaha yang kami ajukan belum terbit setelah lewat batas waktu layanan.',
    firstResponse: 'Kami teruskan ke unit perizinan.',
  });
  await act(p1.id, { type: 'forward' });
  // P2: face to face on 3 November, answered (late) during the week on Friday 27 November.
  at('2026-11-03T09:00');
  const p2 = await record(OFFICER, 'P2', formA('b', '2026-11-03T09:00', 'Salah prosedur verifikasi'));
  // P3: face to face on 4 November, settled the next day: before the week, not in it.
  at('2026-11-04T09:00');
  const p3 = await record(OFFICER, 'P3', formA('c', '2026-11-04T09:00', 'Informasi syarat keliru'));
  at('2026-11-05T09:00');
  await act(p3.id, { type: 'settle', answer: 'Syarat yang benar sudah kami kirimkan.' });

  // The week. W1: Monday, face to face, settled Thursday (in time).
  at('2026-11-23T08:00');
  const w1 = await record(OFFICER, 'W1', formA('d', '2026-11-23T08:00', 'Petugas loket tidak ramah'));
  // W2: Tuesday, portal, confidential; D1 and R1 the same day become a draft and a rejected draft.
  at('2026-11-24T10:00');
  const w2 = await portal('W2', {
    type: 'a',
    subject: 'Verifikasi izin lokasi lambat',
    confidential: 'true',
  });
  const d1 = await portal('D1', { type: 'f', subject: 'Surel yang belum dikonfirmasi' });
  const r1 = await portal('R1', { type: 'f', subject: 'Surel yang bukan pengaduan' });
  await h.database.query(`update complaints set status = 'draft' where id = $1`, [d1.id]);
  await h.database.query(`update complaints set status = 'rejected' where id = $1`, [r1.id]);
  // W3: Wednesday, portal, merged into W2 the same morning.
  at('2026-11-25T09:00');
  const w3 = await portal('W3', { type: 'c', subject: 'Verifikasi izin lokasi tidak jelas' });
  at('2026-11-25T11:00');
  await act(w2.id, { type: 'firstResponse', text: 'Pengaduan Anda kami terima dan kami periksa.' });
  await act(w3.id, { type: 'firstResponse', text: 'Pengaduan Anda kami terima dan kami periksa.' });
  await act(w3.id, { type: 'merge', intoComplaintId: w2.id, reason: 'Hal yang sama dengan W2.' });
  at('2026-11-26T10:00');
  await act(w1.id, { type: 'settle', answer: 'Petugas sudah ditegur dan meminta maaf.' });
  at('2026-11-27T10:00');
  await act(p2.id, { type: 'settle', answer: 'Verifikasi sudah diulang sesuai prosedur.' });
  // answering W2 answers W3 too, but W3 counts as merged, not as an answer of its own. A portal
  // complaint is electronic media: the working group answers it (Lampiran I II.2.c), not the officer.
  at('2026-11-27T13:00');
  await act(w2.id, { type: 'forward' });
  await act(w2.id, { type: 'examine', findings: 'Berkas lengkap, tertahan di verifikasi.' }, MEMBER);
  await act(w2.id, { type: 'coordinate', summary: 'Unit perizinan memverifikasi hari ini.' }, MEMBER);
  await act(w2.id, { type: 'decideMeeting', needed: false }, CHAIR);
  at('2026-11-27T14:00');
  await act(
    w2.id,
    { type: 'answer', channel: 'email', text: 'Izin lokasi sudah diverifikasi hari ini.' },
    MEMBER,
  );
  await act(w2.id, { type: 'close', report: 'Dijawab melalui surel.' }, MEMBER);
  // W5: Sunday 23:30 on the portal; M1: Monday 00:10, already the next week.
  at('2026-11-29T23:30');
  await portal('W5', { type: 'f', subject: 'Pertanyaan tentang perpanjangan izin' });
  at('2026-11-30T00:10');
  await portal('M1', { type: 'a', subject: 'Izin belum terbit minggu lalu' });
  // W4: a box slip taken out on Saturday 28 November, recorded on Monday.
  at('2026-11-30T08:00');
  await record(OFFICER, 'W4', {
    form: 'B',
    type: 'e',
    boxKind: 'permasalahan',
    receivedAt: '2026-11-28T10:00:00+07:00',
    description: 'Sistem daring gagal mengunggah dokumen persyaratan berkali-kali.',
    reporterPhone: '081234567890',
  });
  // Kaltim: one complaint in the same week, never in BKPM's figures.
  h.now = new Date('2026-11-24T02:00:00Z');
  await record(KALTIM_OFFICER, 'K1', {
    ...formA('b', '2026-11-24T09:00', 'Aduan di Samarinda'),
    receivedAt: '2026-11-24T09:00:00+08:00',
  });
  // T1: today, for the default date of the daily tally.
  at('2026-12-02T09:00');
  await portal('T1', { type: 'b', subject: 'Prosedur yang berubah tanpa pemberitahuan' });
  at(READ_AT);
  officer = await h.login(OFFICER);
  member = await h.login('anggota.pokja.bkpm@sigap.test');
  menteri = await h.login('menteri.bkpm@sigap.test');
  admin = await h.login('admin.bkpm@sigap.test');
  staf = await h.login('staf.spb.bkpm@sigap.test');
  kaltimOfficer = await h.login(KALTIM_OFFICER);
});
afterAll(async () => h?.close());

describe('daily tally', () => {
  it('counts one local day by type, channel and status, without drafts', async () => {
    const res = await h.as(officer, 'GET', '/api/complaints/reports/daily?date=2026-11-24');
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json();
    expect(t).toMatchObject({ date: '2026-11-24', total: 1 });
    expect(t.agencyName).toContain('BKPM');
    expect(t.byType).toEqual({ a: 1, b: 0, c: 0, d: 0, e: 0, f: 0 });
    expect(t.byChannel.portal).toBe(1);
    expect(t.byStatus).toMatchObject({ closed: 1 });
    expect(t.byStatus.draft).toBeUndefined();
    expect(t.byStatus.rejected).toBeUndefined();
  });

  it('counts Sunday 23:30 on Sunday and 00:10 on Monday in the office zone, and today by default', async () => {
    const sun = (await h.as(officer, 'GET', '/api/complaints/reports/daily?date=2026-11-29')).json();
    expect(sun).toMatchObject({ total: 1, byType: { f: 1 } });
    const mon = (await h.as(officer, 'GET', '/api/complaints/reports/daily?date=2026-11-30')).json();
    expect(mon).toMatchObject({ total: 1, byType: { a: 1 } });
    const today = (await h.as(officer, 'GET', '/api/complaints/reports/daily')).json();
    expect(today).toMatchObject({ date: '2026-12-02', total: 1, byType: { b: 1 } });
    // the box slip counts on the day it was taken out, not the day it was recorded
    const sat = (await h.as(officer, 'GET', '/api/complaints/reports/daily?date=2026-11-28')).json();
    expect(sat).toMatchObject({ total: 1, byChannel: { box: 1 } });
  });

  it('refuses a malformed date', async () => {
    const res = await h.as(officer, 'GET', '/api/complaints/reports/daily?date=2026-13-01');
    expect(res.statusCode).toBe(400);
  });
});

describe('weekly recap', () => {
  it('matches a direct count of the tables', async () => {
    const res = await h.as(member, 'GET', '/api/complaints/reports/weekly?week=2026-11-26');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    const expected = await sqlWeek(bkpmId);
    expect(r).toMatchObject({ weekStart: '2026-11-23', weekEnd: '2026-11-29', ...expected });
    // and the figures the scenario was built for
    expect(expected).toEqual({ total: 5, answered: 3, answeredWithinTime: 2, openAtEnd: 3, overdue: 1 });
    expect(r.byType).toEqual({ a: 1, b: 0, c: 1, d: 1, e: 1, f: 1 });
    expect(r.byChannel).toMatchObject({ face_to_face: 1, portal: 3, box: 1, email: 0 });
    expect(r.byStatus).toEqual({
      received: 2,
      in_progress: 0,
      with_working_group: 0,
      answered: 0,
      closed: 2,
      merged: 1,
    });
    expect(r.perDay.map((d: { count: number }) => d.count)).toEqual([1, 1, 1, 0, 0, 1, 1]);
  });

  it('lists the follow-ups with their last public step, hiding a confidential subject', async () => {
    const r = (await h.as(member, 'GET', '/api/complaints/reports/weekly?week=2026-11-23')).json();
    const numbers = r.followUps.map((f: { trackingNumber: string }) => f.trackingNumber);
    const n = (k: string) => received[k]!.trackingNumber;
    expect(numbers).toEqual([n('P1'), n('P2'), n('W1'), n('W2'), n('W3'), n('W4'), n('W5')]);
    const byNumber = new Map(r.followUps.map((f: { trackingNumber: string }) => [f.trackingNumber, f]));
    expect(byNumber.get(n('P1'))).toMatchObject({
      status: 'with_working_group',
      overdue: true,
      lastStep: 'forwarded',
    });
    expect(byNumber.get(n('W1'))).toMatchObject({ status: 'closed', overdue: false, lastStep: 'closed' });
    expect(byNumber.get(n('W2'))).toMatchObject({ subject: '(rahasia)', status: 'closed' });
    expect(byNumber.get(n('W3'))).toMatchObject({ status: 'merged' });
    expect(JSON.stringify(r)).not.toContain('Verifikasi izin lokasi lambat');
    expect(JSON.stringify(r)).not.toContain('Pelapor');
  });

  it('defaults to the last complete week in the office zone', async () => {
    const r = (await h.as(member, 'GET', '/api/complaints/reports/weekly')).json();
    expect(r.weekStart).toBe('2026-11-23');
  });

  it('prints the same figures as an A4 PDF and an XLSX workbook', async () => {
    const json = (await h.as(menteri, 'GET', '/api/complaints/reports/weekly?week=2026-11-23')).json();
    const expected = await sqlWeek(bkpmId);

    const pdf = await h.as(menteri, 'GET', '/api/complaints/reports/weekly.pdf?week=2026-11-23');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('rekap-pengaduan-mingguan_2026-11-23.pdf');
    if (process.env.SIGAP_KEEP_PDF) writeFileSync('/tmp/rekap.pdf', pdf.rawPayload);
    const text = (await pdfText(pdf.rawPayload)).replace(/[ \t]+/g, ' ');
    expect(text).toContain('REKAPITULASI MINGGUAN PENANGANAN PENGADUAN MASYARAKAT');
    expect(text).toContain('Periode 23 November 2026 s.d. 29 November 2026');
    expect(text).toContain('KEMENTERIAN INVESTASI');
    expect(text).toMatch(/Halaman 1 dari \d/);
    const figure = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(text)?.[1]);
    expect(figure('Pengaduan diterima')).toBe(expected.total);
    expect(figure('Dijawab dalam minggu ini')).toBe(expected.answered);
    expect(figure('Dijawab tepat waktu')).toBe(expected.answeredWithinTime);
    expect(figure('Belum selesai pada akhir minggu')).toBe(expected.openAtEnd);
    expect(figure('Melewati batas waktu jawaban')).toBe(expected.overdue);
    // Pasal 3's long labels wrap in the table cell
    const wrapped = (label: string) =>
      Number(new RegExp(`${label.replace(/ /g, '\\s+')}\\s+(\\d+)`).exec(text)?.[1]);
    expect(wrapped('\\(d\\) Petugas kurang optimal dalam memberikan pelayanan')).toBe(1);
    expect(figure('Portal Sigap \\(Form C\\)')).toBe(3);
    expect(text.match(/ADU-\d{4}-\d{6}/g)?.length).toBe(json.followUps.length);
    expect(text).toContain('(rahasia)');

    const xlsx = await h.as(menteri, 'GET', '/api/complaints/reports/weekly.xlsx?week=2026-11-25');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap', 'Tindak lanjut']);
    const cells = new Map<string, unknown>();
    wb.getWorksheet('Rekap')!.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && !cells.has(label)) cells.set(label, row.getCell(2).value);
    });
    expect(cells.get('Pengaduan diterima')).toBe(expected.total);
    expect(cells.get('Dijawab dalam minggu ini')).toBe(expected.answered);
    expect(cells.get('Dijawab tepat waktu')).toBe(expected.answeredWithinTime);
    expect(cells.get('Belum selesai pada akhir minggu')).toBe(expected.openAtEnd);
    expect(cells.get('Melewati batas waktu jawaban')).toBe(expected.overdue);
    expect(cells.get('(e) Kendala teknis dalam proses pengajuan secara daring')).toBe(1);
    const follow = wb.getWorksheet('Tindak lanjut')!;
    expect(follow.rowCount - 1).toBe(json.followUps.length);
    expect(follow.getRow(2).getCell(2).value).toBe(json.followUps[0].trackingNumber);
    expect(follow.getRow(1).values).toEqual(expect.arrayContaining(['Nomor pengaduan', 'Langkah terakhir']));
  });
});

describe('who may read the reports', () => {
  it('documents every endpoint in the OpenAPI document', async () => {
    const doc = (await h.as(null, 'GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/complaints/reports/daily',
        '/api/complaints/reports/weekly',
        '/api/complaints/reports/weekly.pdf',
        '/api/complaints/reports/weekly.xlsx',
        '/api/complaints/{id}/receipt',
        '/api/public/complaints/stats',
        '/api/public/complaints/receipt',
      ]),
    );
  });

  it('the complaint team, the head of the agency and the administrator; not other staff', async () => {
    for (const s of [officer, member, menteri, admin])
      expect((await h.as(s, 'GET', '/api/complaints/reports/daily')).statusCode).toBe(200);
    for (const url of ['daily', 'weekly', 'weekly.pdf', 'weekly.xlsx'])
      expect((await h.as(staf, 'GET', `/api/complaints/reports/${url}`)).statusCode).toBe(403);
    expect((await h.as(null, 'GET', '/api/complaints/reports/weekly')).statusCode).toBe(401);
  });

  it("another agency's team sees only its own agency", async () => {
    const r = (await h.as(kaltimOfficer, 'GET', '/api/complaints/reports/weekly?week=2026-11-23')).json();
    expect(r.agencyName).toContain('Kalimantan Timur');
    expect(r.total).toBe((await sqlWeek(kaltimId)).total);
    expect(r.total).toBe(1);
    expect(JSON.stringify(r)).not.toContain(received.W1!.trackingNumber);
  });
});

describe('public statistics', () => {
  const stats = (query: string) => h.as(null, 'GET', `/api/public/complaints/stats?${query}`);

  it('answers counts only, for the agency and year asked', async () => {
    const res = await stats(`agencyId=${bkpmId}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(Object.keys(s).sort()).toEqual(
      [
        'agencyName',
        'answered',
        'answeredOnTimeShare',
        'averageWorkingDaysToAnswer',
        'byChannel',
        'byMonth',
        'byType',
        'total',
        'year',
      ].sort(),
    );
    const [sql] = await rows<{ total: number; answered: number }>(
      `select count(*)::int as total,
              count(*) filter (where answered_at is not null and status <> 'merged')::int as answered
       from complaints where agency_id = $1 and status not in ('draft', 'rejected')
         and received_at >= '2025-12-31T17:00:00Z' and received_at < '2026-12-31T17:00:00Z'`,
      [bkpmId],
    );
    expect(s).toMatchObject({ year: 2026, total: sql!.total, answered: sql!.answered });
    expect(s.total).toBe(10);
    expect(s.answered).toBe(4);
    // P2 late; P3, W1 and W2 in time
    expect(s.answeredOnTimeShare).toBe(0.75);
    // P2 18, P3 1, W1 3, W2 3 working days: 6.25
    expect(s.averageWorkingDaysToAnswer).toBe(6.3);
    expect(s.byMonth.find((m: { month: number }) => m.month === 11).count).toBe(9);
    expect(s.byMonth.find((m: { month: number }) => m.month === 12).count).toBe(1);
    expect(Object.values(s.byType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(s.total);
    // nothing identifying: no numbers, names, addresses, subjects
    for (const secret of ['ADU-', '@example.com', 'Pelapor', 'Warga', 'Verifikasi izin lokasi', 'Samarinda'])
      expect(res.body).not.toContain(secret);
    expect(res.headers['cache-control']).toContain('public');
  });

  it('respects the year and the agency, and refuses unknown ones', async () => {
    expect((await stats(`agencyId=${bkpmId}&year=2025`)).json()).toMatchObject({
      total: 0,
      answered: 0,
      answeredOnTimeShare: null,
      averageWorkingDaysToAnswer: null,
    });
    expect((await stats(`agencyId=${kaltimId}`)).json()).toMatchObject({ year: 2026, total: 1, answered: 0 });
    expect((await stats('agencyId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await stats(`agencyId=${bkpmId}&year=1999`)).statusCode).toBe(400);
    expect((await stats('year=2026')).statusCode).toBe(400);
  });
});

describe('receipts', () => {
  /** Wrong PINs counted against a code from all clients, and from this test's address. */
  const failures = async (trackingCode: string, kind: 'pinCode' | 'pinClient' = 'pinCode') => {
    const key =
      kind === 'pinCode' ? throttleKey(kind, trackingCode) : throttleKey(kind, trackingCode, '127.0.0.1');
    return (
      (await rows<{ n: number }>('select failures as n from throttles where key = $1', [key.key]))[0]?.n ?? 0
    );
  };

  it('prints the receipt for the holder of the public code and PIN, with the tracking address', async () => {
    const w5 = received.W5!;
    const res = await h.as(null, 'POST', '/api/public/complaints/receipt', {
      trackingCode: w5.trackingCode,
      pin: w5.pin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`tanda-terima_${w5.trackingCode}.pdf`);
    if (process.env.SIGAP_KEEP_PDF) writeFileSync('/tmp/tanda-terima.pdf', res.rawPayload);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('TANDA TERIMA PENGADUAN');
    expect(text).toContain('Complaint receipt');
    // the reporter's code and the address that tracks it; never the office's register number
    expect(text).toContain(w5.trackingCode);
    expect(text).not.toContain(w5.trackingNumber);
    expect(text).toContain(w5.pin);
    expect(text).toContain(`/lacak?kode=${w5.trackingCode}`);
    expect(text).toContain('29 November 2026 23.30 WIB');
    expect(text).toContain('Portal Sigap (Formulir C)');
    expect(text).toContain('rahasiakan PIN');
    expect(text).not.toContain('Warga W5');
    expect(text).not.toContain('w5@example.com');
  });

  it('refuses a wrong PIN and counts it against the code', async () => {
    const w4 = received.W4!;
    const wrong = w4.pin === '000000' ? '111111' : '000000';
    const res = await h.as(null, 'POST', '/api/public/complaints/receipt', {
      trackingCode: w4.trackingCode,
      pin: wrong,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('TRACKING_NOT_FOUND');
    expect(await failures(w4.trackingCode)).toBe(1);
    expect(await failures(w4.trackingCode, 'pinClient')).toBe(1);
    // the register number is not a code: it answers as an unknown one
    const unknown = await h.as(null, 'POST', '/api/public/complaints/receipt', {
      trackingCode: w4.trackingNumber,
      pin: wrong,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('TRACKING_NOT_FOUND');
  });

  it('the complaint team prints it with the PIN the reporter types; others cannot', async () => {
    const w4 = received.W4!;
    const ok = await h.as(officer, 'POST', `/api/complaints/${w4.id}/receipt`, { pin: w4.pin });
    expect(ok.statusCode, ok.body).toBe(200);
    const text = (await pdfText(ok.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain(w4.trackingCode);
    expect(text).toContain('Kotak pengaduan (Formulir B)');
    expect(text).toContain('28 November 2026 10.00 WIB');
    // the correct PIN cleared this address's count (the count from all addresses runs down by itself)
    expect(await failures(w4.trackingCode, 'pinClient')).toBe(0);
    expect(await failures(w4.trackingCode)).toBe(1);
    const wrong = await h.as(officer, 'POST', `/api/complaints/${w4.id}/receipt`, {
      pin: w4.pin === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0]).toMatchObject({ field: 'pin' });
    expect(await failures(w4.trackingCode, 'pinClient')).toBe(1);
    expect(await failures(w4.trackingCode)).toBe(2);
    expect((await h.as(staf, 'POST', `/api/complaints/${w4.id}/receipt`, { pin: w4.pin })).statusCode).toBe(
      403,
    );
    expect(
      (await h.as(kaltimOfficer, 'POST', `/api/complaints/${w4.id}/receipt`, { pin: w4.pin })).statusCode,
    ).toBe(404);
    // a confidential complaint's receipt does not print its subject
    const w2 = received.W2!;
    const secret = await h.as(officer, 'POST', `/api/complaints/${w2.id}/receipt`, { pin: w2.pin });
    expect(secret.statusCode).toBe(200);
    expect(await pdfText(secret.rawPayload)).not.toContain('Verifikasi izin lokasi');
  });
});

describe('the Monday recap job', () => {
  // Pasal 10 ayat 2: the chair reports the recap to the head. The job now prepares it for the
  // chair (emailed and noticed to the chair); the head gets it when the chair sends it.
  const mailsLike = (prefix: string) =>
    rows<{
      recipient: string;
      attachments: Array<{ fileId: string; filename: string }>;
      subject: string;
      body_text: string;
    }>(
      `select recipient, attachments, subject, body_text from outbox where dedupe_key like $1 order by recipient`,
      [`${prefix}%`],
    );

  it('waits for Monday 07:00 in each office zone', async () => {
    // Monday 30 November 06:59 WIB is 07:59 WITA: Kaltim's recap of last week is due, BKPM's not yet
    const run = await prepareWeeklyRecaps({ db: h.database.db, now: wib('2026-11-30T06:59') });
    const weeks = await rows<{ agency_id: string; week_start: string }>(
      `select agency_id, week_start::text from complaint_recaps order by week_start`,
    );
    expect(weeks.filter((w) => w.agency_id === kaltimId).map((w) => w.week_start)).toEqual(['2026-11-23']);
    // BKPM catches up the week before (it had none), not yet the week that just ended
    expect(weeks.filter((w) => w.agency_id === bkpmId).map((w) => w.week_start)).toEqual(['2026-11-16']);
    expect(run.recorded).toHaveLength(2);
  });

  it('prepares the recap once, with the PDF and XLSX emailed to the chair (not yet the head), however often it runs', async () => {
    const now = wib('2026-11-30T07:00');
    const [a, b] = await Promise.all([
      prepareWeeklyRecaps({ db: h.database.db, now }),
      prepareWeeklyRecaps({ db: h.database.db, now }),
    ]);
    expect(a.recorded.length + b.recorded.length).toBe(1);
    const again = await prepareWeeklyRecaps({ db: h.database.db, now: wib('2026-11-30T07:30') });
    expect(again.recorded).toEqual([]);

    const recaps = await rows<{ pdf_file_id: string; xlsx_file_id: string; status: string }>(
      `select pdf_file_id, xlsx_file_id, status from complaint_recaps where agency_id = $1 and week_start = '2026-11-23'`,
      [bkpmId],
    );
    expect(recaps).toHaveLength(1);
    expect(recaps[0]!.status).toBe('prepared');
    const mails = (await mailsLike('complaint-recap-ready:2026-11-23')).filter((m) =>
      m.subject.includes('23 November 2026'),
    );
    expect(mails.map((m) => m.recipient)).toEqual([
      'ketua.pokja.bkpm@sigap.test',
      'ketua.pokja.kaltim@sigap.test',
    ]);
    const bkpmMail = mails.find((m) => m.recipient === 'ketua.pokja.bkpm@sigap.test')!;
    expect(bkpmMail.attachments.map((x) => x.filename)).toEqual([
      'rekap-pengaduan-mingguan_2026-11-23.pdf',
      'rekap-pengaduan-mingguan_2026-11-23.xlsx',
    ]);
    expect(bkpmMail.attachments.map((x) => x.fileId)).toEqual([
      recaps[0]!.pdf_file_id,
      recaps[0]!.xlsx_file_id,
    ]);
    // the head has nothing until the chair sends it
    expect(await mailsLike('complaint-recap:2026-11-23')).toEqual([]);
    const notices = await rows<{ n: number }>(
      `select count(*)::int as n from notifications where kind = 'complaint.weekly_recap_ready' and dedupe_key = 'complaint-recap-ready:2026-11-23'`,
    );
    expect(notices[0]!.n).toBe(2);

    // the stored files are the recap, with the database's figures
    const [pdf] = await rows<{ bytes: Buffer; content_type: string }>(
      'select bytes, content_type from files where id = $1',
      [recaps[0]!.pdf_file_id],
    );
    expect(pdf!.content_type).toBe('application/pdf');
    const text = (await pdfText(Buffer.from(pdf!.bytes))).replace(/[ \t]+/g, ' ');
    expect(Number(/Pengaduan diterima (\d+)/.exec(text)?.[1])).toBe((await sqlWeek(bkpmId)).total);
    const [xlsx] = await rows<{ bytes: Buffer }>('select bytes from files where id = $1', [
      recaps[0]!.xlsx_file_id,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx!.bytes) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Tindak lanjut')!.rowCount - 1).toBe(7);
    // no orphan files from the run that lost the race
    const [orphans] = await rows<{ n: number }>(
      `select count(*)::int as n from files f where kind = 'complaint_recap'
         and not exists (select 1 from complaint_recaps r where f.id in (r.pdf_file_id, r.xlsx_file_id))`,
    );
    expect(orphans!.n).toBe(0);
    const [events] = await rows<{ n: number }>(
      `select count(*)::int as n from event_log where action = 'complaint.weekly_recap_prepared'`,
    );
    expect(events!.n).toBe(3);
  });

  it('the chair reviews it and sends it to the head with a note, once; nobody else may send it', async () => {
    const chair = await h.login(CHAIR);
    const view = (await h.as(chair, 'GET', '/api/complaints/reports/weekly?week=2026-11-23')).json();
    expect(view.delivery).toMatchObject({ status: 'prepared', sentAt: null, canSend: true });
    const memberView = (await h.as(member, 'GET', '/api/complaints/reports/weekly?week=2026-11-23')).json();
    expect(memberView.delivery.canSend).toBe(false);

    const note = 'Satu pengaduan lewat batas waktu; unit perizinan sudah kami minta mempercepat.';
    for (const [who, session] of [
      ['member', member],
      ['officer', officer],
      ['menteri', menteri],
    ] as const) {
      const refused = await h.as(session, 'POST', '/api/complaints/reports/weekly/send', {
        week: '2026-11-25',
        note,
      });
      expect(refused.statusCode, who).toBe(403);
    }
    const bad = await h.as(chair, 'POST', '/api/complaints/reports/weekly/send', { week: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('week');
    // a week the job has not prepared yet
    const early = await h.as(chair, 'POST', '/api/complaints/reports/weekly/send', { week: '2026-11-30' });
    expect(early.statusCode).toBe(404);
    expect(await mailsLike('complaint-recap:')).toEqual([]);

    const sent = await h.as(chair, 'POST', '/api/complaints/reports/weekly/send', {
      week: '2026-11-25',
      note,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', note, sentByName: 'Ratna Sari', canSend: false });
    const again = await h.as(chair, 'POST', '/api/complaints/reports/weekly/send', { week: '2026-11-23' });
    expect(again.statusCode).toBe(409);

    const [stored] = await rows<{ pdf_file_id: string; xlsx_file_id: string }>(
      `select pdf_file_id, xlsx_file_id from complaint_recaps where agency_id = $1 and week_start = '2026-11-23'`,
      [bkpmId],
    );
    const toHead = await mailsLike('complaint-recap:2026-11-23');
    expect(toHead.map((m) => m.recipient)).toEqual(['menteri.bkpm@sigap.test']);
    expect(toHead[0]!.body_text).toContain(note);
    expect(toHead[0]!.body_text).toContain('Pasal 10 ayat (2)');
    // the very files the chair reviewed
    expect(toHead[0]!.attachments.map((x) => x.fileId)).toEqual([stored!.pdf_file_id, stored!.xlsx_file_id]);
    const [notice] = await rows<{ n: number }>(
      `select count(*)::int as n from notifications n join users u on u.id = n.user_id
       where u.email = 'menteri.bkpm@sigap.test' and n.kind = 'complaint.weekly_recap' and n.body like $1`,
      [`%${note}%`],
    );
    expect(notice!.n).toBe(1);
    const after = (
      await h.as(
        await h.login('menteri.bkpm@sigap.test'),
        'GET',
        '/api/complaints/reports/weekly?week=2026-11-23',
      )
    ).json();
    expect(after.delivery).toMatchObject({ status: 'sent', note, sentByName: 'Ratna Sari', canSend: false });
    const [events] = await rows<{ n: number }>(
      `select count(*)::int as n from event_log where action = 'complaint.weekly_recap_sent'`,
    );
    expect(events!.n).toBe(1);
  });

  it('reminds the chair once, in-app and by email, when the recap is not sent by Monday noon', async () => {
    const reminders = () =>
      rows<{ email: string }>(
        `select u.email from notifications n join users u on u.id = n.user_id
         where n.kind = 'complaint.weekly_recap_reminder' order by u.email`,
      );
    // Monday 30 November 11:59 WITA: not yet
    expect(await remindWeeklyRecaps({ db: h.database.db, now: new Date('2026-11-30T03:59:00Z') })).toEqual(
      [],
    );
    // 12:00 WITA: Kaltim's chair has not sent it; BKPM's has (and its noon is an hour later anyway)
    const [x, y] = await Promise.all([
      remindWeeklyRecaps({ db: h.database.db, now: new Date('2026-11-30T04:00:00Z') }),
      remindWeeklyRecaps({ db: h.database.db, now: new Date('2026-11-30T04:00:00Z') }),
    ]);
    expect([...x, ...y]).toEqual([kaltimId]);
    expect(await remindWeeklyRecaps({ db: h.database.db, now: wib('2026-11-30T13:00') })).toEqual([]);
    expect((await reminders()).map((r) => r.email)).toEqual(['ketua.pokja.kaltim@sigap.test']);
    const mails = await mailsLike('complaint-recap-reminder:2026-11-23');
    expect(mails.map((m) => m.recipient)).toEqual(['ketua.pokja.kaltim@sigap.test']);
    expect(mails[0]!.body_text).toContain('belum dikirim kepada pimpinan');
  });
});

describe('the recap job on pg-boss', () => {
  it(`runs ${COMPLAINT_WEEKLY_RECAP} at start and records the week that just ended for every agency`, async () => {
    const boss = createBoss(h.database, { databaseUrl: h.database.url });
    const errors: unknown[] = [];
    boss.on('error', (e) => errors.push(e));
    await boss.start();
    // Monday 7 December 2026 08:00 WIB: the week of 30 November is due everywhere
    await startComplaintRecapJob({
      boss,
      database: h.database,
      clock: () => wib('2026-12-07T08:00'),
      log: { error: (o) => errors.push(o) },
    });
    const weeks = async () =>
      (
        await rows<{ n: number }>(
          `select count(*)::int as n from complaint_recaps where week_start = '2026-11-30'`,
        )
      )[0]!.n;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await weeks()) < 2) await new Promise((r) => setTimeout(r, 250));
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    expect(await weeks()).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('rate limits', () => {
  it('limits the public statistics and receipts per address', async () => {
    let status = 200;
    for (let i = 0; i < 31 && status === 200; i++)
      status = (await h.as(null, 'GET', `/api/public/complaints/stats?agencyId=${kaltimId}`)).statusCode;
    expect(status).toBe(429);
    let receipt = 0;
    let code = '';
    // a different unknown code each time: the address limit, not the PIN throttles
    for (let i = 0; i < 11 && receipt !== 429; i++) {
      const res = await h.as(null, 'POST', '/api/public/complaints/receipt', {
        trackingCode: `ADU-${String(i).padStart(5, '0')}-11111`,
        pin: '123456',
      });
      receipt = res.statusCode;
      code = res.json().code;
    }
    expect(receipt).toBe(429);
    expect(code).toBe('RATE_LIMITED');
  });
});
