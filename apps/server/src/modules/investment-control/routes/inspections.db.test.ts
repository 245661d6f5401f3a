import { INSPECTION_ITEMS } from '@sigap/contracts/investment-control';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../testing/multipart';

let h: Harness;
let fung: Session;
let kepala: Session;
let tu: Session;
let adminBkpm: Session;
let agencyId: string;
let companyId: string;
let inspectorIds: string[];

// Wednesday 10 June 2026, 09:00 WITA
const NOW = new Date('2026-06-10T01:00:00Z');

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
async function q(text: string, values: unknown[] = []): Promise<Record<string, any>[]> {
  return (await h.database.query(text, values)).rows as Record<string, unknown>[];
}

const items = (findings: string[] = []) =>
  Object.fromEntries(
    INSPECTION_ITEMS.map((k) => [
      k,
      findings.includes(k) ? { status: 'finding', note: `Temuan ${k}` } : { status: 'ok' },
    ]),
  );

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tu = await h.login('tu.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  agencyId = fung.me.agency.id;
  const [row] = await q(
    `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
     values ($1, '9911000000001', 'PT Uji Periksa', 'PMA', 'large', 'high', '{35101}', 'Kabupaten Berau') returning id`,
    [agencyId],
  );
  companyId = String(row!.id);
  const list = await h.as(fung, 'GET', '/api/control/supervision-visits?year=2026');
  inspectorIds = list
    .json()
    .inspectors.map((i: { id: string }) => i.id)
    .slice(0, 2);
  expect(inspectorIds.length).toBe(2);
});
afterAll(async () => h?.close());

