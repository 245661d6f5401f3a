import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../testing/multipart';

let h: Harness;
let fung: Session;
let staff: Session;
let kepala: Session;
let adminBkpm: Session;
let agencyId: string;
const co: Record<'large' | 'medium' | 'small' | 'micro' | 'noMail', string> = {
  large: '',
  medium: '',
  small: '',
  micro: '',
  noMail: '',
};

// Wednesday 10 June 2026, 09:00 WITA
const NOW = new Date('2026-06-10T01:00:00Z');

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
async function q(text: string, values: unknown[] = []): Promise<Record<string, any>[]> {
  return (await h.database.query(text, values)).rows as Record<string, unknown>[];
}

async function company(nib: string, name: string, scale: string, email: string | null) {
  const [row] = await q(
    `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, regency, contact_email)
     values ($1, $2, $3, 'PMDN', $4, 'medium_low', 'Kota Samarinda', $5) returning id`,
    [agencyId, nib, name, scale, email],
  );
  return String(row!.id);
}

async function report(companyId: string, kind: string, year: number, no: number, status: string) {
  await q(
    `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status)
     values ($1, $2, $3, $4, $5, $6)`,
    [agencyId, companyId, year, kind, no, status],
  );
}

const bimtek = {
  kind: 'bimtek',
  title: 'Bimtek penyampaian LKPM daring',
  topic: 'Tata cara pengisian LKPM di OSS RBA',
  heldOn: '2026-06-15',
  startTime: '09:00',
  endTime: '12:00',
  place: 'Aula DPMPTSP Kaltim, Samarinda',
  onlineLink: 'https://zoom.example/j/123',
};

/** Sessions idle out when the test moves the clock: log in again. */
async function relogin() {
  fung = await h.login('fungsional.kaltim@sigap.test');
  staff = await h.login('pengolah.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  await relogin();
  agencyId = fung.me.agency.id;
  co.large = await company('9922000000001', 'PT Uji Bina Besar', 'large', 'besar@uji.test');
  co.medium = await company('9922000000002', 'PT Uji Bina Menengah', 'medium', 'menengah@uji.test');
  co.small = await company('9922000000003', 'CV Uji Bina Kecil', 'small', 'kecil@uji.test');
  co.micro = await company('9922000000004', 'UD Uji Bina Mikro', 'micro', 'mikro@uji.test');
  co.noMail = await company('9922000000005', 'PT Uji Tanpa Surel', 'medium', null);
  // before the session (Q1 2026 / S2 2025) and after it (Q2 2026 / S1 2026)
  await report(co.large, 'quarter', 2026, 1, 'submitted');
  await report(co.large, 'quarter', 2026, 2, 'approved');
  await report(co.medium, 'quarter', 2026, 1, 'draft'); // a draft is not filed
  await report(co.medium, 'quarter', 2026, 2, 'needs_correction');
  await report(co.small, 'half', 2025, 2, 'approved');
});
afterAll(async () => h?.close());

