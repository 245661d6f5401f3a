import type { Database } from '../../db/client';

/** Asks the database for a trivial answer; the load balancer takes an instance out when this fails. */
export async function checkHealth({ database, now }: { database: Database; now: Date }) {
  try {
    await database.query('select 1');
    return { status: 'ok' as const, database: database.kind, time: now.toISOString() };
  } catch {
    return { status: 'unavailable' as const, database: database.kind, time: now.toISOString() };
  }
}
