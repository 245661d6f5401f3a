import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';

let h: Harness;
let fung: Session;
let kabid: Session;
let kepala: Session;
let adminKaltim: Session;
let adminBkpm: Session;
let promosi: Session;
let unitIds: Record<string, string>;

/** Sets the clock to an East Kalimantan (WITA, UTC+8) wall-clock time. */
const at = (local: string) => {
  h.now = new Date(`${local}:00+08:00`);
};

async function readyTask(s: Session, caseId: string) {
  const detail = (await h.as(s, 'GET', `/api/cases/${caseId}`)).json();
  return detail.tasks.find((t: { status: string }) => t.status === 'ready') as { id: string; stepNo: number };
}

async function act(s: Session, caseId: string, action: Record<string, unknown>) {
  const res = await h.as(s, 'POST', `/api/cases/${caseId}/actions`, action);
  expect(res.statusCode, res.body).toBe(200);
}

async function claim(s: Session, caseId: string) {
  await act(s, caseId, { type: 'claim', taskId: (await readyTask(s, caseId)).id });
}

async function complete(s: Session, caseId: string, decision?: 'yes' | 'no') {
  const task = await readyTask(s, caseId);
  await act(s, caseId, { type: 'complete', taskId: task.id, ...(decision ? { decision } : {}) });
  return task.stepNo;
}

async function start(s: Session, definitionKey: string, subject: string): Promise<string> {
  const res = await h.as(s, 'POST', '/api/cases', { definitionKey, subject });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id;
}

interface StepJson {
  stepId: string;
  no: number;
  standardMinutes: number | null;
  standardText: string | null;
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  withinStandardShare: number | null;
  waitingMedianMinutes: number | null;
  workingMedianMinutes: number | null;
  sentBack: Array<{ role: string | null; count: number }>;
}
interface SopJson {
  key: string;
  code: string | null;
  casesRun: number;
  casesCompleted: number;
  steps: StepJson[];
}

const PERIOD = 'from=2026-11-23&to=2026-11-27';

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-11-23T00:00:00Z') });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  adminKaltim = await h.login('admin.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  promosi = await h.login('staf.promosi.kaltim@sigap.test');
  const org = (await h.as(adminKaltim, 'GET', '/api/org')).json();
  unitIds = Object.fromEntries(org.units.map((u: { code: string; id: string }) => [u.code, u.id]));

  // Case A, Monday 23 November 2026 (office hours 07:30-16:00 WITA), completed with one "Tidak" at s5.
  at('2026-11-23T08:00');
  const a = await start(fung, 'dalak-067-012', 'Pencabutan izin PT Alpha');
  at('2026-11-23T08:20');
  await complete(fung, a); // s1: 20 (claimed at start: waiting 0)
  at('2026-11-23T08:30');
  await claim(fung, a);
  at('2026-11-23T09:00');
  await complete(fung, a); // s2: 40 = waiting 10 + working 30
  at('2026-11-23T10:10');
  await complete(fung, a); // s3: 70, never claimed: waiting 70
  at('2026-11-23T11:50');
  await complete(fung, a); // s4: 100, waiting 100
  at('2026-11-23T12:20');
  await claim(kabid, a);
  at('2026-11-23T12:40');
  expect(await complete(kabid, a, 'no')).toBe(5); // s5: 50 = 30 + 20; Tidak → back to s2
  at('2026-11-23T13:25');
  await complete(fung, a); // s2 again: 45, given back to its earlier officer: waiting 0
  at('2026-11-23T13:55');
  await complete(fung, a); // s3: 30
  at('2026-11-23T14:55');
  await complete(fung, a); // s4: 60
  at('2026-11-23T15:05');
  await complete(kabid, a, 'yes'); // s5: 10
  at('2026-11-23T15:20');
  await complete(kepala, a, 'yes'); // s6: 15, waiting 15
  at('2026-11-23T15:25');
  await complete(fung, a); // s7: 5

  // Case B, Tuesday 24 November, still open; s4 runs overnight; the Kabid says Tidak again.
  at('2026-11-24T08:00');
  const b = await start(fung, 'dalak-067-012', 'Pencabutan izin PT Beta');
  at('2026-11-24T08:40');
  await complete(fung, b); // s1: 40 (over the 30-minute standard)
  at('2026-11-24T09:30');
  await complete(fung, b); // s2: 50, waiting 50
  at('2026-11-24T09:35');
  await claim(fung, b);
  at('2026-11-24T09:50');
  await complete(fung, b); // s3: 20 = 5 + 15
  at('2026-11-25T08:00');
  await complete(fung, b); // s4: 09:50-16:00 (370) + 07:30-08:00 (30) = 400 working minutes
  at('2026-11-25T08:30');
  await complete(kabid, b, 'no'); // s5: 30, waiting 30; back to s2 (left open)

  // An SOP with a case but no finished task yet.
  at('2026-11-25T10:00');
  await start(kabid, 'dalak-067-009', 'Pengawasan rutin PT Gamma');

  // Case C, Monday 30 November: outside the period.
  at('2026-11-30T08:00');
  fung = await h.login('fungsional.kaltim@sigap.test'); // the first session has expired
  const c = await start(fung, 'dalak-067-012', 'Pencabutan izin PT Delta');
  at('2026-11-30T09:00');
  await complete(fung, c); // s1: 60

  // the sessions opened a week ago have expired
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  adminKaltim = await h.login('admin.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  promosi = await h.login('staf.promosi.kaltim@sigap.test');
});
afterAll(async () => h?.close());

