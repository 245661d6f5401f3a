/**
 * Inbox benchmark (issue 3): 100,000 generated cases on an in-memory PGlite, then the first page
 * of each inbox tab through the `listInbox` use case (page + total + the four tab counts, as the
 * API answers) and through HTTP (`app.inject` on GET /api/inbox), 20 runs each after warm-up.
 *
 *   npm run bench -- inbox                 100,000 cases
 *   npm run bench -- inbox --cases=20000   fewer
 *   npm run bench -- inbox --runs=50       more timed runs per tab
 *   npm run bench -- inbox --explain       also prints EXPLAIN ANALYZE of each tab's queries
 *   npm run bench -- inbox --data=/tmp/inbox-db  keeps the database in that folder and reuses it
 *                                                next time (pending migrations are applied)
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type TInboxQuery, ZInboxQuery } from '@sigap/contracts';
import { migrateDatabase } from '../apps/server/src/platform/db/client';
import { loadSopDefinitions } from '../apps/server/src/platform/sops/load-definitions';
import { login } from '../apps/server/src/platform/use-cases/auth/login';
import { resolveSession } from '../apps/server/src/platform/use-cases/auth/resolve-session';
import { listInbox } from '../apps/server/src/platform/use-cases/cases/list-inbox';
import type { SessionActor } from '../apps/server/src/platform/use-cases/context';
import { syncSopDefinitions } from '../apps/server/src/platform/use-cases/sops/sync-sop-definitions';
import { seedDemo } from '../apps/server/src/seed/demo';
import { syncNationalCalendar } from '../apps/server/src/seed/national-calendar';
import { arg, openBenchDatabase } from './_database';

const CASES = Number(arg('cases')?.split('=')[1] ?? 100_000);
const BATCH = 10_000;
const RUNS = Number(arg('runs')?.split('=')[1] ?? 20);
const WARMUP = 5;
const EXPLAIN = !!arg('explain');
const DATA = arg('data')?.split('=')[1];
const LOAD = !!DATA && existsSync(DATA);
const NOW = new Date('2026-11-23T03:00:00Z'); // Monday 11:00 WITA
const PASSWORD = 'sigap-demo-2026';
const TABS = ['mine', 'unit', 'approval', 'overdue'] as const;

const { client, db, database, log } = await openBenchDatabase(DATA);

const t0 = performance.now();
await migrateDatabase(database);
if (!LOAD) {
  await syncNationalCalendar(db);
  await syncSopDefinitions(db, await loadSopDefinitions(), NOW);
  await seedDemo(database, NOW);
}
console.log(`setup (migrate, calendar, SOPs, demo org): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const one = async <T>(sql: string): Promise<T> => (await client.query<T>(sql)).rows[0] as T;
const ids = async (sql: string): Promise<string[]> =>
  (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
const agencyId = async (code: string) =>
  (await one<{ id: string }>(`select id from agencies where code = '${code}'`)).id;
const kaltim = await agencyId('dpmptsp-kaltim');
const bkpm = await agencyId('bkpm');
const unit = async (agency: string, code: string) =>
  (await one<{ id: string }>(`select id from units where agency_id = '${agency}' and code = '${code}'`)).id;
const user = async (email: string) =>
  (await one<{ id: string }>(`select id from users where email = '${email}'`)).id;
const U = {
  dalak: await unit(kaltim, 'DALAK'),
  promo: await unit(kaltim, 'SEKSI-PROMOSI'),
  bidPm: await unit(kaltim, 'BID-PM'),
  root: await unit(kaltim, 'DPMPTSP'),
  promwil: await unit(bkpm, 'DIT-PROMWIL'),
};
const heads = {
  kabidDalak: await user('kabid.dalak.kaltim@sigap.test'),
  kepala: await user('kepala.kaltim@sigap.test'),
  kasiPromo: await user('kasi.promosi.kaltim@sigap.test'),
  kabidPm: await user('kabid.pm.kaltim@sigap.test'),
  direktur: await user('direktur.promosi.bkpm@sigap.test'),
};

// Many assignees: 300 DALAK officers, 40 promotion staff in Kaltim, 60 at BKPM, beside the demo users.
async function insertOfficers() {
  await client.exec(`
  insert into users (agency_id, email, name, password_hash)
  select '${kaltim}', 'pegawai' || g || '.dalak.bench@sigap.test', 'Pegawai DALAK ' || g, 'x' from generate_series(1, 300) g;
  insert into users (agency_id, email, name, password_hash)
  select '${kaltim}', 'pegawai' || g || '.promosi.bench@sigap.test', 'Pegawai Promosi ' || g, 'x' from generate_series(1, 40) g;
  insert into users (agency_id, email, name, password_hash)
  select '${bkpm}', 'pegawai' || g || '.promwil.bench@sigap.test', 'Pegawai Promosi Wilayah ' || g, 'x' from generate_series(1, 60) g;
`);
}
const pool = async (like: string, demo: string[]) => {
  const rows = await ids(`select id from users where email like '${like}' order by email`);
  const demoIds = await Promise.all(demo.map(user));
  return `'{${[...demoIds, ...rows].join(',')}}'::uuid[]`;
};
const loadPools = async () => ({
  dalak: await pool('%.dalak.bench@%', [
    'fungsional.kaltim@sigap.test',
    'pemeriksa.kaltim@sigap.test',
    'analis.kaltim@sigap.test',
    'pengolah.kaltim@sigap.test',
  ]),
  promoKaltim: await pool('%.promosi.bench@%', ['staf.promosi.kaltim@sigap.test']),
  promoBkpm: await pool('%.promwil.bench@%', [
    'madya.promosi.bkpm@sigap.test',
    'muda.promosi.bkpm@sigap.test',
    'pertama.promosi.bkpm@sigap.test',
  ]),
});
type Pools = Awaited<ReturnType<typeof loadPools>>;

/**
 * One batch of cases and their tasks, generated inside the database. Spread: 65% Kaltim DALAK
 * (SOPs 067/001-014), 15% Kaltim promotion section, 20% BKPM regional promotion (another
 * agency); 25% completed, 2% cancelled, the rest open with 1 ready task after 0-8 done ones;
 * half the ready tasks sit unassigned in their lane, the rest with one of many officers or the
 * unit's head for leader steps; due times from 3 days ago to 7 days ahead, 5% without one.
 */
