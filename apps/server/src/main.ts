import { buildApp } from './app';
import { loadConfig } from './config';
import { MODULES } from './modules';
import { migrateDatabase, openDatabase } from './platform/db/client';
import { loadDocumentTemplates } from './platform/documents/load-templates';
import { startJobs, startMaintenanceJob, startOutboxJob, startShortMessageJob } from './platform/jobs';
import { createBoss } from './platform/jobs/boss';
import { shiftedClock, systemClock } from './platform/lib/clock';
import { combineMailHandlers, startInboundSmtp } from './platform/mail/inbound-smtp';
import { loadServiceStandards } from './platform/service-standards/load-service-standards';
import { loadSopDefinitions } from './platform/sops/load-definitions';
import { syncDocumentTemplates } from './platform/use-cases/document-templates/sync-document-templates';
import { syncSopDefinitions } from './platform/use-cases/sops/sync-sop-definitions';
import { DEMO_PASSWORD, demoLogins, seedDemo } from './seed/demo';
import { seedDemoWork } from './seed/demo-work';
import { syncNationalCalendar } from './seed/national-calendar';

async function main() {
  const config = loadConfig();
  const clock = config.clockStart ? shiftedClock(config.clockStart) : systemClock;
  // a bad definition (or one that lost a step a module completes) stops the start here, before
  // the database is touched, naming the file, the step and the rule
  const sops = await loadSopDefinitions(config.sopsDir);
  // likewise a bad service standard, or one whose procedure names an SOP that is not there
  const serviceStandards = await loadServiceStandards(
    config.serviceStandardsDir,
    new Set(sops.map((s) => s.key)),
  );
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(database);
  await syncNationalCalendar(database.db);
  await syncSopDefinitions(database.db, sops, clock());
  // likewise a bad document template, naming the file and the rule
  await syncDocumentTemplates(database.db, await loadDocumentTemplates(), clock());
  const seeded = config.seedDemo ? await seedDemo(database, clock()) : null;
  // a fresh demo installation gets work in it: cases, complaints, documents, letters
  if (seeded) await seedDemoWork(database, clock(), config.publicUrl);
  const app = await buildApp({ database, config, clock, serviceStandards });
  if (config.clockStart)
    app.log.warn(
      { clockStart: config.clockStart.toISOString() },
      'SIGAP_CLOCK_START is set: the clock is shifted',
    );
  let outboxPoller: { stop(): void } | null = null;
  const boss = config.jobs ? createBoss(database, { databaseUrl: config.databaseUrl }) : null;
  if (boss) {
    boss.on('error', (err) => app.log.error({ err }, 'job queue error'));
    await boss.start();
    await startJobs(boss, database, clock, app.log);
    outboxPoller = await startOutboxJob(boss, database, clock, config, app.log);
    // an agency's SMS/WhatsApp gateway plugs in here as a ShortMessageSender
    await startShortMessageJob(boss, database, clock, null, app.log);
    await startMaintenanceJob(boss, database, app.log);
  }
  await app.listen({ port: config.port, host: config.host });

  // inbound email to every module's mailboxes (complaints, service requests), one listener,
  // only when INBOUND_SMTP_PORT is set
  const mailDeps = { database, clock, publicUrl: config.publicUrl, log: app.log };
  const inboundSmtp =
    config.inboundSmtpPort === null
      ? null
      : await startInboundSmtp({
          port: config.inboundSmtpPort,
          host: config.inboundSmtpHost,
          ...combineMailHandlers(MODULES.flatMap((m) => (m.mail ? [m.mail(mailDeps)] : []))),
          onError: (err, context) => app.log.error({ err, context }, 'inbound SMTP error'),
        });

  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  const lines = [
    '',
    `Sigap is running at http://localhost:${config.port}  (database: ${where})`,
    `  Public portal: http://localhost:${config.port}/`,
    `  Office:        http://localhost:${config.port}/office`,
    `  API docs:      http://localhost:${config.port}/api/docs`,
  ];
  if (inboundSmtp)
    lines.push(`  Inbound SMTP:  ${config.inboundSmtpHost}:${inboundSmtp.port} (module mailboxes)`);
  if (config.seedDemo) {
    lines.push('', `Demo logins${seeded ? ' (created now)' : ''} — password for all: ${DEMO_PASSWORD}`);
    for (const l of demoLogins()) lines.push(`  ${l.agency.padEnd(15)} ${l.email.padEnd(42)} ${l.position}`);
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      outboxPoller?.stop();
      await inboundSmtp?.close();
      await app.close();
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
