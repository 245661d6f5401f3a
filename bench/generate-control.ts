/**
 * Writes the investment-control import benchmark's files (issue 11): 10,000 fictional Kaltim
 * companies, 40,000 licences and 80,000 LKPM rows (8 periods each for the reporting companies;
 * a few deliberately bad rows in each file), plus `lkpm-100k.csv`, 100,000 LKPM rows of ten
 * earlier periods for the timing of a large LKPM import. Seeded: every run writes the same files.
 *
 *   npx tsx bench/generate-control.ts [--out=/tmp/sigap-bench-control]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleRegistry, toCsv } from '../apps/server/src/modules/investment-control/domain/sample-registry';
import { arg } from './_database';

export const DEFAULT_OUT = '/tmp/sigap-bench-control';

/** Generates the four files into `dir` and returns their paths. */
export function generateControlFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  // 10,000 companies, every one reporting 8 periods back from Q4/S2 2025 (micro ones do not report,
  // so the count is topped up by the 100k file's denser history below)
  const main = sampleRegistry({
    companies: 10_000,
    seed: 2026,
    nibPrefix: '91',
    lastPeriod: {
      quarter: { year: 2025, kind: 'quarter', no: 4 },
      half: { year: 2025, kind: 'half', no: 2 },
    },
    periods: 10,
    licencesPerCompany: 4,
    missingPerMille: 60,
    badEvery: 2_500,
  });
  const lkpm80 = [main.lkpm[0]!, ...main.lkpm.slice(1, 80_001)];
  const files = {
    companies: path.join(dir, 'companies.csv'),
    licences: path.join(dir, 'licences.csv'),
    lkpm: path.join(dir, 'lkpm.csv'),
    lkpm100k: path.join(dir, 'lkpm-100k.csv'),
  };
  writeFileSync(files.companies, toCsv(main.companies));
  writeFileSync(files.licences, toCsv(main.licences));
  writeFileSync(files.lkpm, toCsv(lkpm80));
  // the same companies, periods before those of lkpm.csv: every row a new report
  const older = sampleRegistry({
    companies: 10_000,
    seed: 2026,
    nibPrefix: '91',
    lastPeriod: {
      quarter: { year: 2023, kind: 'quarter', no: 2 },
      half: { year: 2020, kind: 'half', no: 2 },
    },
    periods: 16,
    licencesPerCompany: 0,
    missingPerMille: 0,
    badEvery: 0,
  });
  writeFileSync(files.lkpm100k, toCsv([older.lkpm[0]!, ...older.lkpm.slice(1, 100_001)]));
  return {
    files,
    counts: {
      companies: main.companies.length - 1,
      licences: main.licences.length - 1,
      lkpm: lkpm80.length - 1,
      lkpm100k: Math.min(older.lkpm.length - 1, 100_000),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = arg('out')?.split('=')[1] ?? DEFAULT_OUT;
  const { files, counts } = generateControlFiles(out);
  console.log(`wrote ${JSON.stringify(counts)} to ${path.dirname(files.companies)}`);
}
