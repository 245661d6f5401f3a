import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness';
import { seedDemoWork } from './demo-work';

let h: Harness;

beforeAll(async () => {
  // Monday 7 December 2026, 14:00 WIB
  h = await createHarness({ now: new Date('2026-12-07T07:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
}, 180_000);
afterAll(async () => h?.close());

interface Report {
  respondents: number;
  index: number | null;
  trend: Array<{ month: string; index: number | null; respondents: number }>;
  suggestions: Array<{ month: string; text: string }>;
}

describe('the demo satisfaction survey', () => {
  it('gives the office IKM report a trend over several months and suggestions on first login', async () => {
    const chair = await h.login('ketua.pokja.bkpm@sigap.test');
    const res = await h.as(chair, 'GET', '/api/ikm?service=pengaduan-masyarakat&period=year&year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as Report;
    const rated = r.trend.filter((m) => m.index !== null);
    expect(rated.length).toBeGreaterThanOrEqual(5);
    // the ratings rise over the months: the last rated month above the first
    expect(rated.at(-1)!.index!).toBeGreaterThan(rated[0]!.index!);
    expect(r.respondents).toBeGreaterThanOrEqual(7);
    expect(r.suggestions.length).toBeGreaterThanOrEqual(4);
    // one walk-in stays unanswered, for trying the survey page
    const open = await h.database.query(
      'select count(*)::int as n from survey_invitations where not answered',
    );
    expect((open.rows[0] as { n: number }).n).toBe(1);
  });

  it('shows the complaint service with its index and grade on the public IKM page', async () => {
    const chair = await h.login('ketua.pokja.bkpm@sigap.test');
    const res = await h.as(null, 'GET', `/api/public/ikm?agencyId=${chair.me.agency.id}&year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const complaints = res
      .json()
      .services.find((s: { service: string }) => s.service === 'pengaduan-masyarakat');
    expect(complaints.respondents).toBeGreaterThanOrEqual(7);
    expect(complaints.grade).toMatch(/^[ABCD]$/);
  });
});