function batchSql(pools: Pools, from: number, to: number): string {
  const now = `'${NOW.toISOString()}'::timestamptz`;
  const pick = (poolSql: string, expr: string) => `(${poolSql})[1 + (${expr}) % array_length(${poolSql}, 1)]`;
  const poolOf = (grp: string, expr: string) =>
    `case ${grp} when 'dalak' then ${pick(pools.dalak, expr)} when 'promo_kaltim' then ${pick(pools.promoKaltim, expr)} else ${pick(pools.promoBkpm, expr)} end`;
  return `
drop table if exists plan;
create temp table plan as
with base as (
  select i, random() rg, random() rs, random() rk, random() rn, random() rt, random() rr, random() ra,
         random() rd, random() rdue, random() rspan
  from generate_series(${from}, ${to}) i
), g as (
  select *,
    case when rg < 0.65 then 'dalak' when rg < 0.80 then 'promo_kaltim' else 'promo_bkpm' end grp,
    case when rs < 0.25 then 'completed' when rs < 0.27 then 'cancelled' else 'open' end status,
    5 + floor(rn * 5)::int n_steps
  from base
), p as (
  select *,
    case when status = 'open' then 1 + floor(rk * n_steps)::int else n_steps end n_tasks,
    case when status = 'open' then ${now} - rd * interval '120 days'
         else ${now} - interval '30 days' - rd * interval '335 days' end started_at
  from g
)
select i, gen_random_uuid() id, grp, status, n_steps, n_tasks, started_at,
  case when status = 'open' then (${now} - started_at) / n_tasks
       else interval '1 day' * (1 + rspan * 19) / n_tasks end span,
  case grp when 'promo_bkpm' then '${bkpm}'::uuid else '${kaltim}'::uuid end agency_id,
  case grp when 'dalak' then '${U.dalak}'::uuid when 'promo_kaltim' then '${U.promo}'::uuid
           else '${U.promwil}'::uuid end unit_id,
  case grp when 'dalak' then 'dalak-067-' || lpad((1 + floor(rt * 14))::int::text, 3, '0')
           else case when rt < 0.6 then 'promosi-bpm-03-forum-bisnis' else 'promosi-bpm-03-forum-bisnis-virtual' end
  end definition_key,
  case grp
    when 'dalak' then case when rr < 0.55 then 'fungsional' when rr < 0.75 then 'kabid'
      when rr < 0.80 then 'kepala_dinas' when rr < 0.90 then 'pemeriksa_pm' when rr < 0.95 then 'analis_kebijakan'
      else 'pengolah' end
    when 'promo_kaltim' then case when rr < 0.7 then 'staf' when rr < 0.9 then 'kasi' else 'kabid' end
    else case when rr < 0.3 then 'pkpm_pertama' when rr < 0.55 then 'pkpm_muda' when rr < 0.8 then 'pkpm_madya'
      else 'direktur' end
  end ready_role,
  case grp when 'dalak' then 'fungsional' when 'promo_kaltim' then 'staf' else 'pkpm_muda' end staff_role,
  ra, rdue
from p;

alter table plan add column ready_unit uuid, add column ready_assignee uuid, add column ready_due timestamptz;
update plan set
  ready_unit = case
    when ready_role = 'kepala_dinas' then '${U.root}'::uuid
    when grp = 'promo_kaltim' and ready_role = 'kabid' then '${U.bidPm}'::uuid
    else unit_id end,
  ready_assignee = case
    when ra < 0.5 then null
    when ready_role = 'kabid' and grp = 'dalak' then '${heads.kabidDalak}'::uuid
    when ready_role = 'kepala_dinas' then '${heads.kepala}'::uuid
    when ready_role = 'kasi' then '${heads.kasiPromo}'::uuid
    when ready_role = 'kabid' then '${heads.kabidPm}'::uuid
    when ready_role = 'direktur' then '${heads.direktur}'::uuid
    else ${poolOf('grp', 'i * 31 + floor(ra * 1000)::int')} end,
  ready_due = case when rdue < 0.05 then null
    else ${now} + interval '1 hour' * (rdue * 240 - 72) end;

insert into cases (id, agency_id, unit_id, number, subject, definition_key, definition_version, status,
                   started_at, ended_at, due_at, paused, state, revision, updated_at)
select id, agency_id, unit_id, 'BENCH-' || lpad(i::text, 6, '0'),
  'Kasus uji ' || i || ': PT Contoh Usaha ' || (i % 997), definition_key, 1, status, started_at,
  case when status <> 'open' then started_at + n_tasks * span end,
  case when status = 'open' then started_at + interval '14 days' end,
  status = 'open' and ra > 0.98,
  jsonb_build_object(
    'status', status, 'definitionKey', definition_key, 'definitionVersion', 1, 'startedAt', started_at,
    'endedAt', case when status <> 'open' then started_at + n_tasks * span end, 'dueAt', null,
    'nextTaskNo', n_tasks + 1, 'pauses', '[]'::jsonb, 'sendBacks', '[]'::jsonb, 'joins', '{}'::jsonb,
    'eventAt', null, 'cancelReason', null,
    'tasks', (select jsonb_agg(jsonb_build_object(
      'id', 'T' || t, 'stepId', 's' || t, 'status', case when t < n_tasks or status = 'completed' then 'done'
        when status = 'open' then 'ready' else 'cancelled' end,
      'role', staff_role, 'unitId', unit_id, 'readyAt', started_at + (t - 1) * span,
      'completedAt', case when t < n_tasks then started_at + t * span end, 'iteration', 0,
      'form', jsonb_build_object('catatan', 'Catatan hasil pelaksanaan langkah ' || t),
      'outputs', jsonb_build_array('Dokumen langkah ' || t), 'dispositions', '[]'::jsonb))
      from generate_series(1, n_tasks) t)),
  1, ${now}
from plan;

insert into tasks (case_id, task_id, agency_id, step_id, status, role, unit_id, assignee_user_id, ready_at,
                   claimed_at, due_at, remind_at, completed_at, completed_by_user_id, iteration)
select p.id, 'T' || t, p.agency_id, 's' || t,
  case when not x.is_open then 'done' when p.status = 'open' then 'ready' else 'cancelled' end,
  case when x.is_open then p.ready_role else p.staff_role end,
  case when x.is_open then p.ready_unit else p.unit_id end,
  case when x.is_open then p.ready_assignee else x.done_by end,
  p.started_at + (t - 1) * p.span,
  case when not x.is_open then p.started_at + (t - 0.7) * p.span
       when p.ready_assignee is not null then p.started_at + (t - 1) * p.span end,
  case when x.is_open then p.ready_due else p.started_at + (t - 0.2) * p.span end,
  case when x.is_open and p.status = 'open' then p.ready_due - interval '1 hour' end,
  case when x.is_open and p.status = 'open' then null else p.started_at + t * p.span end,
  case when x.is_open and p.status = 'open' then null else x.done_by end,
  0
from plan p
cross join lateral generate_series(1, p.n_tasks) t
cross join lateral (select
  t = p.n_tasks and p.status <> 'completed' as is_open,
  ${poolOf('p.grp', 'p.i * 7 + t * 13')} as done_by) x;
`;
}