async function analytics(s: Session, query: string): Promise<{ sops: SopJson[] }> {
  const res = await h.as(s, 'GET', `/api/analytics/sops?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('SOP compliance analytics', () => {
  it('computes per step the median, p90, share within the standard, waiting/working and send-backs', async () => {
    const res = await analytics(kabid, PERIOD);
    expect(res.sops.map((s) => s.key)).toEqual(['dalak-067-009', 'dalak-067-012']);
    const sop = res.sops.find((s) => s.key === 'dalak-067-012')!;
    expect(sop).toMatchObject({ code: '067/012', casesRun: 2, casesCompleted: 1 });
    const step = (id: string) => sop.steps.find((s) => s.stepId === id)!;
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // p90 by linear interpolation: sorted x, h = (n - 1) × 0.9
    expect(step('s1')).toMatchObject({
      standardMinutes: 30,
      standardText: '30 menit',
      count: 2,
      medianMinutes: 30, // 20, 40
      p90Minutes: 38, // 20 + 0.9 × 20
      withinStandardShare: 0.5,
      waitingMedianMinutes: 0,
      workingMedianMinutes: 30,
      sentBack: [],
    });
    expect(step('s2')).toMatchObject({
      count: 3,
      medianMinutes: 45, // 40, 45, 50
      p90Minutes: 49, // 45 + 0.8 × 5
      withinStandardShare: 1,
      waitingMedianMinutes: 10, // 10, 0, 50
      workingMedianMinutes: 30, // 30, 45, 0
    });
    expect(step('s3')).toMatchObject({
      count: 3,
      medianMinutes: 30, // 70, 30, 20
      p90Minutes: 62, // 30 + 0.8 × 40
      withinStandardShare: 0.6667, // 70 is over 60
      waitingMedianMinutes: 5, // 70, 0, 5
      workingMedianMinutes: 15, // 0, 30, 15
    });
    expect(step('s4')).toMatchObject({
      standardMinutes: 180,
      count: 3,
      medianMinutes: 100, // 100, 60, 400 (overnight, working time only)
      p90Minutes: 340, // 100 + 0.8 × 300
      withinStandardShare: 0.6667,
      waitingMedianMinutes: 100, // 100, 0, 400
      workingMedianMinutes: 0, // 0, 60, 0
    });
    expect(step('s5')).toMatchObject({
      count: 3,
      medianMinutes: 30, // 50, 10, 30
      p90Minutes: 46, // 30 + 0.8 × 20
      withinStandardShare: 1,
      waitingMedianMinutes: 30, // 30, 0, 30
      workingMedianMinutes: 10, // 20, 10, 0
      sentBack: [{ role: 'kabid', count: 2 }],
    });
    expect(step('s6')).toMatchObject({ count: 1, medianMinutes: 15, waitingMedianMinutes: 15, sentBack: [] });
    expect(step('s7')).toMatchObject({ count: 1, medianMinutes: 5, p90Minutes: 5, withinStandardShare: 1 });
    const other = res.sops.find((s) => s.key === 'dalak-067-009')!;
    expect(other).toMatchObject({ casesRun: 1, casesCompleted: 0 });
    expect(other.steps[0]).toMatchObject({ count: 0, medianMinutes: null, withinStandardShare: null });
  });

  it('filters by period: a case started after the period is left out, and in without one', async () => {
    const all = await analytics(kabid, '');
    const sop = all.sops.find((s) => s.key === 'dalak-067-012')!;
    expect(sop.casesRun).toBe(3);
    expect(sop.steps[0]).toMatchObject({ count: 3, medianMinutes: 40, withinStandardShare: 0.3333 });
    const later = await analytics(kabid, 'from=2026-11-30&to=2026-11-30');
    expect(later.sops.map((s) => [s.key, s.casesRun])).toEqual([['dalak-067-012', 1]]);
    const bad = await h.as(
      kabid,
      'GET',
      '/api/analytics/sops?from=2026-11-30&to=2026-11-23',
      undefined,
      'en',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'to', rule: 'date_range' });
  });

  it('filters by unit and its subtree; a unit outside the leader’s scope is refused unless admin', async () => {
    const dalak = await analytics(adminKaltim, `${PERIOD}&unitId=${unitIds.DALAK}`);
    expect(dalak.sops.map((s) => s.key)).toEqual(['dalak-067-009', 'dalak-067-012']);
    const root = await analytics(kepala, `${PERIOD}&unitId=${unitIds.DPMPTSP}`);
    expect(root.sops.find((s) => s.key === 'dalak-067-012')?.casesRun).toBe(2);
    const promo = await analytics(adminKaltim, `${PERIOD}&unitId=${unitIds['SEKSI-PROMOSI']}`);
    expect(promo.sops).toEqual([]);
    const refused = await h.as(kabid, 'GET', `/api/analytics/sops?unitId=${unitIds['SEKSI-PROMOSI']}`);
    expect(refused.statusCode).toBe(403);
    expect(
      (await h.as(kabid, 'GET', `/api/analytics/sops.xlsx?unitId=${unitIds['BID-PM']}`)).statusCode,
    ).toBe(403);
  });

  it('refuses staff without a leader role, and never shows another agency’s data', async () => {
    expect((await h.as(fung, 'GET', '/api/analytics/sops')).statusCode).toBe(403);
    expect((await h.as(promosi, 'GET', '/api/analytics/sops.xlsx')).statusCode).toBe(403);
    expect((await h.as(null, 'GET', '/api/analytics/sops')).statusCode).toBe(401);
    expect((await analytics(adminBkpm, '')).sops).toEqual([]);
    const foreign = await h.as(adminBkpm, 'GET', `/api/analytics/sops?unitId=${unitIds.DALAK}`);
    expect(foreign.statusCode).toBe(404);
  });

  it('exports the same figures as an XLSX workbook with Indonesian headers and number cells', async () => {
    const json = await analytics(kabid, PERIOD);
    const res = await h.as(kabid, 'GET', `/api/analytics/sops.xlsx?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('analitik-sop_2026-11-23_2026-11-27.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan SOP', 'Per Langkah']);

    const summary = wb.getWorksheet('Ringkasan SOP')!;
    expect(summary.getRow(1).values).toEqual(
      expect.arrayContaining(['Kode SOP', 'Judul SOP', 'Kasus dijalankan', 'Kasus selesai']),
    );
    const summaryRows = json.sops.map((_, i) => summary.getRow(i + 2));
    json.sops.forEach((sop, i) => {
      const row = summaryRows[i]!;
      expect(row.getCell(1).value).toBe(sop.code);
      expect(row.getCell(3).value).toBe(sop.casesRun);
      expect(row.getCell(4).value).toBe(sop.casesCompleted);
    });

    const steps = wb.getWorksheet('Per Langkah')!;
    const header = (steps.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Kode SOP',
      'No',
      'Kegiatan',
      'Mutu baku waktu',
      'Standar (menit kerja)',
      'Tugas selesai',
      'Median (menit kerja)',
      'Persentil 90 (menit kerja)',
      'Sesuai standar',
      'Median waktu tunggu (menit kerja)',
      'Median waktu kerja (menit kerja)',
      'Dikembalikan',
      'Dikembalikan oleh',
    ]);
    const flat = json.sops.flatMap((sop) => sop.steps.map((s) => ({ sop, s })));
    expect(steps.rowCount).toBe(flat.length + 1);
    const blank = (v: number | null) => (v === null ? null : v);
    flat.forEach(({ sop, s }, i) => {
      const row = steps.getRow(i + 2);
      const cell = (n: number) => row.getCell(n).value ?? null;
      expect([cell(1), cell(2)]).toEqual([sop.code, s.no]);
      expect([cell(5), cell(6), cell(7), cell(8), cell(9), cell(10), cell(11)]).toEqual([
        blank(s.standardMinutes),
        s.count,
        blank(s.medianMinutes),
        blank(s.p90Minutes),
        blank(s.withinStandardShare),
        blank(s.waitingMedianMinutes),
        blank(s.workingMedianMinutes),
      ]);
      expect(cell(12)).toBe(s.sentBack.reduce((n, r) => n + r.count, 0));
    });
    const s5 = flat.findIndex(({ sop, s }) => sop.key === 'dalak-067-012' && s.stepId === 's5');
    const s5Row = steps.getRow(s5 + 2);
    expect(typeof s5Row.getCell(8).value).toBe('number');
    expect(s5Row.getCell(8).value).toBe(46);
    expect(s5Row.getCell(9).numFmt).toBe('0.0%');
    expect(s5Row.getCell(13).value).toBe('Kepala Bidang: 2');
  });

  it('documents the endpoints in OpenAPI', async () => {
    const res = await h.as(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/api/analytics/sops', '/api/analytics/sops.xlsx']),
    );
  });
});