describe('inspection report (BAP) of a routine visit', () => {
  it('records the items, grade and refusal, and marks the visit done with its findings count', async () => {
    const [plan] = await q(
      `insert into supervision_plans (agency_id, year, from_date) values ($1, 2026, '2026-06-01') returning id`,
      [agencyId],
    );
    const [visit] = await q(
      `insert into supervision_visits (agency_id, plan_id, company_id, seq, planned_on, inspector_ids)
       values ($1, $2, $3, 1, '2026-06-09', $4) returning id`,
      [agencyId, plan!.id, companyId, inspectorIds],
    );
    const url = `/api/control/supervision-visits/${visit!.id}/report`;
    const report = {
      inspectedOn: '2026-06-09',
      inspectorIds,
      items: items(['workers', 'machinery']),
      findings: 'Tenaga kerja asing tidak dilaporkan; mesin belum terpasang.',
      followUp: 'Pembinaan LKPM dan laporan tenaga kerja dalam 30 hari.',
      refusalReason: 'Direktur tidak berada di lokasi dan staf menolak menandatangani.',
    };
    // permissions: the leader reads only, another agency does not see the visit
    expect((await h.as(kepala, 'POST', url, report)).statusCode).toBe(403);
    expect((await h.as(tu, 'POST', url, report)).statusCode).toBe(403);
    expect((await h.as(adminBkpm, 'POST', url, report)).statusCode).toBe(403);
    // bad input names the field
    const noSign = await h.as(fung, 'POST', url, { ...report, refusalReason: undefined }, 'en');
    expect(noSign.statusCode).toBe(400);
    expect(noSign.json().fields[0].field).toBe('companyRepName');
    const both = await h.as(fung, 'POST', url, { ...report, companyRepName: 'Budi' }, 'en');
    expect(both.json().fields[0]).toMatchObject({ field: 'refusalReason', rule: 'signed_and_refused' });
    const missingItem = await h.as(fung, 'POST', url, {
      ...report,
      items: { ...items(), partnership: undefined },
    });
    expect(missingItem.statusCode).toBe(400);
    expect(missingItem.json().fields[0].field).toBe('items.partnership');
    const future = await h.as(fung, 'POST', url, { ...report, inspectedOn: '2026-06-11' });
    expect(future.json().fields[0]).toMatchObject({ field: 'inspectedOn', rule: 'not_future' });
    const stranger = await h.as(fung, 'POST', url, { ...report, inspectorIds: [companyId] });
    expect(stranger.json().fields[0]).toMatchObject({ field: 'inspectorIds.0', rule: 'inspector_unknown' });
    const noFindings = await h.as(fung, 'POST', url, { ...report, findings: undefined });
    expect(noFindings.json().fields[0].field).toBe('findings');

    const res = await h.as(fung, 'POST', url, report);
    expect(res.statusCode).toBe(200);
    const bap = res.json();
    expect(bap).toMatchObject({
      kind: 'visit',
      status: 'reported',
      companyId,
      visitId: visit!.id,
      grade: 'partly_compliant',
      findingsCount: 2,
      companyRepName: null,
      refusalReason: report.refusalReason,
    });
    expect(bap.items.workers).toEqual({ status: 'finding', note: 'Temuan workers' });
    expect(bap.inspectors.map((i: { id: string }) => i.id)).toEqual(inspectorIds);
    const [v] = await q('select status, done_on, findings_count from supervision_visits where id = $1', [
      visit!.id,
    ]);
    expect(v).toMatchObject({ status: 'done', findings_count: 2 });
    expect(String(v!.done_on).slice(0, 10) === '2026-06-09' || v!.done_on instanceof Date).toBe(true);
    // once per visit
    expect((await h.as(fung, 'POST', url, report)).statusCode).toBe(409);

    // read: the leader reads, another agency gets 404
    expect((await h.as(kepala, 'GET', `/api/control/inspections/${bap.id}`)).json().canManage).toBe(false);
    expect((await h.as(adminBkpm, 'GET', `/api/control/inspections/${bap.id}`)).statusCode).toBe(404);
    expect((await h.as(tu, 'GET', `/api/control/inspections/${bap.id}`)).statusCode).toBe(403);

    // photos: PNG accepted, a PDF refused naming the file
    const upload = (files: { filename: string; bytes: Buffer }[]) => {
      const body = multipartBody(
        {},
        files.map((f) => ({
          field: 'photos',
          filename: f.filename,
          contentType: 'image/png',
          bytes: f.bytes,
        })),
      );
      return h.app.inject({
        method: 'POST',
        url: `/api/control/inspections/${bap.id}/photos`,
        headers: { 'content-type': body.contentType, cookie: fung.cookie, 'x-csrf-token': fung.csrf },
        payload: body.payload,
      });
    };
    const pdf = await upload([{ filename: 'lokasi.png', bytes: SAMPLE_PDF }]);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().fields[0]).toMatchObject({ field: 'photos[0]', rule: 'photo_type' });
    const ok = await upload([{ filename: 'lokasi.png', bytes: SAMPLE_PNG }]);
    expect(ok.statusCode).toBe(200);
    const photo = ok.json().photos[0];
    expect(photo).toMatchObject({ filename: 'lokasi.png', contentType: 'image/png' });
    const got = await h.as(kepala, 'GET', `/api/control/inspections/${bap.id}/photos/${photo.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(SAMPLE_PNG)).toBe(true);
  });
});

describe('incidental supervision (SOP 067/010)', () => {
  it('starts from a complaint number with its case, then takes its report', async () => {
    const start = {
      companyId,
      reasonKind: 'complaint',
      reasonRef: 'ADU-2026-0042',
      reason: 'Limbah ke sungai',
    };
    expect((await h.as(kepala, 'POST', '/api/control/inspections', start)).statusCode).toBe(403);
    const noRef = await h.as(fung, 'POST', '/api/control/inspections', { ...start, reasonRef: undefined });
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().fields[0].field).toBe('reasonRef');
    const other = await h.as(adminBkpm, 'POST', '/api/control/inspections', start);
    expect(other.statusCode).toBe(403);
    const unknown = await h.as(fung, 'POST', '/api/control/inspections', { ...start, companyId: agencyId });
    expect(unknown.json().fields[0]).toMatchObject({ field: 'companyId', rule: 'unknown_company' });

    const res = await h.as(fung, 'POST', '/api/control/inspections', start);
    expect(res.statusCode).toBe(200);
    const ins = res.json();
    expect(ins).toMatchObject({
      kind: 'incidental',
      status: 'open',
      reasonRef: 'ADU-2026-0042',
      grade: null,
    });
    expect(ins.caseId).toBeTruthy();
    const [kase] = await q('select definition_key, subject from cases where id = $1', [ins.caseId]);
    expect(kase!.definition_key).toBe('dalak-067-010');
    expect(kase!.subject).toContain('ADU-2026-0042');

    const report = {
      inspectedOn: '2026-06-10',
      inspectorIds,
      items: items(['obligations']),
      findings: 'LKPM dua periode tidak disampaikan.',
      companyRepName: 'Siti Aminah',
      companyRepPosition: 'Manajer HRD',
    };
    const done = await h.as(fung, 'POST', `/api/control/inspections/${ins.id}/report`, report);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'reported',
      grade: 'not_compliant',
      findingsCount: 1,
      companyRepName: 'Siti Aminah',
      refusalReason: null,
    });
    expect((await h.as(fung, 'POST', `/api/control/inspections/${ins.id}/report`, report)).statusCode).toBe(
      409,
    );

    // the company page lists its inspections and their cases; the list filters by company
    const company = (await h.as(kepala, 'GET', `/api/control/companies/${companyId}`)).json();
    expect(company.inspections).toHaveLength(2);
    expect(company.inspections[0]).toMatchObject({
      kind: 'incidental',
      grade: 'not_compliant',
      findingsCount: 1,
    });
    expect(company.cases.map((c: { id: string }) => c.id)).toContain(ins.caseId);
    const list = (await h.as(kepala, 'GET', `/api/control/inspections?companyId=${companyId}`)).json();
    expect(list.total).toBe(2);
    // another agency's list never holds this agency's inspections
    const theirs = await h.as(adminBkpm, 'GET', `/api/control/inspections?companyId=${companyId}`);
    expect(theirs.statusCode === 403 || theirs.json().total === 0).toBe(true);
  });
});
