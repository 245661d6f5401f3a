import {
  currentCompliancePeriod,
  DEFAULT_LKPM_DEADLINE_DAY,
  type LkpmPeriod,
  periodDeadline,
} from '@sigap/core/investment-control';
import type { DemoCtx } from '../../platform/kernel/demo';
import { localDate } from '../../platform/lib/local-date';
import { KALTIM_KBLI, sampleRegistry, seededRandom, toCsv } from './domain/sample-registry';
import { nameBusinessLines, setLkpmTimes } from './repository/registry';
import { previewControlImport } from './use-cases/preview-control-import';
import { runControlImport } from './use-cases/run-control-import';

const OFFICER = 'pengolah.kaltim@sigap.test';
const WITA = 'Asia/Makassar';
const COMPANIES = 320;
const PERIODS = 5;

/** Noon (WITA) of a local date plus some days, as an ISO instant. */
const noonWita = (date: string, plusDays: number) => {
  const d = new Date(`${date}T04:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
};

/**
 * The Kaltim office's company registry (issue 11 item 7): 320 fictional companies across the
 * regencies, scales, risk levels and KBLI sections, with their licences and the last five LKPM
 * periods before today (a few companies missed one period or two in a row; about one report in
 * eight came in after the deadline; older periods approved, the last one submitted). Done as the
 * control division's officer would: three CSV imports previewed and run through the use cases,
 * so the import page shows them too. Seeded, so every fresh installation gets the same registry.
 */
export async function seedRegistryDemo(demo: DemoCtx): Promise<void> {
  const kaltim = await demo.agency('dpmptsp-kaltim');
  const at = kaltim.at(0, '08:30');
  const ctx = await demo.as(OFFICER, at);
  const today = localDate(at, WITA);
  const last = (kind: 'quarter' | 'half') => currentCompliancePeriod(today, kind, DEFAULT_LKPM_DEADLINE_DAY);
  const sample = sampleRegistry({
    companies: COMPANIES,
    seed: 64,
    nibPrefix: '81',
    lastPeriod: { quarter: last('quarter'), half: last('half') },
    periods: PERIODS,
    licencesPerCompany: 3,
    missingPerMille: 120,
    badEvery: 0,
  });
  // the last period is waiting for verification, older ones were approved
  const rnd = seededRandom(65);
  const notAfterNow = (iso: string) => [iso, at.toISOString()].sort()[0]!;
  const newest = (p: LkpmPeriod) => p.year === last(p.kind).year && p.no === last(p.kind).no;
  sample.lkpmKeys.forEach((k, i) => {
    sample.lkpm[i + 1]![15] = newest(k.period) ? 'submitted' : 'approved';
  });

  for (const [kind, rows, filename] of [
    ['companies', sample.companies, 'oss-perusahaan-kaltim.csv'],
    ['licences', sample.licences, 'oss-perizinan-kaltim.csv'],
    ['lkpm', sample.lkpm, 'lkpm-kaltim.csv'],
  ] as const) {
    const preview = await previewControlImport(ctx, {
      kind,
      filename,
      bytes: Buffer.from(toCsv(rows)),
      lang: 'id',
    });
    await runControlImport(ctx, { id: preview.id, lang: 'id' });
  }
  await nameBusinessLines(demo.db, kaltim.agencyId, KALTIM_KBLI);
  await setLkpmTimes(
    demo.db,
    kaltim.agencyId,
    sample.lkpmKeys.map((k) => {
      const deadline = periodDeadline(k.period, DEFAULT_LKPM_DEADLINE_DAY);
      const submittedAt = noonWita(deadline, k.late ? rnd.int(2, 25) : -rnd.int(0, 12));
      return {
        nib: k.nib,
        year: k.period.year,
        kind: k.period.kind,
        no: k.period.no,
        submittedAt: notAfterNow(submittedAt),
        approvedAt: newest(k.period) ? null : notAfterNow(noonWita(deadline, rnd.int(15, 40))),
      };
    }),
  );
}
