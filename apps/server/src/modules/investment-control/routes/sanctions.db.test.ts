import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let pengolah: Session;
let kepala: Session;
let tu: Session;
let adminBkpm: Session;
let agencyId: string;

// Tuesday 15 December 2026, 09:00 WITA
const NOW = new Date('2026-12-15T01:00:00Z');
const ids = new Map<string, string>();
const licenceIds = new Map<string, string[]>();

// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tu = await h.login('tu.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  agencyId = pengolah.me.agency.id;
  for (const key of ['A', 'B', 'C', 'D']) {
    const [row] = await q(
      `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
       values ($1, $2, $3, 'PMDN', 'medium', 'high', '{05100}', 'Kota Samarinda') returning id`,
      [agencyId, `77000000000${key.charCodeAt(0)}`, `PT Sanksi ${key}`],
    );
    ids.set(key, String(row!.id));
    const lics: string[] = [];
    for (const [type, n] of [
      ['nib', 1],
      ['licence', 2],
    ] as const) {
      const [l] = await q(
        `insert into licences (agency_id, company_id, type, number, issued_on) values ($1, $2, $3, $4, '2024-01-10') returning id`,
        [agencyId, row!.id, type, `SK-${key}-${n}`],
      );
      lics.push(String(l!.id));
    }
    licenceIds.set(key, lics);
  }
});
afterAll(async () => h?.close());

const issue = (s: Session, key: string, body: object, lang?: 'en') =>
  h.as(s, 'POST', `/api/control/companies/${ids.get(key)}/sanctions`, body, lang);

