import type { TCreateLkpmReport, TLkpmReport } from '@sigap/contracts/investment-control';
import { type LkpmPeriod, periodOf, previousPeriod } from '@sigap/core/investment-control';
import type { DemoCtx } from '../../platform/kernel/demo';
import { AppError } from '../../platform/lib/errors';
import { localDate } from '../../platform/lib/local-date';
import {
  type BusinessLineRow,
  type CompanyRow,
  ensureCompany,
  someReportingCompanies,
} from './repository/lkpm-reports';
import { correctLkpmReport } from './use-cases/correct-lkpm-report';
import { createLkpmReport } from './use-cases/create-lkpm-report';
import { submitLkpmReport } from './use-cases/submit-lkpm-report';
import { verifyLkpmReport } from './use-cases/verify-lkpm-report';

const HELPDESK = 'helpdesk.kaltim@sigap.test';
const VERIFIER = 'verifikator.kaltim@sigap.test';
const WITA = 'Asia/Makassar';

/** The LKPM demo's own companies (fictional), used when the registry has no companies of a scale. */
const OWN: Array<{
  nib: string;
  name: string;
  type: 'PMA' | 'PMDN';
  scale: string;
  risk: string;
  regency: string;
  lines: Array<{ kbli: string; name: string }>;
}> = [
  {
    nib: '9120601000011',
    name: 'PT Mahakam Sawit Lestari',
    type: 'PMDN',
    scale: 'large',
    risk: 'medium_high',
    regency: 'Kabupaten Kutai Kartanegara',
    lines: [
      { kbli: '01262', name: 'Perkebunan buah kelapa sawit' },
      { kbli: '10432', name: 'Industri minyak mentah kelapa sawit' },
    ],
  },
  {
    nib: '9120601000022',
    name: 'PT Borneo Logistik Samudra',
    type: 'PMA',
    scale: 'medium',
    risk: 'medium_low',
    regency: 'Kota Balikpapan',
    lines: [{ kbli: '52101', name: 'Pergudangan dan penyimpanan' }],
  },
  {
    nib: '9120601000033',
    name: 'PT Bontang Kimia Hijau',
    type: 'PMA',
    scale: 'medium',
    risk: 'high',
    regency: 'Kota Bontang',
    lines: [{ kbli: '20115', name: 'Industri kimia dasar organik' }],
  },
  {
    nib: '9120601000044',
    name: 'CV Tenggarong Kayu Jaya',
    type: 'PMDN',
    scale: 'small',
    risk: 'low',
    regency: 'Kabupaten Kutai Kartanegara',
    lines: [{ kbli: '16101', name: 'Industri penggergajian kayu' }],
  },
];

/**
 * The LKPM demo at DPMPTSP Kaltim, through the use cases as the control division: reports of
 * the last ended period waiting for the verifier (submitted, and corrected after a return), one
 * returned and waiting for the company, one approved, one draft. It uses the registry's
 * companies when there are some, else inserts four fictional companies of its own.
 */
