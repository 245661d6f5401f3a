import { formatLocalDate, isWorkingDay } from '@sigap/core';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../../platform/db/schema';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kabid: Session;
let kepala: Session;
let agencyId: string;

// Tuesday 15 December 2026, 09:00 WITA
const NOW = new Date('2026-12-15T01:00:00Z');
const ids = new Map<string, string>();
const inspections = new Map<string, string>();

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kabid = await h.login('kabid.dalak.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  agencyId = pengolah.me.agency.id;
  for (const key of ['A', 'B', 'C', 'D', 'E']) {
    const [row] = await q(
      `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency, address)
       values ($1, $2, $3, 'PMA', 'large', 'high', '{05100}', 'Kabupaten Berau', 'Jl. Poros Berau Km 5') returning id`,
      [agencyId, `88100000000${key.charCodeAt(0)}`, `PT Surat Sanksi ${key}`],
    );
    ids.set(key, String(row!.id));
    await q(
      `insert into licences (agency_id, company_id, type, number, issued_on) values ($1, $2, 'licence', $3, '2024-01-10')`,
      [agencyId, row!.id, `IZ-${key}-1`],
    );
  }
  // reported inspections: A with findings (not compliant), B compliant without findings, E open
  const bap = async (key: string, company: string, grade: string | null, findings: string | null) => {
    const [r] = await q(
      `insert into control_inspections (agency_id, company_id, kind, status, reason_kind, reason, inspected_on, grade, findings_count, findings)
       values ($1, $2, 'incidental', $3, 'complaint', 'Pengaduan masyarakat', '2026-12-10', $4, $5, $6) returning id`,
      [
        agencyId,
        ids.get(company),
        grade ? 'reported' : 'open',
        grade,
        findings ? findings.split('\n').length : grade ? 0 : null,
        findings,
      ],
    );
    inspections.set(key, String(r!.id));
  };
  await bap(
    'A',
    'A',
    'not_compliant',
    'Realisasi investasi tidak sesuai rencana.\nLimbah dibuang ke sungai.',
  );
  await bap('B', 'B', 'compliant', null);
  await bap('E', 'E', null, null);
});
afterAll(async () => h?.close());

