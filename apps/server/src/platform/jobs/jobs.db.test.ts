import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seed/demo';
import { syncNationalCalendar } from '../../seed/national-calendar';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { runDeadlineSweep } from '../use-cases/jobs/run-deadline-sweep';
import { createBoss } from './boss';
import { DEADLINE_SWEEP, startJobs } from './index';

let db: TestDatabase;
const now = new Date('2026-11-23T02:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  await syncNationalCalendar(db.db);
  await seedDemo(db, now);
});
afterAll(async () => db?.destroy());

async function notificationCount(): Promise<number> {
  const r = await db.query(
    `select count(*)::int as n from notifications where kind = 'calendar.missing_year'`,
  );
  return Number(r.rows[0]!.n);
}

describe('deadline sweep', () => {
  it('is silent before 1 November and warns each admin once from 1 November', async () => {
    expect(await runDeadlineSweep({ db: db.db, now: new Date('2026-10-30T02:00:00Z') })).toMatchObject({
      notificationsCreated: 0,
    });
    // 31 Oct 16:00 UTC is 1 Nov 01:00 in Jayapura but still 31 Oct 23:00 in Jakarta and 1 Nov 00:00 in Makassar
    const first = await runDeadlineSweep({ db: db.db, now: new Date('2026-10-31T16:00:00Z') });
    expect(first.notificationsCreated).toBe(1); // the Kaltim admin (WITA) only
    const second = await runDeadlineSweep({ db: db.db, now });
    expect(second.notificationsCreated).toBe(1); // now the BKPM admin too
    const again = await runDeadlineSweep({ db: db.db, now });
    expect(again.notificationsCreated).toBe(0);
    expect(await notificationCount()).toBe(2);
  });

  it('is idempotent when two workers sweep at the same moment', async () => {
    const later = new Date('2027-11-02T02:00:00Z'); // 2028 is missing too
    const [a, b] = await Promise.all([
      runDeadlineSweep({ db: db.db, now: later }),
      runDeadlineSweep({ db: db.db, now: later }),
    ]);
    expect(a.notificationsCreated + b.notificationsCreated).toBe(2);
    expect(await notificationCount()).toBe(4);
  });
});

describe('pg-boss', () => {
  it(`runs the ${DEADLINE_SWEEP} job through the queue in the same database and stops gracefully`, async () => {
    const boss = createBoss(db, { databaseUrl: db.url });
    const errors: unknown[] = [];
    boss.on('error', (e) => errors.push(e));
    await boss.start();
    let swept = 0;
    await startJobs(boss, db, () => new Date('2028-11-05T02:00:00Z'), { error: (o) => errors.push(o) });
    await boss.send(DEADLINE_SWEEP, {});
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      swept = await notificationCount();
      if (swept >= 6) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    expect(swept).toBe(6); // 2029 warnings for both admins
    expect(errors).toEqual([]);
  });
});
