import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kepala: Session;
let tu: Session;
let adminBkpm: Session;
let agencyId: string;

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

const COMPANIES = [
  {
    nib: '9922000000001',
    name: 'PT Pantau Batubara Satu',
    risk: 'high',
    kbli: '05100',
    regency: 'Kabupaten Berau',
  },
  {
    nib: '9922000000002',
    name: 'PT Pantau Batubara Dua',
    risk: 'high',
    kbli: '05200',
    regency: 'Kabupaten Berau',
  },
  {
    nib: '9922000000003',
    name: 'PT Pantau Sawit',
    risk: 'medium_high',
    kbli: '01262',
    regency: 'Kabupaten Berau',
  },
  { nib: '9922000000004', name: 'PT Pantau Gudang', risk: 'high', kbli: '52101', regency: 'Kota Balikpapan' },
];

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-06-10T01:00:00Z') });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tu = await h.login('tu.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  agencyId = pengolah.me.agency.id;
  for (const c of COMPANIES)
    await q(
      `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
       values ($1, $2, $3, 'PMA', 'large', $4, $5, $6)`,
      [agencyId, c.nib, c.name, c.risk, [c.kbli], c.regency],
    );
});
afterAll(async () => h?.close());

const ROUND = {
  kind: 'investment',
  title: 'Pemantauan tambang batubara Berau semester I',
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  scope: { regency: 'Kabupaten Berau', riskLevel: 'high', kbli: '05' },
};

describe('monitoring rounds (SOPs 067/001 and 067/005)', () => {
  let roundId: string;

  it('refuses bad input by field, and a scope without companies', async () => {
    const post = (body: unknown) => h.as(pengolah, 'POST', '/api/control/monitoring', body, 'en');
    const range = await post({ ...ROUND, periodTo: '2025-12-31' });
    expect(range.statusCode).toBe(400);
    expect(range.json().fields[0]).toMatchObject({ field: 'periodTo', rule: 'date_range' });
    const kind = await post({ ...ROUND, kind: 'tax' });
    expect(kind.json().fields[0].field).toBe('kind');
    const title = await post({ ...ROUND, title: '' });
    expect(title.json().fields[0]).toMatchObject({ field: 'title' });
    const empty = await post({ ...ROUND, scope: { regency: 'Kabupaten Mahakam Ulu' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields[0]).toMatchObject({ field: 'scope', rule: 'monitoring_scope_empty' });
    expect(empty.json().fields[0].message).toContain('no registry company');
    expect((await h.as(kepala, 'POST', '/api/control/monitoring', ROUND)).statusCode).toBe(403);
  });

  it('starts a round of the companies its filters choose, with its SOP case', async () => {
    const res = await h.as(pengolah, 'POST', '/api/control/monitoring', ROUND);
    expect(res.statusCode, res.body).toBe(200);
    const round = res.json();
    roundId = round.id;
    expect(round).toMatchObject({ status: 'open', companies: 2, recorded: 0, kind: 'investment' });
    expect(round.results.map((r: { nib: string }) => r.nib)).toEqual(['9922000000002', '9922000000001']);
    expect(round.caseNumber).toMatch(/^SOP-2026-/);
    const [kase] = await q('select definition_key from cases where id = $1', [round.caseId]);
    expect(kase!.definition_key).toBe('dalak-067-001');

    const licensing = await h.as(pengolah, 'POST', '/api/control/monitoring', {
      ...ROUND,
      kind: 'licensing',
      title: 'Pemantauan layanan perizinan Balikpapan',
      scope: { regency: 'Kota Balikpapan' },
    });
    expect(licensing.statusCode, licensing.body).toBe(200);
    const [k2] = await q('select definition_key from cases where id = $1', [licensing.json().caseId]);
    expect(k2!.definition_key).toBe('dalak-067-005');

    const list = await h.as(kepala, 'GET', '/api/control/monitoring?kind=investment');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: roundId, companies: 2 }] });
    expect((await h.as(tu, 'GET', '/api/control/monitoring')).statusCode).toBe(403);
    expect((await h.as(adminBkpm, 'GET', `/api/control/monitoring/${roundId}`)).statusCode).toBe(404);
  });

  it('records each result, then the report', async () => {
    const round = (await h.as(pengolah, 'GET', `/api/control/monitoring/${roundId}`)).json();
    const [a, b] = round.results;
    const put = (id: string, body: unknown, who = pengolah) =>
      h.as(who, 'PUT', `/api/control/monitoring/${roundId}/results/${id}`, body, 'en');
    const bad = await put(a.id, { statusNote: 'ok', followUp: 'later' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['followUp', 'statusNote']);
    expect((await put(a.id, { statusNote: 'Produksi berjalan', followUp: 'none' }, kepala)).statusCode).toBe(
      403,
    );

    const early = await h.as(
      pengolah,
      'POST',
      `/api/control/monitoring/${roundId}/report`,
      {
        report: 'Laporan hasil pemantauan semester I',
      },
      'en',
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().fields[0]).toMatchObject({ field: 'report', rule: 'monitoring_results_missing' });
    expect(early.json().fields[0].message).toContain('2 companies');

    const r1 = await put(a.id, {
      statusNote: 'Produksi berjalan sesuai rencana; realisasi 80% dari rencana investasi',
      followUp: 'none',
    });
    expect(r1.statusCode, r1.body).toBe(200);
    const r2 = await put(b.id, {
      statusNote: 'Kegiatan penambangan berhenti sejak Maret',
      problems: 'Izin pinjam pakai kawasan hutan belum terbit',
      followUp: 'supervision',
    });
    expect(r2.json()).toMatchObject({ recorded: 2, supervision: 1, guidance: 0 });
    const row = r2.json().results.find((r: { id: string }) => r.id === b.id);
    expect(row).toMatchObject({
      followUp: 'supervision',
      problems: 'Izin pinjam pakai kawasan hutan belum terbit',
    });
    expect(row.recordedBy).toBeTruthy();

    // another round's result id is not this round's
    const other = (await h.as(pengolah, 'GET', '/api/control/monitoring?kind=licensing')).json().items[0];
    const otherRound = (await h.as(pengolah, 'GET', `/api/control/monitoring/${other.id}`)).json();
    expect(
      (await put(otherRound.results[0].id, { statusNote: 'Tidak ada', followUp: 'none' })).statusCode,
    ).toBe(404);

    const report = await h.as(pengolah, 'POST', `/api/control/monitoring/${roundId}/report`, {
      report: 'Satu perusahaan berjalan baik, satu berhenti dan diusulkan untuk pengawasan insidentil.',
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ status: 'reported' });
    expect(report.json().reportedAt).toBeTruthy();
    expect((await put(a.id, { statusNote: 'Diubah setelah laporan', followUp: 'none' })).statusCode).toBe(
      409,
    );
    const [count] = await q(
      `select count(*)::int as n from monitoring_results where round_id = $1 and follow_up is not null`,
      [roundId],
    );
    expect(count!.n).toBe(2);
  });
});