/** The N-th working day after `from`, counted day by day on the agency's calendar. */
async function nthWorkingDayAfter(from: string, n: number): Promise<string> {
  const [agency] = await h.database.db.select().from(agencies).where(eq(agencies.id, agencyId));
  const cal = await loadWorkingCalendar(h.database.db, agency!);
  let d = new Date(`${from}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d = new Date(d.getTime() + 86_400_000);
    if (isWorkingDay(cal, d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}

const issue = (s: Session, key: string, body: object, lang?: 'en') =>
  h.as(s, 'POST', `/api/control/companies/${ids.get(key)}/sanctions`, body, lang);

describe('sanction letters and cases (SOPs 067/011-067/014)', () => {
  it('refuses a bad basis reference, naming the field', async () => {
    const bad: [string, object, string, string][] = [
      ['A', { inspectionId: inspections.get('B') }, 'inspectionId', 'reference_unknown'],
      ['B', { inspectionId: inspections.get('B') }, 'inspectionId', 'sanction_inspection_findings'],
      ['E', { inspectionId: inspections.get('E') }, 'inspectionId', 'sanction_inspection_findings'],
      [
        'A',
        { inspectionId: inspections.get('A'), basis: 'lkpm_non_reporting' },
        'inspectionId',
        'sanction_inspection_basis',
      ],
      ['A', { inspectionId: 'not-a-uuid' }, 'inspectionId', ''],
      ['A', { basis: 'request' }, 'basis', 'sanction_request_revocation'],
    ];
    for (const [key, extra, field, rule] of bad) {
      const res = await issue(
        pengolah,
        key,
        { stage: 'warning_1', basis: 'finding', issuedOn: '2026-12-15', ...extra },
        'en',
      );
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().fields[0].field).toBe(field);
      if (rule) expect(res.json().fields[0].rule).toBe(rule);
      expect(res.json().fields[0].message).toContain(field === 'basis' ? 'basis' : 'inspectionId');
    }
    // nothing was issued, no case started, no letter drafted
    expect(await q('select id from sanctions where agency_id = $1', [agencyId])).toEqual([]);
  });

  it('issues warning 1 from a BAP: the letter is a draft in the document service on the SOP 067/012 case', async () => {
    const res = await issue(pengolah, 'A', {
      stage: 'warning_1',
      basis: 'finding',
      issuedOn: '2026-12-15',
      inspectionId: inspections.get('A'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const w1 = res.json();
    // 30 working days from Tuesday 15 December 2026 on the agency calendar (Christmas leave, New Year)
    const expected = await nthWorkingDayAfter('2026-12-15', 30);
    expect(expected > '2027-01-26').toBe(true); // more than 30 weekdays: the year-end holidays skipped
    expect(w1.complyBy).toBe(expected);
    expect(w1).toMatchObject({
      inspectionId: inspections.get('A'),
      caseSop: 'dalak-067-012',
      document: { status: 'draft', number: null, templateCode: 'surat-peringatan' },
    });
    expect(w1.document.title).toBe(
      'Surat Peringatan Tertulis I kepada PT Surat Sanksi A (NIB 8810000000065)',
    );
    expect(w1.caseNumber).toMatch(/^SOP-2026-\d{6}$/);
    const [kase] = await q('select definition_key, subject, agency_id from cases where id = $1', [w1.caseId]);
    expect(kase).toMatchObject({ definition_key: 'dalak-067-012', agency_id: agencyId });
    expect(kase!.subject).toContain('PT Surat Sanksi A');

    const doc = (await h.as(pengolah, 'GET', `/api/documents/${w1.document.id}`)).json();
    expect(doc).toMatchObject({ caseId: w1.caseId, status: 'draft', templateCode: 'surat-peringatan' });
    expect(doc.data).toMatchObject({
      order: 'i',
      companyName: 'PT Surat Sanksi A',
      nib: '8810000000065',
      licenseNumber: 'IZ-A-1',
      complyDays: 30,
      complyBy: expected,
      violations: ['Realisasi investasi tidak sesuai rencana.', 'Limbah dibuang ke sungai.'],
    });
    expect(doc.data.basis.at(-1)).toBe(
      `Berita Acara Pemeriksaan pengawasan insidentil tanggal ${formatLocalDate('2026-12-10', 'id')}`,
    );
    const pdf = await h.as(pengolah, 'GET', `/api/documents/${w1.document.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const [event] = await q(
      `select action from event_log where entity_type = 'document' and entity_id = $1`,
      [w1.document.id],
    );
    expect(event!.action).toBe('document.created');
  });

  it('the letter follows the document flow: initialled, signed and numbered; the sanction shows the number', async () => {
    const list = (await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('A')}/sanctions`)).json();
    const docId = list.items[0].document.id;
    const submit = await h.as(pengolah, 'POST', `/api/documents/${docId}/actions`, {
      type: 'submit',
      reviewerUserIds: [kabid.me.user.id],
      signerUserId: kepala.me.user.id,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    const initial = await h.as(kabid, 'POST', `/api/documents/${docId}/actions`, { type: 'initial' });
    expect(initial.statusCode, initial.body).toBe(200);
    const signed = await h.as(kepala, 'POST', `/api/documents/${docId}/actions`, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    const number = signed.json().number as string;
    expect(number).toMatch(/^503\/\d{3}\//);
    const after = (await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('A')}/sanctions`)).json();
    expect(after.items[0].document).toMatchObject({ id: docId, status: 'signed', number });
    const agencyWide = (await h.as(kepala, 'GET', '/api/control/sanctions')).json();
    expect(agencyWide.items.find((s: Row) => s.document?.id === docId).document.number).toBe(number);
  });

  it('the next warning continues the ladder case; a revocation on request runs SOP 067/011', async () => {
    const first = (await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('A')}/sanctions`)).json()
      .items[0];
    const w2 = await issue(pengolah, 'A', { stage: 'warning_2', basis: 'finding', issuedOn: '2026-12-15' });
    expect(w2.statusCode, w2.body).toBe(200);
    expect(w2.json()).toMatchObject({ caseId: first.caseId, document: { templateCode: 'surat-peringatan' } });
    expect(w2.json().document.id).not.toBe(first.document.id);
    const doc = (await h.as(pengolah, 'GET', `/api/documents/${w2.json().document.id}`)).json();
    expect(doc.data).toMatchObject({ order: 'ii', complyDays: 15, complyBy: w2.json().complyBy });
    // the company page lists the ladder's case once
    const pageA = (await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('A')}`)).json();
    expect(pageA.cases.filter((k: Row) => k.id === first.caseId)).toEqual([
      expect.objectContaining({ kind: 'dalak-067-012' }),
    ]);

    // the company asks for its licence to be revoked: any time, SOP 067/011, the revocation decree
    const rev = await issue(pengolah, 'C', { stage: 'revocation', basis: 'request', issuedOn: '2026-12-15' });
    expect(rev.statusCode, rev.body).toBe(200);
    expect(rev.json()).toMatchObject({
      caseSop: 'dalak-067-011',
      document: { templateCode: 'sk-pencabutan-izin' },
    });
    const decree = (await h.as(pengolah, 'GET', `/api/documents/${rev.json().document.id}`)).json();
    expect(decree.data).toMatchObject({
      reason: 'permohonan',
      licenseNumber: 'IZ-C-1',
      nib: '8810000000067',
    });
    const company = (await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('C')}`)).json();
    expect(company.licences[0]).toMatchObject({ status: 'revoked' });
    const [lic] = await q('select status_case_id from licences where company_id = $1', [ids.get('C')]);
    expect(lic!.status_case_id).toBe(rev.json().caseId);
  });

  it('court decisions run SOP 067/013; LKPM non-reporting warnings get their letter too', async () => {
    const court = await issue(pengolah, 'D', {
      stage: 'revocation',
      basis: 'court_decision',
      issuedOn: '2026-12-14',
      courtDecisionNumber: '45/Pdt.G/2026/PN Tnr',
    });
    expect(court.json()).toMatchObject({
      caseSop: 'dalak-067-013',
      document: { templateCode: 'sk-pencabutan-izin' },
    });
    const decree = (await h.as(pengolah, 'GET', `/api/documents/${court.json().document.id}`)).json();
    expect(decree.data.reason).toBe('putusan-pengadilan');
    expect(decree.data.considerations[0]).toContain('45/Pdt.G/2026/PN Tnr');

    const lkpm = await issue(pengolah, 'B', {
      stage: 'warning_1',
      basis: 'lkpm_non_reporting',
      issuedOn: '2026-10-01',
    });
    expect(lkpm.json()).toMatchObject({ caseSop: 'dalak-067-012', overdue: true });
    const letter = (await h.as(pengolah, 'GET', `/api/documents/${lkpm.json().document.id}`)).json();
    expect(letter.data.violations[0]).toContain('LKPM');
    expect(letter.data.basis.at(-1)).toContain('LKPM');
  });

  it('sanctions dashboard: counts by stage and status equal SQL sums, and the XLSX holds the same', async () => {
    // B's warning complied, to have every status
    await q(`update sanctions set status = 'complied', complied_on = '2026-12-01' where company_id = $1`, [
      ids.get('B'),
    ]);
    await issue(pengolah, 'B', { stage: 'warning_1', basis: 'lkpm_non_reporting', issuedOn: '2026-10-02' });
    const res = await h.as(kepala, 'GET', '/api/control/dashboards/sanctions?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const sums = await q(
      `select stage, count(*)::int as issued,
              count(*) filter (where status = 'open')::int as open,
              count(*) filter (where status = 'complied')::int as complied,
              count(*) filter (where status = 'escalated')::int as escalated,
              count(*) filter (where status = 'open' and comply_by < '2026-12-15')::int as overdue
         from sanctions where agency_id = $1 and issued_on between '2026-01-01' and '2026-12-31'
        group by stage`,
      [agencyId],
    );
    for (const s of d.stages) {
      const sql = sums.find((r) => r.stage === s.stage) ?? {
        issued: 0,
        open: 0,
        complied: 0,
        escalated: 0,
        overdue: 0,
      };
      expect(s, s.stage).toMatchObject({
        issued: sql.issued,
        open: sql.open,
        complied: sql.complied,
        escalated: sql.escalated,
        overdue: sql.overdue,
      });
    }
    const [all] = await q(
      `select count(*)::int as n, count(*) filter (where status = 'escalated')::int as escalated
         from sanctions where agency_id = $1`,
      [agencyId],
    );
    expect(d.total.issued).toBe(all!.n);
    expect(d.total.escalated).toBe(all!.escalated);
    expect(d.total).toMatchObject({ issued: 6, open: 4, complied: 1, escalated: 1, overdue: 1 });
    expect(
      (await h.as(kepala, 'GET', '/api/control/dashboards/sanctions?year=2025')).json().total.issued,
    ).toBe(0);

    const xlsx = await h.as(kepala, 'GET', '/api/control/dashboards/sanctions.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('sanksi-per-tahap-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const sheet = wb.getWorksheet('Sanksi per Tahap')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Tahap');
    expect(sheet.getRow(2).getCell(1).value).toBe('Peringatan tertulis I');
    expect(sheet.getRow(2).getCell(2).value).toBe(d.stages[0].issued);
    const totalRow = sheet.getRow(7);
    expect(totalRow.getCell(1).value).toBe('Jumlah');
    expect([2, 3, 4, 5, 6].map((c) => totalRow.getCell(c).value)).toEqual([
      d.total.issued,
      d.total.open,
      d.total.complied,
      d.total.escalated,
      d.total.overdue,
    ]);
    // outside the division: no dashboard
    const tu = await h.login('tu.kaltim@sigap.test');
    expect((await h.as(tu, 'GET', '/api/control/dashboards/sanctions?year=2026')).statusCode).toBe(403);
  });
});
