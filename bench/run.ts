/**
 * Runs every benchmark in this folder (`bench/*.ts` except this file), one child process each,
 * so each starts with a fresh heap. `npm run bench -- inbox` runs only the files whose name
 * contains one of the given words.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file), ...passThrough], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (res.status !== 0) {
    failed++;
    console.error(`bench/${file} exited with ${res.status ?? res.signal}`);
  }
}
if (files.length === 0) console.log('no benchmark matched');
process.exit(failed ? 1 : 0);
