import type PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import type { Clock } from '../lib/clock';
import type { ModuleMailHandler } from '../mail/inbound-smtp';
import type { App, RouteDeps } from '../routes/types';
import { type CaseModuleHooks, registerCaseModule } from '../use-cases/cases/case-modules';
import type { Ctx } from '../use-cases/context';
import type { DemoCtx } from './demo';

/** What a module's inbound mail handlers are built with (`SigapModule.mail`). */
export interface ModuleMailDeps {
  database: Database;
  clock: Clock;
  publicUrl: string;
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void };
}

export interface ModuleJobDeps {
  boss: PgBoss;
  database: Database;
  clock: Clock;
  log: { error: (o: object, m: string) => void };
}

/**
 * One domain module as the platform sees it: a record driven by cases of shipped SOPs
 * (complaints today; service requests, investment control and promotion next). The platform
 * never imports a module; the composition root (`src/modules.ts`) installs each one, and the
 * platform reaches it only through these hooks. `docs/MODULES.md` is the checklist.
 */
export interface SigapModule {
  /** The folder under `src/modules/` and the name in `MANAGED_SOPS` (`@sigap/core`). */
  name: string;
  /** What the generic case pages must ask the module, one entry per SOP it manages. */
  cases: CaseModuleHooks[];
  /** The module's HTTP routes, registered after the platform's. */
  routes(app: App, deps: RouteDeps): Promise<void>;
  /**
   * Work the minute deadline sweep does for the module (overdue input requests, drafts near
   * their first-response time): each returns how many records it acted on, reported under its
   * name. Each must be idempotent (a dedupe key per notice), like the sweep itself.
   */
  sweeps?: Record<string, (ctx: Ctx) => Promise<number>>;
  /**
   * The module's inbound mail (its mailboxes and what a message to one becomes). The entry point
   * builds one SMTP listener over every module's handlers (`combineMailHandlers`).
   */
  mail?(deps: ModuleMailDeps): ModuleMailHandler;
  /** Recurring jobs of the module (queues, schedules and workers on pg-boss). */
  jobs?(deps: ModuleJobDeps): Promise<void>;
  /**
   * The module's demo work on a fresh demo installation (`SIGAP_SEED_DEMO`), done through its
   * use cases as the demo users, relative to today on the working calendar.
   */
  demo?(ctx: DemoCtx): Promise<void>;
}

let installed: readonly SigapModule[] = [];

/** Called once by `buildApp` with the composition root's list; installing again replaces. */
export function installModules(modules: readonly SigapModule[]): void {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is installed twice`);
    names.add(m.name);
    for (const hooks of m.cases) registerCaseModule(hooks);
  }
  installed = modules;
}

/** The installed modules, in the composition root's order. */
export function installedModules(): readonly SigapModule[] {
  return installed;
}