const t1 = performance.now();
if (!LOAD) {
  await insertOfficers();
  const pools = await loadPools();
  await client.query('select setseed(0.42)');
  for (let from = 1; from <= CASES; from += BATCH) {
    await client.exec(batchSql(pools, from, Math.min(from + BATCH - 1, CASES)));
    process.stdout.write(`\rgenerated ${Math.min(from + BATCH - 1, CASES).toLocaleString('en')} cases`);
  }
  await client.exec('drop table if exists plan; analyze;');
}
const counts = await one<{ cases: number; tasks: number; ready: number; overdue: number; done: number }>(`
  select (select count(*)::int from cases) cases, (select count(*)::int from tasks) tasks,
         (select count(*)::int from tasks where status = 'ready') ready,
         (select count(*)::int from tasks where status = 'ready' and due_at < '${NOW.toISOString()}') overdue,
         (select count(*)::int from cases where status = 'completed') done`);
console.log(
  `\ngenerated in ${((performance.now() - t1) / 1000).toFixed(1)} s: ${counts.cases.toLocaleString('en')} cases ` +
    `(${counts.done.toLocaleString('en')} completed), ${counts.tasks.toLocaleString('en')} tasks ` +
    `(${counts.ready.toLocaleString('en')} ready, ${counts.overdue.toLocaleString('en')} overdue)`,
);

