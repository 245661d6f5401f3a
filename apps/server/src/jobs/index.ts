import type PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import { runDeadlineSweep } from '../use-cases/jobs/run-deadline-sweep';

export const DEADLINE_SWEEP = 'deadline-sweep';

/**
 * Registers the recurring jobs. The deadline sweep runs every minute on whichever instance
 * fetches it first (pg-boss hands each job to one worker); it is idempotent, so a retry or a
 * second instance never fires a reminder twice.
 */
export async function startJobs(
  boss: PgBoss,
  database: Database,
  clock: Clock,
  log: { error: (o: object, m: string) => void },
) {
  await boss.createQueue(DEADLINE_SWEEP, {
    name: DEADLINE_SWEEP,
    policy: 'singleton',
    retryLimit: 3,
    expireInSeconds: 300,
  });
  await boss.schedule(DEADLINE_SWEEP, '* * * * *', {}, { tz: 'UTC', singletonKey: DEADLINE_SWEEP });
  await boss.work(DEADLINE_SWEEP, async () => {
    try {
      await runDeadlineSweep({ db: database.db, now: clock() });
    } catch (err) {
      log.error({ err }, 'deadline sweep failed');
      throw err;
    }
  });
}
