import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kepala: Session;
let adminBkpm: Session;
let agencyId: string;
let companyId: string;
let lkpmId: string;

// Wednesday 10 June 2026, 09:00 WITA
const NOW = new Date('2026-06-10T01:00:00Z');
const NIB = '9922000000001';

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
async function q(text: string, values: unknown[] = []): Promise<Record<string, any>[]> {
  return (await h.database.query(text, values)).rows as Record<string, unknown>[];
}

const openSteps = async (caseId: string) => {
  const [c] = await q('select status, definition_key, state from cases where id = $1', [caseId]);
  const state = c!.state as { tasks: Array<{ stepId: string; status: string }> };
  return {
    status: c!.status as string,
    key: c!.definition_key as string,
    open: state.tasks.filter((t) => t.status === 'ready').map((t) => t.stepId),
  };
};

const mailTo = (to: string) =>
  q('select subject, body_text from outbox where recipient = $1 order by created_at, id', [to]);

const virtual = (over: Record<string, unknown> = {}) => ({
  agencyId,
  kind: 'virtual',
  nib: NIB,
  contactName: 'Rina Wulandari',
  contactEmail: 'rina@example.com',
  contactPhone: '+62 812 5555 0101',
  topic: 'Kendala perluasan usaha',
  question: 'Kami ingin menambah lini produksi dan bertanya tentang kewajiban izin dan LKPM.',
  preferredDate: '2026-06-11',
  preferredTime: '10:00',
  language: 'id',
  ...over,
});

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  agencyId = pengolah.me.agency.id;
  const [row] = await q(
    `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
     values ($1, $2, 'PT Uji Konsultasi', 'PMDN', 'medium', 'medium_high', '{10110}', 'Kota Samarinda') returning id`,
    [agencyId, NIB],
  );
  companyId = String(row!.id);
  // two reports: the last filed is 2026 Q1 (the draft of Q2 is not filed)
  await q(
    `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status, submitted_at)
     values ($1, $2, 2025, 'quarter', 4, 'approved', '2026-01-12T02:00:00Z')`,
    [agencyId, companyId],
  );
  const [r] = await q(
    `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status, submitted_at)
     values ($1, $2, 2026, 'quarter', 1, 'submitted', '2026-04-13T02:00:00Z') returning id`,
    [agencyId, companyId],
  );
  lkpmId = String(r!.id);
  await q(
    `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status)
     values ($1, $2, 2026, 'quarter', 2, 'draft')`,
    [agencyId, companyId],
  );
});
afterAll(async () => h?.close());