// Logged-in users: a functional officer, the head of DALAK, the head of the office (whole agency).
const who = [
  { label: 'fungsional (DALAK staff)', email: 'fungsional.kaltim@sigap.test' },
  { label: 'kabid DALAK (leader)', email: 'kabid.dalak.kaltim@sigap.test' },
  { label: 'kepala dinas (whole agency)', email: 'kepala.kaltim@sigap.test' },
];
// The HTTP figures need the whole app; while another part of it does not load, time the use case only.
let app: Awaited<ReturnType<typeof import('../apps/server/src/app').buildApp>> | null = null;
try {
  const { buildApp } = await import('../apps/server/src/app');
  app = await buildApp({
    database,
    clock: () => NOW,
    config: { cookieSecure: false, trustProxy: false, webDist: '/nonexistent', logLevel: 'silent' },
    logger: false,
  });
  await app.ready();
} catch (e) {
  console.warn(`HTTP timing skipped: the app does not load (${(e as Error).message})`);
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { median: q(50), p95: q(95) };
};
/**
 * Wall time, and the process's CPU time over the same call: PGlite runs inside this process, so
 * CPU time is the work itself and stays meaningful when other programs load the machine.
 */
async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    ms.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...stats(ms), cpuMedian: stats(cpu).median };
}

