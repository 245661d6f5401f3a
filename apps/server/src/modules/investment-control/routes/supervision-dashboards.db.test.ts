import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../../testing/harness';

let h: Harness;
let fung: Session;
let kepala: Session;
let tu: Session;
let agencyId: string;

// Wednesday 10 June 2026, 09:00 WITA: this year's plan starts on Friday 12 June (the second
// working day), so each visit's assignment letter can be issued the working day before
const NOW = new Date('2026-06-10T01:00:00Z');

interface Co {
  nib: string;
  risk: string;
  scale: string;
  /** How last year's (2025) LKPM went: every quarter approved on time, one late, or none. */
  past: 'on_time' | 'late' | 'none';
  kbli: string;
  regency: string;
  type: 'PMA' | 'PMDN';
}

// the acceptance: known risk levels and compliance give the expected visits per company
const COMPANIES: (Co & { visits: number })[] = [
  {
    nib: '9900000000001',
    risk: 'low',
    scale: 'medium',
    past: 'on_time',
    visits: 0,
    kbli: '01111',
    regency: 'Kota Samarinda',
    type: 'PMDN',
  },
  {
    nib: '9900000000002',
    risk: 'low',
    scale: 'medium',
    past: 'late',
    visits: 1,
    kbli: '10710',
    regency: 'Kota Samarinda',
    type: 'PMDN',
  },
  {
    nib: '9900000000003',
    risk: 'medium_low',
    scale: 'large',
    past: 'on_time',
    visits: 1,
    kbli: '10750',
    regency: 'Kota Balikpapan',
    type: 'PMA',
  },
  {
    nib: '9900000000004',
    risk: 'medium_low',
    scale: 'large',
    past: 'none',
    visits: 1,
    kbli: '47111',
    regency: 'Kota Balikpapan',
    type: 'PMDN',
  },
  {
    nib: '9900000000005',
    risk: 'medium_high',
    scale: 'medium',
    past: 'on_time',
    visits: 1,
    kbli: '05100',
    regency: 'Kabupaten Kutai Kartanegara',
    type: 'PMA',
  },
  {
    nib: '9900000000006',
    risk: 'medium_high',
    scale: 'medium',
    past: 'late',
    visits: 2,
    kbli: '05200',
    regency: 'Kabupaten Kutai Kartanegara',
    type: 'PMA',
  },
  {
    nib: '9900000000007',
    risk: 'high',
    scale: 'large',
    past: 'on_time',
    visits: 1,
    kbli: '35101',
    regency: 'Kabupaten Berau',
    type: 'PMA',
  },
  {
    nib: '9900000000008',
    risk: 'high',
    scale: 'small',
    past: 'none',
    visits: 2,
    kbli: '68111',
    regency: 'Kabupaten Berau',
    type: 'PMDN',
  },
  // micro businesses file no LKPM: compliant by reports
  {
    nib: '9900000000009',
    risk: 'low',
    scale: 'micro',
    past: 'none',
    visits: 0,
    kbli: '56101',
    regency: 'Kota Bontang',
    type: 'PMDN',
  },
];
const ids = new Map<string, string>();

/** Raw SQL over the test data: counts (int) and sums (text) by column name. */
// biome-ignore lint/suspicious/noExplicitAny: raw rows of a test's own SQL
type Row = Record<string, any>;
async function q(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await h.database.query(text, values)).rows as Row[];
}