describe('sanctions ladder (SOPs 067/011-067/014)', () => {
  it('checks permissions: another agency 404, outside the division 403, leaders read', async () => {
    const a = ids.get('A')!;
    expect((await h.as(adminBkpm, 'GET', `/api/control/companies/${a}/sanctions`)).statusCode).toBe(404);
    expect(
      (await issue(adminBkpm, 'A', { stage: 'warning_1', basis: 'finding', issuedOn: '2026-10-01' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await issue(tu, 'A', { stage: 'warning_1', basis: 'finding', issuedOn: '2026-10-01' })).statusCode,
    ).toBe(403);
    expect((await h.as(tu, 'GET', '/api/control/sanctions')).statusCode).toBe(403);
    expect((await h.as(kepala, 'GET', `/api/control/companies/${a}/sanctions`)).statusCode).toBe(200);
    expect(
      (await issue(kepala, 'A', { stage: 'warning_1', basis: 'finding', issuedOn: '2026-10-01' })).statusCode,
    ).toBe(403);
  });

  it('refuses bad input naming the field', async () => {
    const cases: [object, string, string][] = [
      [{ stage: 'warning_9', basis: 'finding', issuedOn: '2026-10-01' }, 'stage', 'enum'],
      [{ stage: 'warning_1', basis: 'gossip', issuedOn: '2026-10-01' }, 'basis', 'enum'],
      [{ stage: 'warning_1', basis: 'finding', issuedOn: '2026-13-01' }, 'issuedOn', ''],
      [{ stage: 'warning_1', basis: 'finding', issuedOn: '2026-12-13' }, 'issuedOn', 'not_working_day'],
      [{ stage: 'warning_1', basis: 'finding', issuedOn: '2026-12-16' }, 'issuedOn', 'not_future'],
      [{ stage: 'warning_2', basis: 'finding', issuedOn: '2026-10-01' }, 'stage', 'sanction_stage_order'],
      [
        { stage: 'warning_1', basis: 'court_decision', issuedOn: '2026-10-01' },
        'basis',
        'sanction_court_revocation',
      ],
      [
        { stage: 'revocation', basis: 'court_decision', issuedOn: '2026-10-01' },
        'courtDecisionNumber',
        'required',
      ],
      [
        { stage: 'warning_1', basis: 'finding', issuedOn: '2026-10-01', licenceId: licenceIds.get('B')![0] },
        'licenceId',
        'reference_unknown',
      ],
    ];
    for (const [body, field, rule] of cases) {
      const res = await issue(pengolah, 'A', body, 'en');
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().fields[0].field).toBe(field);
      if (rule) expect(res.json().fields[0].rule).toBe(rule);
    }
    const order = await issue(
      pengolah,
      'A',
      { stage: 'suspension', basis: 'finding', issuedOn: '2026-10-01' },
      'en',
    );
    expect(order.json().fields[0].message).toContain('warning_1');
  });

  it('climbs the ladder in order, with deadlines on the working calendar', async () => {
    const a = ids.get('A')!;
    const p0 = await h.as(pengolah, 'GET', `/api/control/companies/${a}/sanctions/proposal`);
    expect(p0.json()).toMatchObject({ stage: 'warning_1', lastOpen: null, complyDays: 30 });
    const w1 = await issue(pengolah, 'A', { stage: 'warning_1', basis: 'finding', issuedOn: '2026-10-01' });
    expect(w1.statusCode).toBe(200);
    expect(w1.json()).toMatchObject({ stage: 'warning_1', status: 'open', issuedOn: '2026-10-01' });
    expect(w1.json().complyBy > '2026-11-10').toBe(true);
    const p1 = await h.as(pengolah, 'GET', `/api/control/companies/${a}/sanctions/proposal`);
    expect(p1.json()).toMatchObject({ stage: 'warning_2', complyDays: 15, lastOpen: { id: w1.json().id } });
    const skip = await issue(pengolah, 'A', { stage: 'warning_3', basis: 'finding', issuedOn: '2026-11-16' });
    expect(skip.json().fields[0]).toMatchObject({ field: 'stage', rule: 'sanction_stage_order' });
    const w2 = await issue(pengolah, 'A', { stage: 'warning_2', basis: 'finding', issuedOn: '2026-11-16' });
    expect(w2.statusCode).toBe(200);
    // issued Monday 14 December: 10 working days skip the collective leave (24 Dec) and Christmas (25 Dec)
    const w3 = await issue(pengolah, 'A', { stage: 'warning_3', basis: 'finding', issuedOn: '2026-12-14' });
    expect(w3.json()).toMatchObject({
      stage: 'warning_3',
      complyBy: '2026-12-30',
      status: 'open',
      overdue: false,
    });
    const list = await h.as(pengolah, 'GET', `/api/control/companies/${a}/sanctions`);
    expect(list.json().items.map((s: Row) => [s.stage, s.status])).toEqual([
      ['warning_3', 'open'],
      ['warning_2', 'escalated'],
      ['warning_1', 'escalated'],
    ]);
    // suspension of one licence
    const [, licence] = licenceIds.get('A')!;
    const susp = await issue(pengolah, 'A', {
      stage: 'suspension',
      basis: 'finding',
      issuedOn: '2026-12-15',
      licenceId: licence,
    });
    expect(susp.json()).toMatchObject({ stage: 'suspension', complyBy: null, licenceNumber: 'SK-A-2' });
    const company = (await h.as(pengolah, 'GET', `/api/control/companies/${a}`)).json();
    const byNumber = Object.fromEntries(company.licences.map((l: Row) => [l.number, l.status]));
    expect(byNumber).toEqual({ 'SK-A-1': 'active', 'SK-A-2': 'suspended' });
    const p2 = await h.as(pengolah, 'GET', `/api/control/companies/${a}/sanctions/proposal`);
    expect(p2.json().stage).toBe('revocation');
  });

  it('flags overdue warnings agency-wide and records compliance', async () => {
    const w = await issue(pengolah, 'B', {
      stage: 'warning_1',
      basis: 'lkpm_non_reporting',
      issuedOn: '2026-10-01',
    });
    expect(w.json().overdue).toBe(true);
    const overdue = await h.as(pengolah, 'GET', '/api/control/sanctions?overdue=true');
    expect(overdue.json().items.map((s: Row) => s.companyName)).toEqual(['PT Sanksi B']);
    const bad = await h.as(pengolah, 'POST', `/api/control/sanctions/${w.json().id}/complied`, {
      compliedOn: '2026-09-30',
    });
    expect(bad.json().fields[0]).toMatchObject({ field: 'compliedOn', rule: 'before_issue' });
    const done = await h.as(pengolah, 'POST', `/api/control/sanctions/${w.json().id}/complied`, {
      compliedOn: '2026-12-01',
    });
    expect(done.json()).toMatchObject({ status: 'complied', overdue: false, compliedOn: '2026-12-01' });
    expect((await h.as(pengolah, 'GET', '/api/control/sanctions?overdue=true')).json().items).toEqual([]);
    const again = await h.as(pengolah, 'POST', `/api/control/sanctions/${w.json().id}/complied`, {
      compliedOn: '2026-12-01',
    });
    expect(again.statusCode).toBe(400);
    // complied: the ladder starts again
    const p = await h.as(pengolah, 'GET', `/api/control/companies/${ids.get('B')}/sanctions/proposal`);
    expect(p.json().stage).toBe('warning_1');
  });

  it('revokes by court decision (SOP 067/013): every licence revoked, shown on the company page', async () => {
    const c = ids.get('C')!;
    const res = await issue(pengolah, 'C', {
      stage: 'revocation',
      basis: 'court_decision',
      issuedOn: '2026-12-15',
      courtDecisionNumber: '123/Pdt.G/2026/PN Smr',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'revocation', courtDecisionNumber: '123/Pdt.G/2026/PN Smr' });
    const company = (await h.as(kepala, 'GET', `/api/control/companies/${c}`)).json();
    expect(company.licences.map((l: Row) => l.status)).toEqual(['revoked', 'revoked']);
    expect(company.licences[0].statusChangedAt).toBe(NOW.toISOString());
    const p = await h.as(pengolah, 'GET', `/api/control/companies/${c}/sanctions/proposal`);
    expect(p.json().stage).toBeNull();
    const after = await issue(pengolah, 'C', {
      stage: 'warning_1',
      basis: 'finding',
      issuedOn: '2026-12-15',
    });
    expect(after.json().fields[0]).toMatchObject({ field: 'stage', rule: 'sanction_ladder_done' });
  });

  it('proposes warnings for companies that missed LKPM for two periods', async () => {
    const res = await h.as(pengolah, 'GET', '/api/control/sanctions/lkpm-proposals');
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(res.json().items.map((i: Row) => [i.name, i.stage]));
    expect(byName['PT Sanksi D']).toBe('warning_1');
    expect(byName['PT Sanksi C']).toBeNull();
  });
});