const sessions: Array<{ label: string; token: string; actor: SessionActor }> = [];
for (const w of who) {
  const { token } = await login(
    { db, now: NOW },
    { input: { email: w.email, password: PASSWORD }, ip: null, userAgent: 'bench' },
  );
  sessions.push({
    label: w.label,
    token,
    actor: (await resolveSession({ db, now: NOW }, token)) as SessionActor,
  });
}

/** Times every user's every tab; prints the table and returns the worst p95. */
async function measure(state: string, explain: boolean): Promise<number> {
  const rows: Array<Record<string, string | number>> = [];
  let worst = 0;
  for (const { label, token, actor } of sessions) {
    for (const tab of TABS) {
      const query: TInboxQuery = ZInboxQuery.parse({ tab });
      const first = await listInbox({ db, now: NOW, actor }, query);
      const useCase = await time(() => listInbox({ db, now: NOW, actor }, query));
      const http = await time(async () => {
        if (!app) return;
        const res = await app.inject({
          method: 'GET',
          url: `/api/inbox?tab=${tab}`,
          cookies: { sigap_session: token },
        });
        if (res.statusCode !== 200)
          throw new Error(`GET /api/inbox?tab=${tab}: ${res.statusCode} ${res.body}`);
      });
      worst = Math.max(worst, useCase.p95, app ? http.p95 : 0);
      rows.push({
        user: label,
        tab,
        total: first.total,
        page: first.items.length,
        'use case median ms': Number(useCase.median.toFixed(1)),
        'use case p95 ms': Number(useCase.p95.toFixed(1)),
        'use case CPU ms': Number(useCase.cpuMedian.toFixed(1)),
        'HTTP median ms': app ? Number(http.median.toFixed(1)) : '-',
        'HTTP p95 ms': app ? Number(http.p95.toFixed(1)) : '-',
      });
      if (explain) {
        log.queries = [];
        await listInbox({ db, now: NOW, actor }, query);
        const queries = log.queries ?? [];
        log.queries = null;
        for (const q of queries.filter((x) => x.sql.includes('"tasks"'))) {
          const plan = await client.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers) ${q.sql}`,
            q.params,
          );
          console.log(
            `\n--- ${label} / ${tab}\n${q.sql}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`,
          );
        }
      }
    }
  }
  console.log(
    `\nInbox ${state}: first page (25 rows) + total + 4 tab counts, ${RUNS} runs after ${WARMUP} warm-up:`,
  );
  console.table(rows);
  console.log(`worst p95 ${state}: ${worst.toFixed(1)} ms (target: under 100 ms)`);
  return worst;
}

// PGlite is a single standalone backend: no autovacuum, so nothing marks pages all-visible and
// every index-only count still reads the heap. Measured as loaded (ANALYZE only), then after
// VACUUM, the state autovacuum keeps a PostgreSQL database in and a periodic VACUUM keeps PGlite in.
const asLoaded = await measure('as loaded (ANALYZE only)', false);
const v0 = performance.now();
for (const table of ['tasks', 'cases', 'users']) await client.query(`vacuum (analyze) ${table}`);
console.log(`\nVACUUM (ANALYZE) tasks, cases, users: ${((performance.now() - v0) / 1000).toFixed(1)} s`);
const vacuumed = await measure('after VACUUM', EXPLAIN);
console.log(
  `\nSUMMARY ${counts.cases.toLocaleString('en')} cases, PGlite ${DATA ? `in ${DATA}` : 'in memory'}: worst p95 ${asLoaded.toFixed(1)} ms as loaded, ` +
    `${vacuumed.toFixed(1)} ms after VACUUM (target: under 100 ms)`,
);
await app?.close();
await client.close();
