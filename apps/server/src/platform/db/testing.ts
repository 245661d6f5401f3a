import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateDatabase, openPglite, openPostgres } from './client';

/** The PostgreSQL server the tests use; each test file gets its own database on it. */
export const TEST_PG_ADMIN_URL =
  process.env.SIGAP_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testBackend(): 'pglite' | 'postgres' {
  return process.env.SIGAP_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /** Connection string for the postgres backend (null on PGlite). */
  url: string | null;
  destroy(): Promise<void>;
}

/** Creates a fresh, migrated database: in-memory PGlite, or a uniquely named PostgreSQL database dropped afterwards. */
export async function createTestDatabase(backend = testBackend()): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openPglite(null);
    await migrateDatabase(database);
    return { ...database, url: null, destroy: () => database.close() };
  }
  const name = `sigap_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 20);
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
