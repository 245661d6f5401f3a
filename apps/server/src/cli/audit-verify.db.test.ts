import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config';
import { type Database, migrateDatabase, openPglite } from '../platform/db/client';
import { createTestDatabase, type TestDatabase, testBackend } from '../platform/db/testing';
import { seedDemo } from '../seed/demo';

const run = promisify(execFile);
const backend = testBackend();
let dataDir: string | null = null;
let pgTest: TestDatabase | null = null;

async function open(): Promise<Database> {
  if (backend === 'postgres') return pgTest!;
  return openPglite(dataDir);
}
async function release(db: Database) {
  if (backend === 'pglite') await db.close();
}

async function cli(): Promise<{ code: number; out: string }> {
  const env = { ...process.env, SIGAP_DATA_DIR: dataDir ?? '', DATABASE_URL: pgTest?.url ?? '' };
  try {
    const r = await run(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['apps/server/src/cli/audit-verify.ts'],
      { cwd: REPO_ROOT, env },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

beforeAll(async () => {
  if (backend === 'postgres') pgTest = await createTestDatabase('postgres');
  else dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-audit-'));
  const db = await open();
  if (backend === 'pglite') await migrateDatabase(db);
  await seedDemo(db, new Date('2026-11-23T02:00:00Z'));
  await release(db);
});

afterAll(async () => {
  await pgTest?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run audit:verify', () => {
  it('passes on demo data and names the altered row after tampering', async () => {
    const ok = await cli();
    expect(ok.out).toMatch(/audit:verify OK/);
    expect(ok.code).toBe(0);
    const db = await open();
    const [row] = (await db.query('select id, seq from event_log where seq = 7 limit 1')).rows as Array<{
      id: string;
    }>;
    await db.exec(`
      alter table event_log disable trigger event_log_no_update;
      update event_log set action = 'user.deleted' where id = '${row!.id}';
      alter table event_log enable trigger event_log_no_update;
    `);
    await release(db);
    const bad = await cli();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(row!.id);
    expect(bad.out).toMatch(/FAILED/);
  });
});
