import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, eventLog } from '../../../platform/db/schema';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { companies, companyBusinessLines, lkpmReports } from '../schema';

let h: Harness;
let fung: Session;
let verifier: Session;
let kabid: Session;
let kepala: Session;
let tu: Session;
let admin: Session;
let bkpmTu: Session;
let kaltimId: string;
const ids: Record<string, string> = {};
const lines: Record<string, string> = {};

// Wednesday 25 November 2026, 11:00 WITA: the third quarter's deadline (15 October) has passed,
// the fourth quarter has not ended; for small businesses the first half of 2026 is judged
const NOW = new Date('2026-11-25T03:00:00Z');

async function company(key: string, nib: string, name: string, scale: string, lineKblis: string[] = []) {
  const [c] = await h.database.db
    .insert(companies)
    .values({
      agencyId: kaltimId,
      nib,
      name,
      investmentType: 'PMDN',
      scale,
      riskLevel: 'medium_high',
      kbliCodes: lineKblis,
      province: 'Kalimantan Timur',
      regency: 'Kota Samarinda',
    })
    .returning();
  ids[key] = c!.id;
  for (const [i, kbli] of lineKblis.entries()) {
    const [l] = await h.database.db
      .insert(companyBusinessLines)
      .values({ companyId: c!.id, kbli, name: `Bidang ${kbli}`, regency: `Kab ${i}` })
      .returning();
    lines[`${key}${i + 1}`] = l!.id;
  }
}

const values = (over: Record<string, unknown> = {}) => ({
  land: 1_000_000_000,
  buildings: 2_500_000_000,
  machinery: 750_000_000,
  workingCapital: 300_000_000,
  other: 0,
  planned: 5_000_000_000,
  workersIndonesian: 42,
  workersForeign: 1,
  problems: 'Perizinan lingkungan masih berproses',
  ...over,
});

const newReport = (over: Record<string, unknown> = {}) => ({
  companyId: ids.A,
  businessLineId: lines.A1,
  periodYear: 2026,
  periodKind: 'quarter',
  periodNo: 3,
  ...values(),
  ...over,
});

const fieldsOf = (res: { json(): { fields?: Array<{ field: string; rule: string }> } }) =>
  (res.json().fields ?? []).map((f) => `${f.field}:${f.rule}`);

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  fung = await h.login('fungsional.kaltim@sigap.test');
  verifier = await h.login('verifikator.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tu = await h.login('tu.kaltim@sigap.test');
  admin = await h.login('admin.kaltim@sigap.test');
  bkpmTu = await h.login('tu.ti.bkpm@sigap.test');
  kaltimId = fung.me.agency.id;
  await company('A', '9120000000001', 'PT Mahakam Dua Lini', 'medium', ['01262', '10432']);
  await company('B', '9120000000002', 'CV Kecil Tenggarong', 'small');
  await company('C', '9120000000003', 'UD Mikro Sangatta', 'micro');
  await company('D', '9120000000004', 'PT Besar Bontang', 'large', ['05100']);
  await company('E', '9120000000005', 'PT Menengah Berau', 'medium');
}, 180_000);
afterAll(async () => h?.close());

async function countReports() {
  return (await h.database.db.select().from(lkpmReports).where(eq(lkpmReports.agencyId, kaltimId))).length;
}

async function openSteps(caseId: string) {
  const [c] = await h.database.db.select().from(cases).where(eq(cases.id, caseId));
  const state = c!.state as {
    status: string;
    tasks: Array<{ stepId: string; status: string }>;
    pauses: Array<{ end: string | null }>;
  };
  return {
    status: state.status,
    open: state.tasks.filter((t) => t.status === 'ready').map((t) => t.stepId),
    paused: state.pauses.some((p) => p.end === null),
  };
}