beforeAll(async () => {
  h = await createHarness({ now: NOW });
  fung = await h.login('fungsional.kaltim@sigap.test');
  kepala = await h.login('kepala.kaltim@sigap.test');
  tu = await h.login('tu.kaltim@sigap.test');
  agencyId = fung.me.agency.id;
  for (const c of COMPANIES) {
    const [row] = await q(
      `insert into companies (agency_id, nib, name, investment_type, scale, risk_level, kbli_codes, regency)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [agencyId, c.nib, `PT Uji ${c.nib.slice(-2)}`, c.type, c.scale, c.risk, [c.kbli], c.regency],
    );
    ids.set(c.nib, String(row!.id));
    if (c.past === 'none') continue;
    // 2025 quarters, deadlines 15 Apr, 15 Jul, 15 Oct, 15 Jan 2026 (WITA)
    const submitted = [
      '2025-04-10',
      '2025-07-14',
      '2025-10-15',
      c.past === 'late' ? '2026-01-16' : '2026-01-05',
    ];
    for (let no = 1; no <= 4; no++) {
      await q(
        `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status, submitted_at, approved_at)
         values ($1, $2, 2025, 'quarter', $3, 'approved', ($4 || 'T10:00:00+08:00')::timestamptz, now())`,
        [agencyId, ids.get(c.nib), no, submitted[no - 1]],
      );
    }
  }
  // 2026 reports for the dashboards: amounts in rupiah, one draft (not counted), one approved
  let n = 0;
  for (const c of COMPANIES.filter((x) => x.scale !== 'micro')) {
    const kind = c.scale === 'small' ? 'half' : 'quarter';
    for (const no of [1, 2]) {
      n++;
      const status = n === 3 ? 'draft' : n % 2 === 0 ? 'approved' : 'submitted';
      await q(
        `insert into lkpm_reports (agency_id, company_id, period_year, period_kind, period_no, status,
           land, buildings, machinery, working_capital, other, planned, submitted_at)
         values ($1, $2, 2026, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          agencyId,
          ids.get(c.nib),
          kind,
          no,
          status,
          n * 1_000_000_000,
          n * 250_000_000,
          n * 3_500_000_000_000, // trillions: the sums pass 2^31 by far
          n * 17,
          n,
          n * 5_000_000_000_000,
          status === 'draft' ? null : no === 1 ? '2026-04-14T02:00:00Z' : '2026-05-20T02:00:00Z',
        ],
      );
    }
  }
});
afterAll(async () => h?.close());

