import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWork } from '../../seed/demo-work';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;

// Friday 11 December 2026, 14:00 WITA: the coming working days run over the weekend
beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-12-11T06:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
}, 300_000);
afterAll(async () => h?.close());

describe('the consultation demo at DPMPTSP Kaltim', () => {
  it('lists tickets of both kinds in every status, each on a registry company with its last LKPM and case', async () => {
    const pengolah = await h.login('pengolah.kaltim@sigap.test');
    const list = (await h.as(pengolah, 'GET', '/api/control/consultations?pageSize=50')).json();
    const items = list.items as Array<{
      id: string;
      kind: string;
      status: string;
      scheduledAt: string | null;
    }>;
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['received', 'scheduled', 'done', 'closed']));
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['helpdesk', 'virtual']));
    // open tickets first
    expect(items[0]!.status).toBe('received');
    for (const i of items) {
      const t = (await h.as(pengolah, 'GET', `/api/control/consultations/${i.id}`)).json();
      expect(t.caseNumber).toMatch(/^KONS-/);
      expect(t.lastLkpm).not.toBeNull();
    }
    // the scheduled one is on a coming working day (Tuesday 15 December), within office hours
    const scheduled = items.find((i) => i.status === 'scheduled')!;
    expect(scheduled.scheduledAt).toBe('2026-12-15T02:00:00.000Z');
    const done = (
      await h.as(
        pengolah,
        'GET',
        `/api/control/consultations/${items.find((i) => i.status === 'done' && i.kind === 'virtual')!.id}`,
      )
    ).json();
    expect(done.minutes).toContain('Notulen');
    expect(done.meetingLink).toMatch(/^https:\/\//);
  });
});
