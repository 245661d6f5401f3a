import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { createTestDatabase, type TestDatabase } from '../platform/db/testing';
import { loadDocumentTemplates } from '../platform/documents/load-templates';
import type { Clock } from '../platform/lib/clock';
import type { App } from '../platform/routes/types';
import { loadSopDefinitions } from '../platform/sops/load-definitions';
import { syncDocumentTemplates } from '../platform/use-cases/document-templates/sync-document-templates';
import { syncSopDefinitions } from '../platform/use-cases/sops/sync-sop-definitions';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo';
import { syncNationalCalendar } from '../seed/national-calendar';

let loaded: ReturnType<typeof loadSopDefinitions> | null = null;
/** The YAML files are read once per test file. */
function sopDefinitions() {
  loaded ??= loadSopDefinitions();
  return loaded;
}

let loadedTemplates: ReturnType<typeof loadDocumentTemplates> | null = null;
function documentTemplates() {
  loadedTemplates ??= loadDocumentTemplates();
  return loadedTemplates;
}

export interface Session {
  cookie: string;
  csrf: string;
  me: { user: { id: string }; agency: { id: string }; roles: string[] };
}

export interface Harness {
  app: App;
  database: TestDatabase;
  /** Mutable: tests move time by assigning `harness.now`. */
  now: Date;
  login(email: string, password?: string): Promise<Session>;
  as(
    session: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    lang?: 'id' | 'en',
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real app on a fresh, migrated database (PGlite or PostgreSQL per the test project) with the demo data. */
export async function createHarness(opts: { now?: Date; seed?: boolean } = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const state = { now: opts.now ?? new Date('2026-11-23T03:00:00Z') };
  const clock: Clock = () => new Date(state.now.getTime());
  await syncNationalCalendar(database.db);
  await syncSopDefinitions(database.db, await sopDefinitions(), clock());
  await syncDocumentTemplates(database.db, await documentTemplates(), clock());
  if (opts.seed !== false) await seedDemo(database, clock());
  const app = await buildApp({
    database,
    clock,
    config: { cookieSecure: false, trustProxy: false, webDist: '/nonexistent', logLevel: 'silent' },
    logger: false,
  });
  await app.ready();
  const harness: Harness = {
    app,
    database,
    get now() {
      return state.now;
    },
    set now(d: Date) {
      state.now = d;
    },
    async login(email, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'sigap_session');
      const me = res.json();
      return { cookie: `sigap_session=${cookie!.value}`, csrf: me.csrfToken, me };
    },
    as(session, method, url, body, lang = 'id') {
      return app.inject({
        method,
        url,
        headers: {
          'accept-language': lang,
          ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
  return harness;
}