describe('guidance (SOPs 067/002-067/004)', () => {
  it('refuses bad input by field, and another agency or a reader', async () => {
    const post = (body: object, s: Session = staff) => h.as(s, 'POST', '/api/control/guidance', body, 'en');
    expect((await post({ ...bimtek, heldOn: '2026-06-16' })).json().fields[0]).toMatchObject({
      field: 'heldOn',
      rule: 'not_working_day',
    });
    expect((await post({ ...bimtek, endTime: '08:00' })).json().fields[0]).toMatchObject({
      field: 'endTime',
      rule: 'after_start',
    });
    expect((await post({ ...bimtek, place: '', onlineLink: '' })).json().fields[0]).toMatchObject({
      field: 'place',
      rule: 'required',
    });
    expect((await post({ ...bimtek, onlineLink: 'javascript:alert(1)' })).json().fields[0].field).toBe(
      'onlineLink',
    );
    const noLetter = await post({ ...bimtek, kind: 'on_request', companyId: co.large });
    expect(noLetter.json().fields.map((f: { field: string }) => f.field)).toEqual([
      'requestLetterNumber',
      'requestLetterDate',
    ]);
    expect((await post({ ...bimtek, kind: 'from_supervision' })).json().fields[0]).toMatchObject({
      field: 'inspectionId',
      rule: 'required',
    });
    expect((await post(bimtek, kepala)).statusCode).toBe(403);
    expect((await post(bimtek, adminBkpm)).statusCode).toBe(403);
  });

  it('runs a Bimtek: invitations by email, attendance and minutes on the day, survey, evaluation', async () => {
    const created = await h.as(staff, 'POST', '/api/control/guidance', bimtek);
    expect(created.statusCode).toBe(200);
    const g = created.json();
    expect(g).toMatchObject({ kind: 'bimtek', status: 'planned', participants: 0 });
    const [c] = await q('select definition_key from cases where id = $1', [g.caseId]);
    expect(c!.definition_key).toBe('dalak-067-004');

    // invitations: a company without email is named; others get the details by email
    const url = `/api/control/guidance/${g.id}`;
    const noMail = await h.as(
      staff,
      'POST',
      `${url}/invitations`,
      { companyIds: [co.large, co.noMail] },
      'en',
    );
    expect(noMail.json().fields[0]).toMatchObject({ field: 'companyIds.1', rule: 'guidance_no_email' });
    expect(noMail.json().fields[0].message).toContain('PT Uji Tanpa Surel');
    const invited = await h.as(staff, 'POST', `${url}/invitations`, {
      companyIds: [co.large, co.medium, co.small, co.micro],
    });
    expect(invited.statusCode).toBe(200);
    expect(invited.json().participants).toBe(4);
    const mails = await q(
      `select recipient, subject, body_text from outbox where related_id = $1 order by recipient`,
      [g.id],
    );
    expect(mails.map((m) => m.recipient)).toEqual([
      'besar@uji.test',
      'kecil@uji.test',
      'menengah@uji.test',
      'mikro@uji.test',
    ]);
    expect(mails[0]!.body_text).toContain('Senin, 15 Juni 2026');
    expect(mails[0]!.body_text).toContain('09:00-12:00 WITA');
    expect(mails[0]!.body_text).toContain('https://zoom.example/j/123');
    // inviting again adds nobody and sends nothing more
    await h.as(staff, 'POST', `${url}/invitations`, { companyIds: [co.large] });
    expect((await q('select count(*)::int as n from outbox where related_id = $1', [g.id]))[0]!.n).toBe(4);

    // before the day: attendance and minutes are refused, naming the field
    const parts = invited.json().participantList as Array<{
      id: string;
      companyId: string;
      surveyPath: string;
    }>;
    const entries = parts.map((p) => ({
      participantId: p.id,
      attended: true,
      attendeeName: 'Staf perizinan',
    }));
    const early = await h.as(staff, 'POST', `${url}/attendance`, { entries }, 'en');
    expect(early.json().fields[0]).toMatchObject({ field: 'entries', rule: 'before_session' });
    const earlyMinutes = await h.as(staff, 'POST', `${url}/minutes`, {
      minutes: 'Notulensi kegiatan Bimtek.',
    });
    expect(earlyMinutes.json().fields[0]).toMatchObject({ field: 'minutes', rule: 'before_session' });

    // materials: by content, named on refusal
    const upload = (name: string, bytes: Buffer, type: string) => {
      const body = multipartBody({}, [{ field: 'materials', filename: name, contentType: type, bytes }]);
      return h.app.inject({
        method: 'POST',
        url: `${url}/materials`,
        headers: { 'content-type': body.contentType, cookie: staff.cookie, 'x-csrf-token': staff.csrf },
        payload: body.payload,
      });
    };
    const bad = await upload('paparan.pdf', Buffer.from('not a pdf at all'), 'application/pdf');
    expect(bad.json().fields[0]).toMatchObject({ field: 'materials[0]', rule: 'guidance_material_type' });
    expect((await upload('paparan.pdf', SAMPLE_PDF, 'application/pdf')).statusCode).toBe(200);
    const withPng = await upload('denah.png', SAMPLE_PNG, 'image/png');
    const materials = withPng.json().materials;
    expect(materials.map((m: { filename: string }) => m.filename)).toEqual(['paparan.pdf', 'denah.png']);
    const got = await h.as(kepala, 'GET', `${url}/materials/${materials[0].id}`);
    expect(got.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect((await h.as(adminBkpm, 'GET', `${url}/materials/${materials[0].id}`)).statusCode).toBe(404);

    // the day after the filing deadlines of the periods after (Q2 and S1 2026: 15 July)
    h.now = new Date('2026-08-03T02:00:00Z');
    await relogin();
    const unknown = await h.as(staff, 'POST', `${url}/attendance`, {
      entries: [{ participantId: g.id, attended: true }],
    });
    expect(unknown.json().fields[0]).toMatchObject({
      field: 'entries.0.participantId',
      rule: 'reference_unknown',
    });
    const att = await h.as(staff, 'POST', `${url}/attendance`, { entries });
    expect(att.statusCode).toBe(200);
    expect(att.json().attended).toBe(4);
    const surveyMails = await q(
      `select recipient, body_text from outbox where related_id = $1 and subject like 'Survei%'`,
      [g.id],
    );
    expect(surveyMails).toHaveLength(4);
    expect(surveyMails[0]!.body_text).toContain('/survei-pembinaan/');
    const minutes = await h.as(staff, 'POST', `${url}/minutes`, {
      minutes: 'Peserta dijelaskan tata cara LKPM; tanya jawab tentang realisasi investasi.',
    });
    expect(minutes.json()).toMatchObject({ status: 'held' });

    // the survey: public by token, once, 1-4
    const token = (p: { surveyPath: string }) => p.surveyPath.split('/').pop()!;
    const t1 = token(parts[0]!);
    const page = await h.as(null, 'GET', `/api/public/guidance-survey/${t1}`);
    expect(page.json()).toMatchObject({ title: bimtek.title, answered: false });
    expect(
      (await h.as(null, 'POST', `/api/public/guidance-survey/${t1}`, { score: 5 })).json().fields[0],
    ).toMatchObject({
      field: 'score',
    });
    expect(
      (await h.as(null, 'POST', `/api/public/guidance-survey/${t1}`, { score: 4, comment: 'Jelas' }))
        .statusCode,
    ).toBe(200);
    expect((await h.as(null, 'POST', `/api/public/guidance-survey/${t1}`, { score: 1 })).statusCode).toBe(
      409,
    );
    await h.as(null, 'POST', `/api/public/guidance-survey/${token(parts[1]!)}`, { score: 3 });
    expect((await h.as(null, 'GET', '/api/public/guidance-survey/AAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(
      404,
    );

    const view = (await h.as(kepala, 'GET', url)).json();
    expect(view.canManage).toBe(false);
    expect(view.survey).toEqual({ answers: 2, average: 3.5 });
    // the evaluation: micro left out; before: large and small; after: large and medium (a return still counts as filed)
    expect(view.evaluation).toEqual({
      companies: 3,
      reportedBefore: 2,
      reportedAfter: 2,
      rateBefore: 66.7,
      rateAfter: 66.7,
      afterDue: true,
    });
    // the same figures counted in SQL over the same data
    const [sqlCount] = await q(
      `select count(*) filter (where b)::int as before, count(*) filter (where a)::int as after, count(*)::int as n
       from (
         select p.company_id,
           exists (select 1 from lkpm_reports r where r.company_id = p.company_id and r.status <> 'draft'
             and ((c.scale in ('medium','large') and r.period_kind = 'quarter' and r.period_year = 2026 and r.period_no = 1)
               or (c.scale = 'small' and r.period_kind = 'half' and r.period_year = 2025 and r.period_no = 2))) as b,
           exists (select 1 from lkpm_reports r where r.company_id = p.company_id and r.status <> 'draft'
             and ((c.scale in ('medium','large') and r.period_kind = 'quarter' and r.period_year = 2026 and r.period_no = 2)
               or (c.scale = 'small' and r.period_kind = 'half' and r.period_year = 2026 and r.period_no = 1))) as a
         from control_guidance_participants p join companies c on c.id = p.company_id
         where p.guidance_id = $1 and p.attended and c.scale <> 'micro'
       ) x`,
      [g.id],
    );
    expect(view.evaluation).toMatchObject({
      companies: sqlCount!.n,
      reportedBefore: sqlCount!.before,
      reportedAfter: sqlCount!.after,
    });
    const small = view.participantList.find((p: { companyId: string }) => p.companyId === co.small);
    expect(small).toMatchObject({ reportedBefore: true, reportedAfter: false });

    // the list's total, and a company's guidance
    const list = (await h.as(kepala, 'GET', '/api/control/guidance')).json();
    expect(list.evaluation).toMatchObject({ companies: 3, reportedBefore: 2, reportedAfter: 2 });
    const ofCompany = (await h.as(kepala, 'GET', `/api/control/guidance?companyId=${co.small}`)).json();
    expect(ofCompany.items.map((i: { id: string }) => i.id)).toEqual([g.id]);
    // another agency sees nothing
    expect((await h.as(adminBkpm, 'GET', url)).statusCode).toBe(404);
    expect((await h.as(adminBkpm, 'GET', '/api/control/guidance')).json().total).toBe(0);
    expect(
      (await h.as(adminBkpm, 'POST', `${url}/minutes`, { minutes: 'Notulensi lain instansi.' })).statusCode,
    ).toBe(403);
    h.now = NOW;
    await relogin();
  });

  it('runs a guidance on request and one from an inspection, each with its SOP case', async () => {
    const onRequest = await h.as(staff, 'POST', '/api/control/guidance', {
      ...bimtek,
      kind: 'on_request',
      title: 'Pembinaan kewajiban LKPM',
      companyId: co.large,
      requestLetterNumber: '012/PTUB/VI/2026',
      requestLetterDate: '2026-06-02',
      onlineLink: '',
    });
    expect(onRequest.statusCode).toBe(200);
    expect(onRequest.json()).toMatchObject({ companyName: 'PT Uji Bina Besar', participants: 1 });
    const [c1] = await q('select definition_key from cases where id = $1', [onRequest.json().caseId]);
    expect(c1!.definition_key).toBe('dalak-067-002');

    const insp = await h.as(fung, 'POST', '/api/control/inspections', {
      companyId: co.medium,
      reasonKind: 'finding',
      reason: 'LKPM tidak disampaikan dua periode',
    });
    const fromSup = await h.as(staff, 'POST', '/api/control/guidance', {
      ...bimtek,
      kind: 'from_supervision',
      title: 'Pembinaan hasil pengawasan',
      inspectionId: insp.json().id,
    });
    expect(fromSup.json()).toMatchObject({
      companyName: 'PT Uji Bina Menengah',
      inspectionId: insp.json().id,
    });
    const [c2] = await q('select definition_key from cases where id = $1', [fromSup.json().caseId]);
    expect(c2!.definition_key).toBe('dalak-067-003');
    // a Bimtek-only action is refused for them
    expect(
      (
        await h.as(staff, 'POST', `/api/control/guidance/${fromSup.json().id}/invitations`, {
          companyIds: [co.small],
        })
      ).statusCode,
    ).toBe(409);
    // an inspection of another agency is not found by field
    const other = await h.as(staff, 'POST', '/api/control/guidance', {
      ...bimtek,
      kind: 'from_supervision',
      inspectionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(other.json().fields[0]).toMatchObject({ field: 'inspectionId', rule: 'reference_unknown' });
  });
});