describe('routine supervision plan (SOP 067/009)', () => {
  it('gives each company the visits of its risk level and last year’s compliance, on working days', async () => {
    expect((await h.as(kepala, 'POST', '/api/control/supervision-plans', { year: 2026 })).statusCode).toBe(
      403,
    );
    const past = await h.as(fung, 'POST', '/api/control/supervision-plans', { year: 2025 }, 'en');
    expect(past.statusCode).toBe(400);
    expect(past.json().fields[0]).toMatchObject({ field: 'year', rule: 'plan_year_past' });
    expect(past.json().fields[0].message).toContain('2026');
    const bad = await h.as(fung, 'POST', '/api/control/supervision-plans', {
      year: 2026,
      inspectorIds: [agencyId],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('inspectorIds.0');

    const res = await h.as(fung, 'POST', '/api/control/supervision-plans', { year: 2026 });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan.fromDate).toBe('2026-06-12');
    expect(plan.inspectors).toBe(2);
    expect((await h.as(fung, 'POST', '/api/control/supervision-plans', { year: 2026 })).statusCode).toBe(409);

    const list = await h.as(fung, 'GET', '/api/control/supervision-visits?year=2026&pageSize=500');
    expect(list.statusCode, list.body).toBe(200);
    const visits = list.json().items as {
      companyId: string;
      plannedOn: string;
      inspectors: { name: string }[];
    }[];
    for (const c of COMPANIES) {
      expect(visits.filter((v) => v.companyId === ids.get(c.nib)).length, c.nib).toBe(c.visits);
    }
    const holidays = new Set(
      (
        await q(`select date::text as d from calendar_days where (agency_id is null or agency_id = $1)`, [
          agencyId,
        ])
      ).map((r) => r.d),
    );
    for (const v of visits) {
      expect(v.plannedOn >= '2026-06-12' && v.plannedOn <= '2026-12-31').toBe(true);
      const day = new Date(`${v.plannedOn}T00:00:00Z`).getUTCDay();
      expect(day === 0 || day === 6, v.plannedOn).toBe(false);
      expect(holidays.has(v.plannedOn)).toBe(false);
      expect(v.inspectors.map((i) => i.name).sort()).toEqual(['Arif Rahman', 'Dimas Aditya']);
    }
    // the same count in SQL
    const [count] = await q('select count(*)::int as n from supervision_visits where agency_id = $1', [
      agencyId,
    ]);
    expect(list.json().total).toBe(count!.n);
  });

  it('moves a visit, flags it without a letter the day before, records the letter, starts its case and closes it', async () => {
    const list = (await h.as(fung, 'GET', '/api/control/supervision-visits?year=2026&pageSize=500')).json();
    const visit = list.items.find((v: { companyId: string }) => v.companyId === ids.get('9900000000006'));
    const act = (body: unknown, who = fung) =>
      h.as(who, 'POST', `/api/control/supervision-visits/${visit.id}/actions`, body, 'en');

    const weekend = await act({ type: 'move', plannedOn: '2026-06-13' });
    expect(weekend.statusCode).toBe(400);
    expect(weekend.json().fields[0]).toMatchObject({ field: 'plannedOn', rule: 'not_working_day' });
    expect(weekend.json().fields[0].message).toContain('not a working day');
    expect((await act({ type: 'move', plannedOn: '2026-06-10' })).json().fields[0].rule).toBe(
      'visit_not_after_today',
    );
    expect((await act({ type: 'move', plannedOn: '2026-06-11' }, kepala)).statusCode).toBe(403);
    // tomorrow: its letter is due today, and there is none
    const moved = await act({ type: 'move', plannedOn: '2026-06-11' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      plannedOn: '2026-06-11',
      letterDueOn: '2026-06-10',
      letterMissing: true,
    });
    const june = (await h.as(fung, 'GET', '/api/control/supervision-visits?year=2026&month=6')).json();
    expect(june.items.find((v: { id: string }) => v.id === visit.id).letterMissing).toBe(true);
    expect(june.items.every((v: { plannedOn: string }) => v.plannedOn.startsWith('2026-06'))).toBe(true);

    const future = await act({ type: 'issueLetter', letterNumber: '800/123/DALAK', issuedOn: '2026-06-11' });
    expect(future.json().fields[0]).toMatchObject({ field: 'issuedOn', rule: 'not_future' });
    const letter = await act({ type: 'issueLetter', letterNumber: '800/123/DALAK', issuedOn: '2026-06-10' });
    expect(letter.json()).toMatchObject({
      status: 'letter_issued',
      letterMissing: false,
      letterNumber: '800/123/DALAK',
    });

    const started = await act({ type: 'startCase' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().caseNumber).toMatch(/^SOP-2026-/);
    const kase = await h.as(fung, 'GET', `/api/cases/${started.json().caseId}`);
    expect(kase.statusCode).toBe(200);
    expect(kase.json().definitionKey ?? kase.json().case?.definitionKey).toBe('dalak-067-009');
    expect((await act({ type: 'startCase' })).statusCode).toBe(409);

    h.now = new Date('2026-06-11T08:00:00Z');
    const done = await act({
      type: 'done',
      doneOn: '2026-06-11',
      findingsCount: 2,
      note: 'Tenaga kerja asing tanpa RPTKA',
    });
    expect(done.json()).toMatchObject({ status: 'done', findingsCount: 2 });
    expect((await act({ type: 'cancel', note: 'sudah selesai' })).statusCode).toBe(409);

    const other = list.items.find((v: { companyId: string }) => v.companyId === ids.get('9900000000003'));
    const cancel = await h.as(fung, 'POST', `/api/control/supervision-visits/${other.id}/actions`, {
      type: 'cancel',
      note: 'Perusahaan menghentikan kegiatan usaha',
    });
    expect(cancel.json().status).toBe('cancelled');
    h.now = NOW;
  });
});

describe('control dashboards: totals equal SQL sums', () => {
  const sums = async (where = '', values: unknown[] = []) =>
    (
      await q(
        `select count(*)::int as reports, coalesce(sum(land + buildings + machinery + working_capital + other), 0)::text as realised,
           coalesce(sum(planned), 0)::text as planned
         from lkpm_reports r join companies c on c.id = r.company_id
         where r.agency_id = $1 and r.period_year = 2026 and r.status <> 'draft' ${where}`,
        [agencyId, ...values],
      )
    )[0]!;

  it('realisation by period, PMA/PMDN, KBLI section, regency and risk level', async () => {
    expect((await h.as(tu, 'GET', '/api/control/dashboards/realisation?year=2026')).statusCode).toBe(403);
    const res = await h.as(kepala, 'GET', '/api/control/dashboards/realisation?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const all = await sums();
    expect(d.total.reports).toBe(all.reports);
    expect(d.total.realised).toBe(Number(all.realised));
    expect(d.total.planned).toBe(Number(all.planned));
    expect(d.total.realised).toBeGreaterThan(2 ** 31);
    for (const group of ['byPeriod', 'byInvestmentType', 'bySection', 'byRegency', 'byRiskLevel']) {
      const rows = d[group] as { realised: number; planned: number; reports: number }[];
      expect(
        rows.reduce((t, r) => t + r.realised, 0),
        group,
      ).toBe(d.total.realised);
      expect(
        rows.reduce((t, r) => t + r.planned, 0),
        group,
      ).toBe(d.total.planned);
      expect(
        rows.reduce((t, r) => t + r.reports, 0),
        group,
      ).toBe(d.total.reports);
    }
    const row = (group: string, key: string) => d[group].find((r: { key: string }) => r.key === key);
    const pma = await sums(`and c.investment_type = 'PMA'`);
    expect(row('byInvestmentType', 'PMA').realised).toBe(Number(pma.realised));
    // section C (manufacturing) is divisions 10-33; B (mining) 05-09
    const manufacturing = await sums(`and substr(c.kbli_codes[1], 1, 2) between '10' and '33'`);
    expect(row('bySection', 'C').realised).toBe(Number(manufacturing.realised));
    expect(row('bySection', 'C').planned).toBe(Number(manufacturing.planned));
    const mining = await sums(`and substr(c.kbli_codes[1], 1, 2) between '05' and '09'`);
    expect(row('bySection', 'B').realised).toBe(Number(mining.realised));
    const berau = await sums(`and c.regency = $2`, ['Kabupaten Berau']);
    expect(row('byRegency', 'Kabupaten Berau').realised).toBe(Number(berau.realised));
    const high = await sums(`and c.risk_level = 'high'`);
    expect(row('byRiskLevel', 'high').planned).toBe(Number(high.planned));
    const q1 = await sums(`and r.period_kind = 'quarter' and r.period_no = 1`);
    expect(row('byPeriod', '2026-Q1').realised).toBe(Number(q1.realised));

    const approved = (
      await h.as(kepala, 'GET', '/api/control/dashboards/realisation?year=2026&approvedOnly=true')
    ).json();
    const [a] = await q(
      `select coalesce(sum(planned), 0)::text as planned from lkpm_reports
       where agency_id = $1 and period_year = 2026 and status = 'approved'`,
      [agencyId],
    );
    expect(approved.total.planned).toBe(Number(a!.planned));

    const xlsx = await h.as(kepala, 'GET', '/api/control/dashboards/realisation.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Per Sektor KBLI')!;
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Jumlah');
    expect(last.getCell(8).value).toBe(d.total.realised);

    const year = await h.as(kepala, 'GET', '/api/control/dashboards/realisation?year=abc', undefined, 'en');
    expect(year.statusCode).toBe(400);
    expect(year.json().fields[0].field).toBe('querystring.year');
  });

  it('LKPM compliance per period', async () => {
    const d = (await h.as(kepala, 'GET', '/api/control/dashboards/lkpm-compliance?year=2026')).json();
    const q1 = d.periods.find((p: { period: string }) => p.period === '2026-Q1');
    const [expected] = await q(
      `select count(*)::int as n from companies where agency_id = $1 and scale in ('medium', 'large')`,
      [agencyId],
    );
    const [reported] = await q(
      `select count(distinct r.company_id)::int as n from lkpm_reports r join companies c on c.id = r.company_id
       where r.agency_id = $1 and c.scale in ('medium', 'large') and r.period_year = 2026
         and r.period_kind = 'quarter' and r.period_no = 1 and r.status <> 'draft'`,
      [agencyId],
    );
    expect(q1).toMatchObject({ expected: expected!.n, reported: reported!.n, deadline: '2026-04-15' });
    expect(q1.rate).toBeCloseTo(reported!.n / expected!.n);
    // the second quarter's reports came on 20 May, before its deadline of 15 July
    const q2 = d.periods.find((p: { period: string }) => p.period === '2026-Q2');
    expect(q2.onTime).toBe(q2.reported);
    const s1 = d.periods.find((p: { period: string }) => p.period === '2026-S1');
    const [small] = await q(
      `select count(*)::int as n from companies where agency_id = $1 and scale = 'small'`,
      [agencyId],
    );
    expect(s1.expected).toBe(small!.n);
    const xlsx = await h.as(kepala, 'GET', '/api/control/dashboards/lkpm-compliance.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
  });

  it('supervision plan progress', async () => {
    const d = (await h.as(kepala, 'GET', '/api/control/dashboards/supervision-progress?year=2026')).json();
    const [c] = await q(
      `select count(*)::int as planned, count(*) filter (where status = 'done')::int as done,
         count(*) filter (where status = 'cancelled')::int as cancelled
       from supervision_visits where agency_id = $1`,
      [agencyId],
    );
    expect(d.hasPlan).toBe(true);
    expect(d.total).toMatchObject({ planned: c!.planned, done: c!.done, cancelled: c!.cancelled });
    expect(d.total.done).toBe(1);
    expect(d.months.reduce((t: number, m: { planned: number }) => t + m.planned, 0)).toBe(c!.planned);
    expect(d.progress).toBeCloseTo(c!.done / (c!.planned - c!.cancelled));
    const none = (await h.as(kepala, 'GET', '/api/control/dashboards/supervision-progress?year=2027')).json();
    expect(none).toMatchObject({ hasPlan: false, progress: 0 });
    const xlsx = await h.as(kepala, 'GET', '/api/control/dashboards/supervision-progress.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
