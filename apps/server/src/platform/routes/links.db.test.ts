import { pageOf } from '@sigap/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareWeeklyRecaps } from '../../modules/complaints/use-cases/prepare-weekly-recaps';
import { seedDemoWork } from '../../seed/demo-work';
import { createHarness, type Harness } from '../../testing/harness';
import { runDeadlineSweep } from '../use-cases/jobs/run-deadline-sweep';

let h: Harness;
const PUBLIC_URL = 'http://localhost:3000';

beforeAll(async () => {
  // Wednesday 25 November 2026, 14:00 WIB: the demo office's work, then a sweep two days on,
  // then the Monday recap; together they write most kinds of notices and emails Sigap sends
  h = await createHarness({ now: new Date('2026-11-25T07:00:00Z') });
  await seedDemoWork(h.database, h.now, PUBLIC_URL);
  await runDeadlineSweep({ db: h.database.db, now: new Date('2026-11-27T07:00:00Z') });
  await prepareWeeklyRecaps({ db: h.database.db, now: new Date('2026-11-30T01:00:00Z') });
}, 180_000);
afterAll(async () => h?.close());

describe('every link Sigap writes opens a page that exists', () => {
  it('in notifications and in emails (office and portal pages, with the page list the router uses)', async () => {
    const notices = (
      await h.database.query('select distinct kind, link from notifications where link is not null')
    ).rows as Array<{ kind: string; link: string }>;
    expect(new Set(notices.map((n) => n.kind)).size).toBeGreaterThanOrEqual(4);
    for (const n of notices) expect(pageOf(n.link), `${n.kind}: ${n.link}`).not.toBeNull();

    const mails = (await h.database.query('select subject, body_text from outbox')).rows as Array<{
      subject: string;
      body_text: string;
    }>;
    const urls = mails.flatMap((m) =>
      [...m.body_text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((u) => ({ subject: m.subject, url: u[0] })),
    );
    const ours = urls.filter((u) => u.url.startsWith(PUBLIC_URL));
    expect(ours.length).toBeGreaterThanOrEqual(5);
    expect(ours.some((u) => u.url.includes('/lacak'))).toBe(true);
    for (const u of ours) expect(pageOf(u.url), `${u.subject}: ${u.url}`).not.toBeNull();
  });

  it('and refuses a path no page has', () => {
    expect(pageOf('/office/kalender')).toBeNull();
    expect(pageOf('http://localhost:3000/office/kasus/123')).toBe('/office/kasus/:id');
    expect(pageOf('/office/pengaduan/baru')).toBe('/office/pengaduan/baru');
  });
});
