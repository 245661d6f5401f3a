import PgBoss from 'pg-boss';
import type { Database } from '../db/client';

/**
 * pg-boss keeps its queue in the same PostgreSQL as the data (schema `pgboss`), so several
 * server instances share one queue. On PGlite it runs through a small adapter over the
 * embedded client; on PostgreSQL it opens its own small pool.
 */
export function createBoss(database: Database, opts: { databaseUrl: string | null }): PgBoss {
  const common = { schema: 'pgboss', supervise: true, schedule: true, migrate: true } as const;
  if (database.kind === 'postgres' && opts.databaseUrl) {
    return new PgBoss({ ...common, connectionString: opts.databaseUrl, max: 4 });
  }
  return new PgBoss({
    ...common,
    db: {
      executeSql: async (text: string, values?: unknown[]) => {
        if (values && values.length > 0) return database.query(text, values);
        const results = await database.exec(text);
        return (results.length === 1 ? results[0] : results) as { rows: unknown[] };
      },
    },
  });
}
