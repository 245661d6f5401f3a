import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kepala: Session;
let tuKaltim: Session;
let adminBkpm: Session;

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-05-13T02:00:00Z') });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tuKaltim = await h.login('tu.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
});
afterAll(async () => h?.close());

const company = (over: Record<string, unknown> = {}) => ({
  nib: '9120001234567',
  name: 'PT Mahakam Sawit Lestari',
  investmentType: 'PMDN',
  scale: 'large',
  riskLevel: 'high',
  kbliCodes: ['01262', '10431'],
  province: 'Kalimantan Timur',
  regency: 'Kutai Kartanegara',
  address: 'Jl. Poros Tenggarong km 12',
  contactName: 'Rina Mahakam',
  contactEmail: 'rina@mahakam-sawit.example',
  contactPhone: '0541 123456',
  ...over,
});

describe('company registry', () => {
  let id = '';

  it('records a company with its business lines, naming a bad NIB and a taken NIB', async () => {
    const bad = await h.as(pengolah, 'POST', '/api/control/companies', company({ nib: '12345' }), 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([
      expect.objectContaining({ field: 'nib', rule: 'nib', message: "'nib' must be 13 digits." }),
    ]);
    const ok = await h.as(pengolah, 'POST', '/api/control/companies', company());
    expect(ok.statusCode).toBe(200);
    id = ok.json().id;
    expect(ok.json().businessLines.map((b: { kbli: string }) => b.kbli)).toEqual(['01262', '10431']);
    const taken = await h.as(pengolah, 'POST', '/api/control/companies', company({ name: 'PT Lain' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fields).toEqual([expect.objectContaining({ field: 'nib', rule: 'duplicate' })]);
  });

  it('edits a company and adds and edits licences; a taken licence number is named', async () => {
    const edited = await h.as(
      pengolah,
      'PUT',
      `/api/control/companies/${id}`,
      company({ riskLevel: 'medium_high' }),
    );
    expect(edited.json().riskLevel).toBe('medium_high');
    const add = await h.as(pengolah, 'POST', `/api/control/companies/${id}/licences`, {
      type: 'pkkpr',
      number: 'PKKPR-64.02-0001',
      issuedOn: '2024-03-01',
    });
    expect(add.statusCode, add.body).toBe(200);
    const lic = add.json().licences[0];
    expect(lic).toMatchObject({ type: 'pkkpr', status: 'active', issuedOn: '2024-03-01' });
    const dup = await h.as(pengolah, 'POST', `/api/control/companies/${id}/licences`, {
      type: 'pkkpr',
      number: 'PKKPR-64.02-0001',
    });
    expect(dup.statusCode, dup.body).toBe(409);
    expect(dup.json().fields[0].field).toBe('number');
    const badDate = await h.as(pengolah, 'POST', `/api/control/companies/${id}/licences`, {
      type: 'pbg',
      number: 'PBG-1',
      issuedOn: '2024-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().fields[0].field).toBe('issuedOn');
    const suspend = await h.as(pengolah, 'PUT', `/api/control/companies/${id}/licences/${lic.id}`, {
      type: 'pkkpr',
      number: 'PKKPR-64.02-0001',
      issuedOn: '2024-03-01',
      status: 'suspended',
    });
    expect(suspend.json().licences[0]).toMatchObject({
      status: 'suspended',
      statusChangedAt: h.now.toISOString(),
    });
  });

  it('lists and searches the registry by name, NIB, regency, risk, PMA/PMDN and scale', async () => {
    const byName = await h.as(kepala, 'GET', '/api/control/companies?q=mahakam%20sawit');
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((c: { nib: string }) => c.nib)).toContain('9120001234567');
    const byNib = await h.as(kepala, 'GET', '/api/control/companies?q=91200012');
    expect(byNib.json().items[0], byNib.body).toMatchObject({
      name: 'PT Mahakam Sawit Lestari',
      licences: 1,
    });
    const filtered = await h.as(
      kepala,
      'GET',
      '/api/control/companies?regency=Kutai%20Kartanegara&riskLevel=medium_high&investmentType=PMDN&scale=large',
    );
    expect(filtered.json().items.map((c: { id: string }) => c.id)).toContain(id);
    const none = await h.as(kepala, 'GET', '/api/control/companies?riskLevel=low&q=mahakam%20sawit');
    expect(none.json().total).toBe(0);
    const badFilter = await h.as(kepala, 'GET', '/api/control/companies?riskLevel=extreme');
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().fields[0].field).toContain('riskLevel');
  });

  it('shows the company page with business lines, licences, LKPM history and its cases', async () => {
    await h.database.query(
      `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status, land, machinery, planned, workers_indonesian)
       select agency_id, id, 2026, 'quarter', 1, 'approved', 1000000, 2500000, 5000000, 40 from companies where id = $1`,
      [id],
    );
    const page = await h.as(kepala, 'GET', `/api/control/companies/${id}`);
    expect(page.statusCode).toBe(200);
    const c = page.json();
    expect(c).toMatchObject({ nib: '9120001234567', canManage: false, cases: [] });
    expect(c.businessLines).toHaveLength(2);
    expect(c.licences).toHaveLength(1);
    expect(c.lkpm[0]).toMatchObject({
      periodYear: 2026,
      periodNo: 1,
      status: 'approved',
      realised: 3_500_000,
    });
  });

  it("keeps another agency's company out (404) and the registry from staff outside the division (403)", async () => {
    expect((await h.as(adminBkpm, 'GET', `/api/control/companies/${id}`)).statusCode).toBe(404);
    expect((await h.as(adminBkpm, 'PUT', `/api/control/companies/${id}`, company())).statusCode).toBe(403);
    expect((await h.as(tuKaltim, 'GET', '/api/control/companies')).statusCode).toBe(403);
    expect((await h.as(tuKaltim, 'GET', `/api/control/companies/${id}`)).statusCode).toBe(403);
    expect((await h.as(kepala, 'PUT', `/api/control/companies/${id}`, company())).statusCode).toBe(403);
  });
});