describe('the public consultation form', () => {
  it('refuses bad input naming the field and rule, and stores nothing', async () => {
    const count = async () => Number((await q('select count(*)::int as n from control_consultations'))[0]!.n);
    const before = await count();
    const bad = async (body: Record<string, unknown>) => {
      const res = await h.as(null, 'POST', '/api/public/consultations', body, 'en');
      expect(res.statusCode).toBe(400);
      return res.json().fields[0] as { field: string; rule: string; message: string };
    };
    const unknown = await bad(virtual({ nib: '9922000000999' }));
    expect(unknown).toMatchObject({ field: 'nib', rule: 'consultation_unknown_nib' });
    expect(unknown.message).toContain('registry');
    expect(await bad(virtual({ nib: '12345' }))).toMatchObject({ field: 'nib', rule: 'nib' });
    expect((await bad(virtual({ contactEmail: 'rina@' }))).field).toBe('contactEmail');
    expect((await bad(virtual({ question: 'short' }))).field).toBe('question');
    expect(await bad(virtual({ preferredDate: undefined }))).toMatchObject({
      field: 'preferredDate',
      rule: 'required',
    });
    // Saturday, then a public holiday (Idul Adha 27 May is past; 16 June 2026 is 1 Muharram)
    expect(await bad(virtual({ preferredDate: '2026-06-13' }))).toMatchObject({
      field: 'preferredDate',
      rule: 'not_working_day',
    });
    expect(await bad(virtual({ preferredDate: '2026-06-16' }))).toMatchObject({
      field: 'preferredDate',
      rule: 'not_working_day',
    });
    // after hours, and a Friday hour that runs into the prayer break
    expect(await bad(virtual({ preferredTime: '15:30' }))).toMatchObject({
      field: 'preferredTime',
      rule: 'outside_office_hours',
    });
    expect(await bad(virtual({ preferredDate: '2026-06-12', preferredTime: '11:00' }))).toMatchObject({
      field: 'preferredTime',
      rule: 'outside_office_hours',
    });
    // today, an hour already gone
    expect(await bad(virtual({ preferredDate: '2026-06-10', preferredTime: '08:00' }))).toMatchObject({
      field: 'preferredTime',
      rule: 'consultation_time_past',
    });
    expect(await count()).toBe(before);
  });

  it('opens a virtual consultation anonymously: the ticket number, the acknowledgement email, the case of SOP 067/007 with the last LKPM linked', async () => {
    const res = await h.as(null, 'POST', '/api/public/consultations', virtual());
    expect(res.statusCode, res.body).toBe(200);
    const receipt = res.json();
    expect(receipt).toMatchObject({
      kind: 'virtual',
      email: 'rina@example.com',
      preferredAt: '2026-06-11T02:00:00.000Z',
    });
    expect(receipt.number).toMatch(/^KON-2026-\d{5}$/);
    const [mail] = await mailTo('rina@example.com');
    expect(mail!.subject).toContain(receipt.number);
    expect(mail!.body_text).toContain('PT Uji Konsultasi');
    expect(mail!.body_text).toContain('11 Juni 2026');

    const [t] = await q(
      'select id, case_id, lkpm_report_id, channel from control_consultations where number = $1',
      [receipt.number],
    );
    expect(t).toMatchObject({ lkpm_report_id: lkpmId, channel: 'portal' });
    // the intake waits for the helpdesk, who are told
    expect(await openSteps(String(t!.case_id))).toEqual({
      status: 'open',
      key: 'dalak-067-007',
      open: ['s1'],
    });
    const notices = await q("select title, link from notifications where kind = 'consultation.task'");
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]!.title).toContain(receipt.number);
    expect(notices[0]!.link).toBe(`/office/konsultasi/${t!.id}`);
  });
});

