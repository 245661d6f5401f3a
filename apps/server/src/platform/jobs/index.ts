import type PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import { installedModules } from '../kernel/module';
import type { Clock } from '../lib/clock';
import { createMailTransport } from '../lib/mail';
import type { ShortMessageSender } from '../lib/short-message';
import { runDeadlineSweep } from '../use-cases/jobs/run-deadline-sweep';
import { sendPendingEmails } from '../use-cases/notifications/send-pending-emails';
import { sendPendingShortMessages } from '../use-cases/notifications/send-pending-short-messages';

export const DEADLINE_SWEEP = 'deadline-sweep';
export const SEND_OUTBOX = 'send-outbox';

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
  // and once at start: reminders and escalations due while the server was down go out at once
  await boss.send(DEADLINE_SWEEP, {}, { singletonKey: DEADLINE_SWEEP });
  await boss.work(DEADLINE_SWEEP, async () => {
    try {
      await runDeadlineSweep({ db: database.db, now: clock() });
    } catch (err) {
      log.error({ err }, 'deadline sweep failed');
      throw err;
    }
  });
  for (const m of installedModules()) await m.jobs?.({ boss, database, clock, log });
}

/**
 * Sends the email outbox every minute (one worker at a time; rows are claimed with SKIP LOCKED,
 * so even overlapping runs on several instances never send a message twice). Without `SMTP_URL`
 * nothing is scheduled and messages wait in the outbox; this is said once at start.
 */
export async function startOutboxJob(
  boss: PgBoss,
  database: Database,
  clock: Clock,
  mail: { smtpUrl: string | null; mailFrom: string; pollSeconds: number },
  log: { warn: (m: string) => void; error: (o: object, m: string) => void },
) {
  const transport = createMailTransport(mail.smtpUrl);
  if (!transport) {
    log.warn('SMTP_URL is not set: outgoing emails wait in the outbox until it is configured');
    return { stop() {} };
  }
  await boss.createQueue(SEND_OUTBOX, { name: SEND_OUTBOX, policy: 'singleton', expireInSeconds: 600 });
  await boss.schedule(SEND_OUTBOX, '* * * * *', {}, { tz: 'UTC', singletonKey: SEND_OUTBOX });
  const drain = async () => {
    // drain the backlog in batches, within one run
    for (let i = 0; i < 20; i++) {
      const r = await sendPendingEmails({ db: database.db, now: clock(), transport, from: mail.mailFrom });
      if (r.sent + r.retried + r.failed < 50) break;
    }
  };
  await boss.work(SEND_OUTBOX, async () => {
    try {
      await drain();
    } catch (err) {
      log.error({ err }, 'sending the outbox failed');
      throw err;
    }
  });
  // Between the minute runs, each instance also looks every few seconds, so a reporter's
  // receipt or answer leaves within seconds; claims are SKIP LOCKED with a lease, so pollers on
  // several instances and the minute job never send a message twice.
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    drain()
      .catch((err) => log.error({ err }, 'sending the outbox failed'))
      .finally(() => {
        busy = false;
      });
  }, mail.pollSeconds * 1000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}

export const DATABASE_MAINTENANCE = 'database-maintenance';

/**
 * PGlite runs as a single backend without autovacuum or autoanalyze, so its planner statistics
 * never refresh by themselves; the inbox then misjudges its indexes (the bench measured 234 ms
 * p95 before and 43 ms after a VACUUM on 100,000 cases). On the embedded database this job runs
 * `VACUUM (ANALYZE)` at start and every night; PostgreSQL's own autovacuum needs no help.
 */
export async function startMaintenanceJob(
  boss: PgBoss,
  database: Database,
  log: { error: (o: object, m: string) => void },
) {
  if (database.kind !== 'pglite') return;
  await boss.createQueue(DATABASE_MAINTENANCE, {
    name: DATABASE_MAINTENANCE,
    policy: 'singleton',
    expireInSeconds: 3600,
  });
  await boss.schedule(
    DATABASE_MAINTENANCE,
    '30 18 * * *',
    {},
    { tz: 'UTC', singletonKey: DATABASE_MAINTENANCE },
  );
  await boss.work(DATABASE_MAINTENANCE, async () => {
    try {
      await database.exec('VACUUM (ANALYZE)');
    } catch (err) {
      log.error({ err }, 'database maintenance failed');
      throw err;
    }
  });
  await boss.send(DATABASE_MAINTENANCE, {});
}

export const SEND_SHORT_MESSAGES = 'send-short-messages';

/**
 * Sends SMS/WhatsApp messages of the outbox through the agency's provider (`ShortMessageSender`)
 * every minute. Sigap ships no provider: without one nothing is scheduled and short messages
 * wait in the outbox (said once at start), exactly as emails do without SMTP.
 */
export async function startShortMessageJob(
  boss: PgBoss,
  database: Database,
  clock: Clock,
  sender: ShortMessageSender | null,
  log: { warn: (m: string) => void; error: (o: object, m: string) => void },
) {
  if (!sender) {
    log.warn('no SMS/WhatsApp provider is configured: short messages wait in the outbox');
    return;
  }
  await boss.createQueue(SEND_SHORT_MESSAGES, {
    name: SEND_SHORT_MESSAGES,
    policy: 'singleton',
    expireInSeconds: 600,
  });
  await boss.schedule(SEND_SHORT_MESSAGES, '* * * * *', {}, { tz: 'UTC', singletonKey: SEND_SHORT_MESSAGES });
  await boss.work(SEND_SHORT_MESSAGES, async () => {
    try {
      await sendPendingShortMessages({ db: database.db, now: clock(), sender });
    } catch (err) {
      log.error({ err }, 'sending short messages failed');
      throw err;
    }
  });
}
