/**
 * What the benchmarks share (files starting with `_` are not run by `bench/run.ts`): the
 * command-line flags and an in-memory PGlite (or one in a folder) like `openPglite`, with a
 * query log that `--explain` switches on to replay the SQL a read sends.
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db } from '../apps/server/src/platform/db/client';
import * as schema from '../apps/server/src/platform/db/schema';

/** `--name=value` (or `--name`) from the command line. */
export const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`));

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export async function openBenchDatabase(dataDir?: string) {
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  /** Set `log.queries = []` to record the queries sent, `null` to stop. */
  const log: { queries: CapturedQuery[] | null } = { queries: null };
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (sql, params) => log.queries?.push({ sql, params }) },
  }) as unknown as Db;
  const database: Database = {
    kind: 'pglite',
    db,
    query: async (text, values) => ({
      rows: (await client.query<Record<string, unknown>>(text, values ?? [])).rows,
    }),
    exec: async (text) =>
      (await client.exec(text)).map((r) => ({ rows: r.rows as Record<string, unknown>[] })),
    close: () => client.close(),
  };
  return { client, db, database, log };
}