export async function seedLkpmDemo(demo: DemoCtx): Promise<void> {
  const { db, as, agency } = demo;
  const kaltim = await agency('dpmptsp-kaltim');
  if (!kaltim.has(6)) return;
  // every step is later than the earliest instant, so the period chosen has ended before it
  const first = localDate(kaltim.at(6, '08:00'), WITA);
  const quarter = previousPeriod(periodOf(first, 'quarter'));
  const half = previousPeriod(periodOf(first, 'half'));

  const pick = async (scale: string, n: number, period: LkpmPeriod) => {
    const found = (await someReportingCompanies(db, kaltim.agencyId, scale, period, n)).filter(
      (c) => !c.company.nib.startsWith('9120601'),
    );
    if (found.length >= n) return found.slice(0, n);
    const own = OWN.filter((o) => o.scale === scale).slice(0, n - found.length);
    for (const o of own)
      found.push(
        await ensureCompany(
          db,
          {
            agencyId: kaltim.agencyId,
            nib: o.nib,
            name: o.name,
            investmentType: o.type,
            scale: o.scale,
            riskLevel: o.risk,
            kbliCodes: o.lines.map((l) => l.kbli),
            province: 'Kalimantan Timur',
            regency: o.regency,
          },
          o.lines.map((l) => ({ ...l, regency: o.regency })),
        ),
      );
    return found;
  };
  const [large] = await pick('large', 1, quarter);
  const mediums = await pick('medium', 2, quarter);
  const [small] = await pick('small', 1, half);

  const create = async (
    n: number,
    time: string,
    c: { company: CompanyRow; lines: BusinessLineRow[] } | undefined,
    line: number,
    period: LkpmPeriod,
    scaleBy: number,
  ): Promise<TLkpmReport | null> => {
    // a registry company with fewer lines than the story needs is left out
    if (!c || (c.lines.length > 0 && !c.lines[line]) || (c.lines.length === 0 && line > 0)) return null;
    const input: TCreateLkpmReport = {
      companyId: c.company.id,
      businessLineId: c.lines[line]?.id ?? null,
      periodYear: period.year,
      periodKind: period.kind,
      periodNo: period.no,
      land: String(250_000_000 * scaleBy),
      buildings: String(1_200_000_000 * scaleBy),
      machinery: String(2_750_000_000 * scaleBy),
      workingCapital: String(600_000_000 * scaleBy),
      other: String(45_000_000 * scaleBy),
      planned: String(5_500_000_000 * scaleBy),
      workersIndonesian: 35 * scaleBy,
      workersForeign: scaleBy > 2 ? 2 : 0,
      problems: scaleBy > 2 ? 'Pembebasan lahan plasma belum selesai' : null,
    };
    try {
      return await createLkpmReport(await as(HELPDESK, kaltim.at(n, time)), input);
    } catch (e) {
      // the registry's own LKPM history may already hold this period
      if (e instanceof AppError && e.code === 'LKPM_REPORT_EXISTS') return null;
      throw e;
    }
  };
  const submit = async (r: TLkpmReport | null, n: number, time: string) =>
    r ? submitLkpmReport(await as(HELPDESK, kaltim.at(n, time)), r.id) : null;
  const ret = async (
    r: TLkpmReport | null,
    n: number,
    time: string,
    item: 'machinery' | 'workersIndonesian',
    note: string,
  ) =>
    r
      ? verifyLkpmReport(await as(VERIFIER, kaltim.at(n, time)), {
          id: r.id,
          decision: { decision: 'return', corrections: [{ item, note }] },
        })
      : null;

  // a large company's two lines: one corrected and back with the verifier, one waiting for the company
  const l1 = await submit(await create(6, '08:30', large, 0, quarter, 4), 6, '09:00');
  await ret(
    l1,
    4,
    '10:00',
    'machinery',
    'Nilai mesin dan peralatan berbeda dengan faktur impor; lampirkan rinciannya.',
  );
  if (l1)
    await correctLkpmReport(await as(HELPDESK, kaltim.at(2, '09:30')), {
      id: l1.id,
      correction: {
        land: String(1_000_000_000),
        buildings: String(4_800_000_000),
        machinery: String(10_150_000_000),
        workingCapital: String(2_400_000_000),
        other: String(180_000_000),
        planned: String(22_000_000_000),
        workersIndonesian: 140,
        workersForeign: 2,
        problems: 'Pembebasan lahan plasma belum selesai',
        note: 'Rincian faktur impor disampaikan perusahaan melalui helpdesk',
      },
    });
  const l2 = await submit(await create(5, '08:30', large, 1, quarter, 3), 5, '09:00');
  await ret(
    l2,
    1,
    '10:30',
    'workersIndonesian',
    'Jumlah tenaga kerja Indonesia tidak sesuai BPJS Ketenagakerjaan.',
  );
  // a medium company's report submitted and waiting for the verifier; another medium one still a draft
  await submit(await create(1, '08:15', mediums[0], 0, quarter, 1), 1, '08:45');
  await create(0, '08:10', mediums[1], 0, quarter, 2);
  // a small company's half-year, approved
  const s = await submit(await create(6, '10:00', small, 0, half, 1), 6, '10:15');
  if (s)
    await verifyLkpmReport(await as(VERIFIER, kaltim.at(3, '09:00')), {
      id: s.id,
      decision: { decision: 'approve', note: 'Sesuai dengan data OSS RBA' },
    });
}
