import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { REPO_ROOT } from '../../config';

/** Tables are imported by the repositories that use them (platform and modules); the client carries none. */
export type Schema = Record<string, never>;
/** A database or a transaction: repositories accept either. */
// biome-ignore lint/suspicious/noExplicitAny: the query-result type differs between the two drivers
export type Db = PgDatabase<PgQueryResultHKT & any, Schema>;

export interface SqlResult {
  rows: Record<string, unknown>[];
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL for tools that bring their own queries (pg-boss). */
  query(text: string, values?: unknown[]): Promise<SqlResult>;
  /** Multi-statement SQL without parameters. */
  exec(text: string): Promise<SqlResult[]>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'apps/server/drizzle');

export async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    query: async (text, values) => {
      const r = await client.query<Record<string, unknown>>(text, values ?? []);
      return { rows: r.rows };
    },
    exec: async (text) => {
      const results = await client.exec(text);
      return results.map((r) => ({ rows: r.rows as Record<string, unknown>[] }));
    },
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // an idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query
  pool.on('error', (err) => console.warn(`postgres pool: idle connection error: ${err.message}`));
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    query: async (text, values) => {
      const r = await pool.query(text, values ?? []);
      return { rows: r.rows };
    },
    exec: async (text) => {
      const r = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      return (Array.isArray(r) ? r : [r]).map((x) => ({ rows: x.rows }));
    },
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string | null;
}): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

/** Applies the committed SQL migrations; the same files serve PGlite and PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: driver-specific migrator signature
    await migratePglite(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: driver-specific migrator signature
    await migratePg(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  }
}