describe('an LKPM report from draft to approval (SOP 067/006)', () => {
  let id: string;

  it('refuses bad entries naming the field, and stores none of them', async () => {
    const cases400: Array<[Record<string, unknown>, string]> = [
      [{ periodKind: 'half', periodNo: 1 }, 'periodKind:lkpm_period_kind'],
      [{ companyId: ids.C, businessLineId: null }, 'companyId:lkpm_exempt'],
      [{ land: -1 }, 'land'],
      [{ machinery: 1.5 }, 'machinery'],
      [{ periodNo: 4 }, 'periodNo:lkpm_future_period'],
      [{ businessLineId: null }, 'businessLineId:required'],
      [{ businessLineId: lines.D1 }, 'businessLineId:invalid'],
      [{ workersForeign: 'dua' }, 'workersForeign'],
    ];
    for (const [over, field] of cases400) {
      const res = await h.as(fung, 'POST', '/api/lkpm-reports', newReport(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(
        fieldsOf(res).some((f) => f.startsWith(field)),
        `${field} in ${fieldsOf(res)}`,
      ).toBe(true);
    }
    // a small business reports by half-year
    const small = await h.as(
      fung,
      'POST',
      '/api/lkpm-reports',
      newReport({ companyId: ids.B, businessLineId: null }),
    );
    expect(fieldsOf(small)).toContain('periodKind:lkpm_period_kind');
    expect(small.json().fields[0].message).toContain('semester');
    // roles outside the control division, and the leaders who only read
    expect((await h.as(tu, 'POST', '/api/lkpm-reports', newReport())).statusCode).toBe(403);
    expect((await h.as(kepala, 'POST', '/api/lkpm-reports', newReport())).statusCode).toBe(403);
    // another agency's staff cannot name this agency's company
    expect((await h.as(bkpmTu, 'POST', '/api/lkpm-reports', newReport())).statusCode).toBe(403);
    expect(await countReports()).toBe(0);
  });

  it('saves a draft, edits it, and refuses a second report for the period naming it', async () => {
    const res = await h.as(fung, 'POST', '/api/lkpm-reports', newReport());
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({
      status: 'draft',
      realised: 4_550_000_000,
      planned: 5_000_000_000,
      caseId: null,
    });
    expect(r.period).toMatchObject({ code: '2026-Q3', deadline: '2026-10-15' });
    expect(r.can).toMatchObject({ edit: true, submit: true, verify: false });
    const dup = await h.as(fung, 'POST', '/api/lkpm-reports', newReport(), 'id');
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('Triwulan III 2026');
    const edited = await h.as(fung, 'PUT', `/api/lkpm-reports/${id}`, values({ other: 50_000_000 }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().realised).toBe(4_600_000_000);
    const bad = await h.as(fung, 'PUT', `/api/lkpm-reports/${id}`, values({ planned: -5 }));
    expect(fieldsOf(bad)).toContain('planned:rupiah');
    expect((await h.as(fung, 'GET', `/api/lkpm-reports/${id}`)).json().planned).toBe(5_000_000_000);
    expect(await countReports()).toBe(1);
  });

  it('submits it into its verification case, waiting for the verifier', async () => {
    expect((await h.as(kepala, 'POST', `/api/lkpm-reports/${id}/submit`)).statusCode).toBe(403);
    expect((await h.as(bkpmTu, 'POST', `/api/lkpm-reports/${id}/submit`)).statusCode).toBe(404);
    const res = await h.as(fung, 'POST', `/api/lkpm-reports/${id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.status).toBe('submitted');
    expect(r.caseNumber).toMatch(/^LKPM-2026-\d{6}$/);
    expect(await openSteps(r.caseId)).toEqual({ status: 'open', open: ['s3'], paused: false });
    // a submitted report is no longer edited or submitted again
    expect((await h.as(fung, 'PUT', `/api/lkpm-reports/${id}`, values())).statusCode).toBe(409);
    expect((await h.as(fung, 'POST', `/api/lkpm-reports/${id}/submit`)).statusCode).toBe(409);
    // the verifier is told
    const notes = (await h.as(verifier, 'GET', '/api/notifications')).json();
    expect(JSON.stringify(notes)).toContain('PT Mahakam Dua Lini');
    // the case page links the report for the division
    const casePage = (await h.as(verifier, 'GET', `/api/cases/${r.caseId}`)).json();
    expect(JSON.stringify(casePage)).toContain(`/office/lkpm/${id}`);
  });

  it('is returned by the verifier with the items to correct, each with its note', async () => {
    const ret = {
      decision: 'return',
      corrections: [
        { item: 'machinery', note: 'Nilai mesin tidak sesuai faktur pembelian' },
        { item: 'workersForeign', note: 'RPTKA mencatat 2 TKA' },
      ],
    };
    expect((await h.as(fung, 'POST', `/api/lkpm-reports/${id}/verify`, ret)).statusCode).toBe(403);
    expect((await h.as(bkpmTu, 'POST', `/api/lkpm-reports/${id}/verify`, ret)).statusCode).toBe(404);
    const empty = await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, {
      decision: 'return',
      corrections: [],
    });
    expect(fieldsOf(empty)).toContain('corrections:too_few');
    const noNote = await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, {
      decision: 'return',
      corrections: [{ item: 'land', note: ' ' }],
    });
    expect(fieldsOf(noNote).some((f) => f.startsWith('corrections.0.note'))).toBe(true);
    const badItem = await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, {
      decision: 'return',
      corrections: [{ item: 'colour', note: 'x' }],
    });
    expect(fieldsOf(badItem).some((f) => f.startsWith('corrections.0.item'))).toBe(true);
    expect((await h.as(fung, 'GET', `/api/lkpm-reports/${id}`)).json().status).toBe('submitted');
    const res = await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, ret);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.status).toBe('needs_correction');
    expect(r.corrections).toEqual(ret.corrections);
    expect(r.can).toMatchObject({ verify: false, correct: true });
    expect(await openSteps(r.caseId)).toEqual({ status: 'open', open: ['s1'], paused: true });
    // approving a report that waits for the company's correction is refused
    expect(
      (await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, { decision: 'approve' })).statusCode,
    ).toBe(409);
  });

  it('is corrected by the company through staff, back to the verifier', async () => {
    expect((await h.as(verifier, 'GET', `/api/lkpm-reports/${id}`)).json().can.correct).toBe(true);
    expect((await h.as(kepala, 'POST', `/api/lkpm-reports/${id}/correct`, values())).statusCode).toBe(403);
    const bad = await h.as(fung, 'POST', `/api/lkpm-reports/${id}/correct`, values({ workersForeign: -2 }));
    expect(fieldsOf(bad)).toContain('workersForeign:too_small');
    const res = await h.as(
      fung,
      'POST',
      `/api/lkpm-reports/${id}/correct`,
      values({ machinery: 820_000_000, workersForeign: 2, note: 'Faktur dan RPTKA dilampirkan' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ status: 'corrected', machinery: 820_000_000, workersForeign: 2 });
    expect(await openSteps(r.caseId)).toEqual({ status: 'open', open: ['s3'], paused: false });
  });

  it('is approved by the head of division, which ends the case; every change is in the timeline and the event log', async () => {
    const res = await h.as(kabid, 'POST', `/api/lkpm-reports/${id}/verify`, {
      decision: 'approve',
      note: 'Sesuai',
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.status).toBe('approved');
    expect(r.approvedAt).toBe(NOW.toISOString());
    expect((await openSteps(r.caseId)).status).not.toBe('open');
    expect(r.timeline.map((t: { kind: string }) => t.kind)).toEqual([
      'draft',
      'submitted',
      'needs_correction',
      'corrected',
      'approved',
    ]);
    expect(r.timeline[2].text).toContain('Nilai mesin tidak sesuai faktur');
    const events = await h.database.db
      .select({ action: eventLog.action })
      .from(eventLog)
      .where(and(eq(eventLog.entityType, 'lkpm_report'), eq(eventLog.entityId, id)));
    expect(events.map((e) => e.action)).toEqual([
      'lkpm.draft',
      'lkpm.updated',
      'lkpm.submitted',
      'lkpm.needs_correction',
      'lkpm.corrected',
      'lkpm.approved',
    ]);
    expect(
      (await h.as(verifier, 'POST', `/api/lkpm-reports/${id}/verify`, { decision: 'approve' })).statusCode,
    ).toBe(409);
  });

  it('lists reports by period, status and company; another agency sees none of them', async () => {
    const list = (
      await h.as(
        kepala,
        'GET',
        '/api/lkpm-reports?periodYear=2026&periodKind=quarter&periodNo=3&status=approved',
      )
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await h.as(kepala, 'GET', `/api/lkpm-reports?companyId=${ids.D}`)).json().total).toBe(0);
    expect((await h.as(kepala, 'GET', '/api/lkpm-reports?q=mahakam dua')).json().total).toBe(1);
    expect((await h.as(kepala, 'GET', '/api/lkpm-reports?status=wrong')).statusCode).toBe(400);
    expect((await h.as(bkpmTu, 'GET', `/api/lkpm-reports/${id}`)).statusCode).toBe(404);
    expect((await h.as(tu, 'GET', '/api/lkpm-reports')).statusCode).toBe(403);
  });
});

describe('an imported LKPM report (no case yet)', () => {
  it('gets its verification case when the verifier returns it, and again runs to approval', async () => {
    const [row] = await h.database.db
      .insert(lkpmReports)
      .values({
        agencyId: kaltimId,
        companyId: ids.E!,
        periodYear: 2025,
        periodKind: 'quarter',
        periodNo: 4,
        status: 'submitted',
        source: 'import',
        planned: 100,
        land: 50,
      })
      .returning();
    const ret = await h.as(verifier, 'POST', `/api/lkpm-reports/${row!.id}/verify`, {
      decision: 'return',
      corrections: [{ item: 'land', note: 'Sertifikat tanah belum dilampirkan' }],
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(await openSteps(ret.json().caseId)).toEqual({ status: 'open', open: ['s1'], paused: true });
    const fixed = await h.as(fung, 'POST', `/api/lkpm-reports/${row!.id}/correct`, values());
    expect(fixed.json().status).toBe('corrected');
    const ok = await h.as(verifier, 'POST', `/api/lkpm-reports/${row!.id}/verify`, { decision: 'approve' });
    expect(ok.json().status).toBe('approved');
  });
});

describe('LKPM compliance and the deadline setting', () => {
  const mine = (list: Array<{ companyId: string }>) =>
    list.map((c) => c.companyId).filter((c) => Object.values(ids).includes(c));
  const key = (id: string) => Object.entries(ids).find(([, v]) => v === id)![0];

  it('lists who has not reported for the period judged, and who missed two in a row', async () => {
    const file = async (body: Record<string, unknown>, submit = true) => {
      const r = await h.as(fung, 'POST', '/api/lkpm-reports', newReport(body));
      expect(r.statusCode, r.body).toBe(200);
      if (submit)
        expect((await h.as(fung, 'POST', `/api/lkpm-reports/${r.json().id}/submit`)).statusCode).toBe(200);
    };
    await file({ companyId: ids.D, businessLineId: lines.D1 }); // D: the third quarter
    await file({ companyId: ids.E, businessLineId: null, periodNo: 2 }); // E: the second quarter only
    await file({ companyId: ids.E, businessLineId: null }, false); // … and a draft for the third
    await file({ companyId: ids.A, businessLineId: lines.A2, periodNo: 1 }); // A: an older quarter
    const res = await h.as(kepala, 'GET', '/api/lkpm-reports/compliance');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ today: '2026-11-25', deadlineDay: 15 });
    expect(c.quarter.period).toMatchObject({ code: '2026-Q3', deadline: '2026-10-15' });
    expect(c.quarter.previous.code).toBe('2026-Q2');
    expect(c.half.period).toMatchObject({ code: '2026-S1', deadline: '2026-07-15' });
    // A filed for one of its two lines; E only a draft
    expect(mine(c.quarter.notReported).map(key).sort()).toEqual(['A', 'E']);
    expect(c.quarter.notReported.find((x: { companyId: string }) => x.companyId === ids.A)).toMatchObject({
      missingLines: 1,
      lastFiled: '2026-Q3',
    });
    expect(mine(c.quarter.missedTwo).map(key)).toEqual(['A']);
    expect(mine(c.half.notReported).map(key)).toEqual(['B']);
    expect(mine(c.half.missedTwo).map(key)).toEqual(['B']);
    // the micro business never appears
    expect(JSON.stringify(c)).not.toContain(ids.C);
    expect((await h.as(tu, 'GET', '/api/lkpm-reports/compliance')).statusCode).toBe(403);
  });

  it('exports the lists as XLSX', async () => {
    const res = await h.as(kepala, 'GET', '/api/lkpm-reports/compliance.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const notReported = wb.getWorksheet('Belum lapor')!;
    const nibs = notReported.getColumn(2).values.map(String);
    expect(nibs).toContain('9120000000001');
    expect(nibs).toContain('9120000000002');
    expect(wb.getWorksheet('Dua periode')!.getColumn(3).values.map(String)).toContain('CV Kecil Tenggarong');
  });

  it('moves the period judged when the administrator changes the deadline day', async () => {
    expect((await h.as(kepala, 'GET', '/api/lkpm-settings')).json()).toEqual({ lkpmDeadlineDay: 15 });
    expect((await h.as(kabid, 'PUT', '/api/lkpm-settings', { lkpmDeadlineDay: 60 })).statusCode).toBe(403);
    const bad = await h.as(admin, 'PUT', '/api/lkpm-settings', { lkpmDeadlineDay: 0 });
    expect(fieldsOf(bad)).toContain('lkpmDeadlineDay:too_small');
    const ok = await h.as(admin, 'PUT', '/api/lkpm-settings', { lkpmDeadlineDay: 60 });
    expect(ok.json()).toEqual({ lkpmDeadlineDay: 60 });
    // 30 September + 60 days is 29 November: the third quarter is still in time on 25 November
    const c = (await h.as(kepala, 'GET', '/api/lkpm-reports/compliance')).json();
    expect(c.quarter.period).toMatchObject({ code: '2026-Q2', deadline: '2026-08-29' });
    expect(mine(c.quarter.notReported).map(key).sort()).toEqual(['A', 'D']);
    expect(mine(c.quarter.missedTwo).map(key).sort()).toEqual(['A', 'D']);
    await h.as(admin, 'PUT', '/api/lkpm-settings', { lkpmDeadlineDay: 15 });
  });
});
