import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'sigap-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the real server (`npm start`'s entry point) on a copy of the SOPs; answers its exit code and output. */
async function start(sopsDir: string, standardsDir?: string): Promise<{ code: number; out: string }> {
  const env = {
    ...process.env,
    SIGAP_SOPS_DIR: sopsDir,
    ...(standardsDir ? { SIGAP_SERVICE_STANDARDS_DIR: standardsDir } : {}),
    SIGAP_DATA_DIR: path.join(work, 'data'),
    DATABASE_URL: '',
    PORT: '0',
    SIGAP_JOBS: 'false',
  };
  try {
    const r = await run(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['apps/server/src/main.ts'], {
      cwd: REPO_ROOT,
      env,
      timeout: 120_000,
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('the server refuses to start on a managed SOP that lost a step its module completes', () => {
  it('names the SOP, the file and the step, and exits before touching the database', async () => {
    const sops = path.join(work, 'sops');
    cpSync(path.join(REPO_ROOT, 'sops'), sops, { recursive: true });
    const file = path.join(sops, 'pengaduan', 'pengaduan-masyarakat-v1.yaml');
    // renumber s6 (the working group's examination) to s6a everywhere the copy names it
    const shipped = readFileSync(file, 'utf8');
    const renamed = shipped.replace(/\bs6\b/g, 's6a');
    expect(renamed).not.toBe(shipped);
    writeFileSync(file, renamed);

    const r = await start(sops);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/pengaduan-masyarakat-v1\.yaml step s6 \[managed-step\]/);
    expect(r.out).toContain('SOP bkpm-pengaduan-masyarakat is driven by the complaints module');
    expect(r.out).toContain('completes step s6');
    // refused before the database was opened: no data folder was made
    expect(() => readFileSync(path.join(work, 'data', 'PG_VERSION'))).toThrow();
  }, 150_000);

  it('refuses a managed SOP whose managedBy line was removed', async () => {
    const sops = path.join(work, 'sops-unmanaged');
    cpSync(path.join(REPO_ROOT, 'sops'), sops, { recursive: true });
    const file = path.join(sops, 'pengaduan', 'pengaduan-masyarakat-v1.yaml');
    const shipped = readFileSync(file, 'utf8');
    const cut = shipped.replace(/^managedBy: complaints\n/m, '');
    expect(cut).not.toBe(shipped);
    writeFileSync(file, cut);

    const r = await start(sops);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[managed-by]');
    expect(r.out).toContain('must say managedBy: complaints');
  }, 150_000);
});

describe('the server refuses to start on a bad service standard', () => {
  it('names the file and the rule (a procedure whose SOP is not in sops/), before the database', async () => {
    const standards = path.join(work, 'service-standards');
    cpSync(path.join(REPO_ROOT, 'service-standards'), standards, { recursive: true });
    const file = path.join(standards, 'bkpm', 'pertemuan-one-on-one-v1.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('sopKey: bkpm-one-on-one-meeting', 'sopKey: bkpm-tidak-ada'),
    );
    const r = await start(path.join(REPO_ROOT, 'sops'), standards);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'bkpm/pertemuan-one-on-one-v1.yaml [unknown-sop]: sopKey bkpm-tidak-ada is not an SOP in sops/',
    );
    expect(() => readFileSync(path.join(work, 'data', 'PG_VERSION'))).toThrow();
  }, 150_000);
});