describe('the office handles a ticket', () => {
  it('reads with the company, its last LKPM and the case; another agency gets 404, anonymous 401', async () => {
    const list = await h.as(pengolah, 'GET', `/api/control/consultations?companyId=${companyId}`);
    expect(list.statusCode).toBe(200);
    const item = list.json().items[0];
    expect(item).toMatchObject({ companyId, nib: NIB, status: 'received', kind: 'virtual' });
    const one = (await h.as(pengolah, 'GET', `/api/control/consultations/${item.id}`)).json();
    expect(one.lastLkpm).toMatchObject({ id: lkpmId, period: '2026-Q1', status: 'submitted' });
    expect(one.caseNumber).toMatch(/^KONS-2026-/);
    expect(one.can).toEqual({ schedule: true, answer: false, close: true });
    expect((await h.as(null, 'GET', `/api/control/consultations/${item.id}`)).statusCode).toBe(401);
    expect((await h.as(null, 'GET', '/api/control/consultations')).statusCode).toBe(401);
    expect((await h.as(adminBkpm, 'GET', `/api/control/consultations/${item.id}`)).statusCode).toBe(404);
    expect(
      (
        await h.as(adminBkpm, 'POST', `/api/control/consultations/${item.id}/schedule`, {
          date: '2026-06-11',
          time: '10:00',
          meetingLink: 'https://meet.example.com/abc',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await h.as(adminBkpm, 'GET', `/api/control/consultations?companyId=${companyId}`)).json().items,
    ).toEqual([]);
    // the head of the agency reads, but does not act
    expect((await h.as(kepala, 'GET', `/api/control/consultations/${item.id}`)).json().can.schedule).toBe(
      false,
    );
  });

  it('schedules a virtual consultation with its link, then records the outcome and minutes; the business is emailed each time', async () => {
    const [t] = await q(
      "select id, number, case_id from control_consultations where contact_email = 'rina@example.com'",
    );
    const url = `/api/control/consultations/${t!.id}`;
    const schedule = {
      date: '2026-06-11',
      time: '10:00',
      meetingLink: 'https://meet.example.com/kolosal-01',
    };
    expect((await h.as(kepala, 'POST', `${url}/schedule`, schedule)).statusCode).toBe(403);
    // answered before it was held: refused with the status named
    const early = await h.as(pengolah, 'POST', `${url}/answer`, {
      outcome: 'Dijelaskan kewajiban izin perluasan.',
      minutes: 'Notulen konsultasi virtual.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('DITERIMA');
    const badLink = await h.as(
      pengolah,
      'POST',
      `${url}/schedule`,
      { ...schedule, meetingLink: 'http://x' },
      'en',
    );
    expect(badLink.json().fields[0]).toMatchObject({ field: 'meetingLink', rule: 'meeting_link' });
    const sunday = await h.as(pengolah, 'POST', `${url}/schedule`, { ...schedule, date: '2026-06-14' });
    expect(sunday.json().fields[0]).toMatchObject({ field: 'date', rule: 'not_working_day' });
    const late = await h.as(pengolah, 'POST', `${url}/schedule`, { ...schedule, time: '16:30' });
    expect(late.json().fields[0]).toMatchObject({ field: 'time', rule: 'outside_office_hours' });

    const res = await h.as(pengolah, 'POST', `${url}/schedule`, schedule);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-06-11T02:00:00.000Z',
      meetingLink: schedule.meetingLink,
      can: { schedule: true, answer: true, close: true },
    });
    const mails = await mailTo('rina@example.com');
    expect(mails).toHaveLength(2);
    const scheduled = mails.find((m) => m.subject.includes('Jadwal konsultasi virtual'))!;
    expect(scheduled.subject).toContain(t!.number);
    expect(scheduled.body_text).toContain(schedule.meetingLink);
    expect(scheduled.body_text).toContain('11 Juni 2026 10.00 WITA');
    expect(await openSteps(String(t!.case_id))).toMatchObject({ open: ['s5'] });

    // the day after, the consultation held: outcome and minutes
    h.now = new Date('2026-06-11T04:00:00Z');
    const noMinutes = await h.as(pengolah, 'POST', `${url}/answer`, {
      outcome: 'Dijelaskan kewajiban izin.',
    });
    expect(noMinutes.json().fields[0].field).toBe('minutes');
    const answer = {
      outcome:
        'Perluasan memerlukan perubahan KBLI di OSS RBA; LKPM triwulan berikutnya memuat tambahan investasi.',
      minutes:
        'Notulen: hadir Rina Wulandari (PT Uji Konsultasi) dan pengolah DALAK; dibahas perluasan lini produksi.',
    };
    const done = await h.as(pengolah, 'POST', `${url}/answer`, answer);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      ...answer,
      can: { schedule: false, answer: false, close: false },
    });
    expect(done.json().answeredByName).toBeTruthy();
    const outcome = (await mailTo('rina@example.com')).find((m) => m.subject.includes('Hasil'))!;
    expect(outcome.body_text).toContain('KBLI di OSS RBA');
    // the module's steps are done; the policy analyst's evaluation is next
    expect(await openSteps(String(t!.case_id))).toMatchObject({ status: 'open', open: ['s7'] });
    expect((await h.as(pengolah, 'POST', `${url}/close`, { reason: 'Sudah selesai' })).statusCode).toBe(409);
    h.now = NOW;
  });

  it('records a helpdesk call by staff and answers it; a ticket is closed with its reason and its case cancelled', async () => {
    const call = {
      kind: 'helpdesk',
      channel: 'phone',
      nib: NIB,
      contactName: 'Agus Salim',
      contactPhone: '0541 777 888',
      topic: 'Lupa akses OSS untuk LKPM',
      question: 'Staf kami tidak dapat masuk ke OSS untuk mengisi LKPM triwulan II.',
    };
    expect((await h.as(null, 'POST', '/api/control/consultations', call)).statusCode).toBe(401);
    const unknown = await h.as(pengolah, 'POST', '/api/control/consultations', {
      ...call,
      nib: '9922000000998',
    });
    expect(unknown.json().fields[0]).toMatchObject({ field: 'nib', rule: 'consultation_unknown_nib' });
    const badChannel = await h.as(pengolah, 'POST', '/api/control/consultations', {
      ...call,
      channel: 'portal',
    });
    expect(badChannel.json().fields[0].field).toBe('channel');
    const res = await h.as(pengolah, 'POST', '/api/control/consultations', call);
    expect(res.statusCode, res.body).toBe(200);
    const ticket = res.json();
    expect(ticket).toMatchObject({
      kind: 'helpdesk',
      status: 'received',
      channel: 'phone',
      contactEmail: null,
    });
    expect(ticket.number).toMatch(/^HLP-2026-\d{5}$/);
    expect(ticket.lastLkpm.id).toBe(lkpmId);
    expect(ticket.can).toEqual({ schedule: false, answer: true, close: true });
    expect(await openSteps(ticket.caseId)).toEqual({ status: 'open', key: 'dalak-067-008', open: ['s2'] });
    // a helpdesk question is never scheduled
    const sched = await h.as(pengolah, 'POST', `/api/control/consultations/${ticket.id}/schedule`, {
      date: '2026-06-11',
      time: '10:00',
      meetingLink: 'https://meet.example.com/x',
    });
    expect(sched.statusCode).toBe(409);
    const done = await h.as(pengolah, 'POST', `/api/control/consultations/${ticket.id}/answer`, {
      outcome: 'Akses OSS dipulihkan melalui reset akun oleh admin OSS; LKPM dapat diisi.',
      minutes:
        'Laporan helpdesk: penelusuran LKPM terakhir 2026-Q1 (terkirim), panduan reset akun diberikan.',
    });
    expect(done.json().status).toBe('done');
    expect(await openSteps(ticket.caseId)).toMatchObject({ open: ['s6'] });

    const second = (
      await h.as(pengolah, 'POST', '/api/control/consultations', { ...call, channel: 'walk_in' })
    ).json();
    const closed = await h.as(pengolah, 'POST', `/api/control/consultations/${second.id}/close`, {
      reason: 'Tiket ganda dari kunjungan yang sama',
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedReason: 'Tiket ganda dari kunjungan yang sama',
    });
    expect((await openSteps(second.caseId)).status).toBe('cancelled');
    const list = (
      await h.as(pengolah, 'GET', '/api/control/consultations?kind=helpdesk&status=closed')
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(second.id);
  });
});

describe('the public form is rate-limited like the other public forms', () => {
  it('answers 429 once an address has sent 30 in the hour', async () => {
    // last in the file (the limit holds for the rest of the hour); the tests above sent some
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push((await h.as(null, 'POST', '/api/public/consultations', virtual({ nib: 'x' }))).statusCode);
    const first = codes.indexOf(429);
    expect(first).toBeGreaterThan(0);
    expect(codes.slice(0, first).every((c) => c === 400)).toBe(true);
    expect(codes.slice(first).every((c) => c === 429)).toBe(true);
    const limited = await h.as(null, 'POST', '/api/public/consultations', virtual(), 'en');
    expect(limited.json().code).toBe('RATE_LIMITED');
  });
});
