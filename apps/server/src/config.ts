import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file so commands work from any folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: string;
  /** Set the Secure flag on cookies even when the request did not come over HTTPS (behind a TLS proxy). */
  cookieSecure: boolean;
  trustProxy: boolean;
  webDist: string;
  /** `SIGAP_SOPS_DIR`: the shipped SOP definitions (default `<repo>/sops`), checked before anything starts. */
  sopsDir: string;
  /** Published service standards, one YAML file per version (`SIGAP_SERVICE_STANDARDS_DIR`). */
  serviceStandardsDir: string;
  jobs: boolean;
  seedDemo: boolean;
  /** Where the public reaches this installation (no trailing slash): QR codes on signed documents point here. */
  publicUrl: string;
  /** Outgoing mail server, e.g. `smtp://user:pass@host:587`; when unset, emails wait in the outbox. */
  smtpUrl: string | null;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /** How often each instance looks for outgoing mail between the minute job's runs. */
  pollSeconds: number;
  /**
   * Inbound SMTP for the complaint mailboxes (`agencies.settings.complaints.mailbox`): the port to
   * listen on, or null for no listener. It expects mail from the installation's relay only.
   */
  inboundSmtpPort: number | null;
  inboundSmtpHost: string;
  /** `SIGAP_CLOCK_START`: the instant the server's clock starts at (demonstrations and browser tests only). */
  clockStart: Date | null;
}

/** A whole number of at least 1 from the environment, or the default; anything else refuses the start. */
function positiveInt(value: string | undefined, fallback: number): number {
  if (!value?.trim()) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of at least 1, got ${value}`);
  return n;
}

/** An ISO instant from the environment, or null when unset; anything else refuses the start. */
function instant(value: string | undefined): Date | null {
  if (!value?.trim()) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value))
    throw new Error(`SIGAP_CLOCK_START must be an ISO instant such as 2026-11-23T02:00:00Z, got ${value}`);
  return d;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const inboundSmtpPort = env.INBOUND_SMTP_PORT?.trim() ? Number(env.INBOUND_SMTP_PORT) : null;
  if (
    inboundSmtpPort !== null &&
    (!Number.isInteger(inboundSmtpPort) || inboundSmtpPort < 0 || inboundSmtpPort > 65535)
  )
    throw new Error(`INBOUND_SMTP_PORT must be a port number, got ${env.INBOUND_SMTP_PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(env.SIGAP_DATA_DIR ?? path.join(REPO_ROOT, 'data')),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    webDist: path.resolve(env.SIGAP_WEB_DIST ?? path.join(REPO_ROOT, 'apps/web/dist')),
    sopsDir: path.resolve(env.SIGAP_SOPS_DIR ?? path.join(REPO_ROOT, 'sops')),
    serviceStandardsDir: path.resolve(
      env.SIGAP_SERVICE_STANDARDS_DIR ?? path.join(REPO_ROOT, 'service-standards'),
    ),
    jobs: env.SIGAP_JOBS !== 'false',
    seedDemo: env.SIGAP_SEED_DEMO !== 'false',
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Sigap <no-reply@sigap.test>',
    pollSeconds: positiveInt(env.OUTBOX_POLL_SECONDS, 5),
    inboundSmtpPort,
    inboundSmtpHost: env.INBOUND_SMTP_HOST?.trim() || '0.0.0.0',
    clockStart: instant(env.SIGAP_CLOCK_START),
  };
}
