/**
 * Investment-control import benchmark (issue 11): on a fresh in-memory PGlite with the demo
 * organisation, the control division's officer imports the files of `generate-control.ts`
 * (10,000 companies, 40,000 licences, 80,000 LKPM rows, then 100,000 more LKPM rows) through the
 * HTTP API (upload and preview, then run), and the same files again, which must change nothing.
 * Prints, for each file, the seconds of the preview and of the run, rows per second, and the
 * counts (new, updated, unchanged, rejected). Then the machine's ceiling in the same run: the
 * 100,000 checked LKPM rows of `lkpm-100k.csv` written by a bare `INSERT … SELECT FROM
 * json_to_recordset` (1,000 rows per transaction, company found by NIB, into a copy of
 * `lkpm_reports` with its indexes) on the same PGlite, and the importer's ratio to it.
 *
 *   npm run bench:control-import
 *   npx tsx bench/import-control.ts [--dir=/tmp/sigap-bench-control]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import {
  checkImportTable,
  IMPORT_BATCH,
} from '../apps/server/src/modules/investment-control/domain/import-check';
import { readImportTable } from '../apps/server/src/modules/investment-control/domain/import-file';
import { createHarness } from '../apps/server/src/testing/harness';
import { multipartBody } from '../apps/server/src/testing/multipart';
import { arg } from './_database';
import { DEFAULT_OUT, generateControlFiles } from './generate-control';

const dir = arg('dir')?.split('=')[1] ?? DEFAULT_OUT;
if (!existsSync(path.join(dir, 'lkpm-100k.csv'))) generateControlFiles(dir);

const t0 = performance.now();
const h = await createHarness({ now: new Date('2026-03-02T02:00:00Z') });
const officer = await h.login('pengolah.kaltim@sigap.test');
console.log(
  `setup (fresh PGlite, migrations, demo organisation): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

interface Result {
  id: string;
  rowsRead: number;
  rowsNew: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  rejected: Array<{ row: number; field: string; rule: string; message: string }>;
}

async function importFile(kind: string, file: string) {
  const bytes = readFileSync(path.join(dir, file));
  const body = multipartBody({ kind }, [{ field: 'file', filename: file, contentType: 'text/csv', bytes }]);
  const headers = { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'accept-language': 'en' };
  const a = performance.now();
  const preview = await h.app.inject({
    method: 'POST',
    url: '/api/control/imports',
    headers: { ...headers, 'content-type': body.contentType },
    payload: body.payload,
  });
  if (preview.statusCode !== 200) throw new Error(`preview ${file}: ${preview.statusCode} ${preview.body}`);
  const p = preview.json() as Result;
  const b = performance.now();
  const run = await h.app.inject({ method: 'POST', url: `/api/control/imports/${p.id}/run`, headers });
  if (run.statusCode !== 200) throw new Error(`run ${file}: ${run.statusCode} ${run.body}`);
  const r = run.json() as Result;
  const c = performance.now();
  return { preview: p, result: r, previewS: (b - a) / 1000, runS: (c - b) / 1000 };
}

const FILES: Array<[string, string]> = [
  ['companies', 'companies.csv'],
  ['licences', 'licences.csv'],
  ['lkpm', 'lkpm.csv'],
  ['lkpm', 'lkpm-100k.csv'],
];
const line = (s: string, n: number) => s.padEnd(n);
console.log(
  `\n${line('file', 16)}${line('rows', 9)}${line('preview s', 11)}${line('run s', 9)}${line('total s', 9)}${line('rows/s', 9)}new / updated / unchanged / rejected`,
);
let lkpm100k = { rows: 0, totalS: 0, runS: 0 };
for (const [kind, file] of FILES) {
  const { result: r, previewS, runS } = await importFile(kind, file);
  const total = previewS + runS;
  if (file === 'lkpm-100k.csv') lkpm100k = { rows: r.rowsRead, totalS: total, runS };
  console.log(
    `${line(file, 16)}${line(String(r.rowsRead), 9)}${line(previewS.toFixed(1), 11)}${line(runS.toFixed(1), 9)}${line(total.toFixed(1), 9)}${line(String(Math.round(r.rowsRead / total)), 9)}${r.rowsNew} / ${r.rowsUpdated} / ${r.rowsUnchanged} / ${r.rowsRejected}`,
  );
  for (const x of r.rejected.slice(0, 3)) console.log(`    rejected row ${x.row} ${x.field}: ${x.message}`);
  if (r.rejected.length > 3) console.log(`    … ${r.rowsRejected - 3} more rejected rows`);
}

console.log('\nre-import of the same files (nothing may change):');
let changed = 0;
for (const [kind, file] of FILES) {
  const { result: r, previewS, runS } = await importFile(kind, file);
  changed += r.rowsNew + r.rowsUpdated;
  console.log(
    `${line(file, 16)}${line(String(r.rowsRead), 9)}${line(previewS.toFixed(1), 11)}${line(runS.toFixed(1), 9)}new ${r.rowsNew}, updated ${r.rowsUpdated}, unchanged ${r.rowsUnchanged}, rejected ${r.rowsRejected}`,
  );
}
const counts = (
  await h.database.query(
    `select (select count(*)::int from companies) as companies, (select count(*)::int from licences) as licences,
       (select count(*)::int from lkpm_reports) as lkpm, (select count(*)::int from company_business_lines) as lines`,
  )
).rows[0];
// the ceiling: the same checked rows, bare inserts on the same database
{
  const { db } = h.database;
  const agencyRow = (await h.database.query(`select agency_id as id from companies limit 1`)).rows[0];
  const agencyId = (agencyRow as { id: string }).id;
  const checked = await checkImportTable(
    db,
    agencyId,
    'lkpm',
    await readImportTable(readFileSync(path.join(dir, 'lkpm-100k.csv'))),
  );
  await h.database.query(
    `create table bench_lkpm_ceiling (like lkpm_reports including defaults including indexes)`,
  );
  const a = performance.now();
  for (let i = 0; i < checked.valid.length; i += IMPORT_BATCH) {
    const json = JSON.stringify(
      checked.valid.slice(i, i + IMPORT_BATCH).map((r) => ({
        nib: r.nib,
        period_year: r.periodYear,
        period_kind: r.periodKind,
        period_no: r.periodNo,
        land: r.land,
        buildings: r.buildings,
        machinery: r.machinery,
        working_capital: r.workingCapital,
        other: r.other,
        planned: r.planned,
        workers_indonesian: r.workersIndonesian,
        workers_foreign: r.workersForeign,
        problems: r.problems,
        status: r.status,
      })),
    );
    await db.transaction((tx) =>
      tx.execute(sql`insert into bench_lkpm_ceiling (agency_id, company_id, period_year, period_kind, period_no, status,
          land, buildings, machinery, working_capital, other, planned, workers_indonesian, workers_foreign, problems, source)
        select c.agency_id, c.id, r.period_year, r.period_kind, r.period_no, r.status, r.land, r.buildings, r.machinery,
          r.working_capital, r.other, r.planned, r.workers_indonesian, r.workers_foreign, r.problems, 'import'
        from json_to_recordset(${json}::json) as r(nib text, period_year int, period_kind text, period_no int,
          land bigint, buildings bigint, machinery bigint, working_capital bigint, other bigint, planned bigint,
          workers_indonesian int, workers_foreign int, problems text, status text)
        join companies c on c.agency_id = ${agencyId} and c.nib = r.nib`),
    );
  }
  const ceilingS = (performance.now() - a) / 1000;
  const ceiling = checked.valid.length / ceilingS;
  console.log(
    `\nceiling (same PGlite, bare INSERT … SELECT FROM json_to_recordset of the ${checked.valid.length} checked rows of lkpm-100k.csv, ${IMPORT_BATCH} per transaction): ${ceilingS.toFixed(1)} s, ${Math.round(ceiling)} rows/s`,
  );
  console.log(
    `importer on lkpm-100k.csv: ${Math.round(lkpm100k.rows / lkpm100k.totalS)} rows/s with preview (${((lkpm100k.rows / lkpm100k.totalS / ceiling) * 100).toFixed(0)}% of the ceiling), ${Math.round(lkpm100k.rows / lkpm100k.runS)} rows/s for the run alone (${((lkpm100k.rows / lkpm100k.runS / ceiling) * 100).toFixed(0)}%)`,
  );
  await h.database.query('drop table bench_lkpm_ceiling');
}

console.log(`\nin the registry: ${JSON.stringify(counts)}`);
console.log(changed === 0 ? 'the re-import changed nothing' : `THE RE-IMPORT CHANGED ${changed} ROWS`);
console.log(`wall time: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await h.close();
if (changed !== 0) process.exit(1);
