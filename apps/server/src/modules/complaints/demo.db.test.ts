import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWork } from '../../seed/demo-work';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;

// Monday 7 December 2026, 14:00 WIB: the recap of the week of 30 November is due this morning
beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-12-07T07:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
}, 180_000);
afterAll(async () => h?.close());

interface Delivery {
  status: 'prepared' | 'sent';
  preparedAt: string;
  sentAt: string | null;
  sentByName: string | null;
  note: string | null;
  canSend: boolean;
}

describe('the demo weekly complaint recaps', () => {
  it('shows the chair the past weeks sent with a note and this week’s recap waiting to be sent', async () => {
    const chair = await h.login('ketua.pokja.bkpm@sigap.test');
    const delivery = async (week: string) => {
      const res = await h.as(chair, 'GET', `/api/complaints/reports/weekly?week=${week}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().delivery as Delivery | null;
    };
    const due = await delivery('2026-11-30');
    expect(due).toMatchObject({ status: 'prepared', sentAt: null, note: null, canSend: true });
    // prepared this Monday at 07:00 WIB, as the job does
    expect(due!.preparedAt).toBe('2026-12-07T00:00:00.000Z');
    for (const [week, sentAt] of [
      ['2026-11-23', '2026-11-30T02:30:00.000Z'],
      ['2026-11-16', '2026-11-23T02:30:00.000Z'],
      ['2026-11-09', '2026-11-16T02:30:00.000Z'],
    ] as const) {
      const sent = await delivery(week);
      expect(sent, week).toMatchObject({
        status: 'sent',
        sentAt,
        sentByName: 'Ratna Sari',
        canSend: false,
      });
      expect(sent!.note!.length).toBeGreaterThan(20);
    }
    // before the demo's weeks: nothing prepared
    expect(await delivery('2026-11-02')).toBeNull();

    // the chair is told the recap is ready; the head received the three sent ones
    const notices = (await h.as(chair, 'GET', '/api/notifications')).json();
    expect(
      notices.items.some(
        (n: { kind: string; link: string }) =>
          n.kind === 'complaint.weekly_recap_ready' && n.link.includes('week=2026-11-30'),
      ),
    ).toBe(true);
    const head = await h.login('menteri.bkpm@sigap.test');
    const headNotices = (await h.as(head, 'GET', '/api/notifications')).json();
    expect(
      headNotices.items.filter((n: { kind: string }) => n.kind === 'complaint.weekly_recap').length,
    ).toBe(3);
  });

  it('lets the chair send the waiting recap with a note', async () => {
    const chair = await h.login('ketua.pokja.bkpm@sigap.test');
    const res = await h.as(chair, 'POST', '/api/complaints/reports/weekly/send', {
      week: '2026-11-30',
      note: 'Diperiksa; tidak ada catatan khusus.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'sent', sentByName: 'Ratna Sari' });
  });
});
