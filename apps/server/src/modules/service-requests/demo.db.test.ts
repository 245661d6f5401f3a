import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWork } from '../../seed/demo-work';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;

// Monday 7 December 2026, 14:00 WIB
beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-12-07T07:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
});
afterAll(async () => h?.close());

async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}

describe('demo data', () => {
  it('has requests of both services at different stages at BKPM, with one rescheduled and one priority', async () => {
    const got = await rows<{ service: string; status: string }>(
      'select service, status from service_requests order by service, status',
    );
    expect(got).toEqual([
      { service: 'fasilitasi-kendala-teknis', status: 'finished' },
      { service: 'fasilitasi-kendala-teknis', status: 'in_progress' },
      { service: 'fasilitasi-kendala-teknis', status: 'received' },
      { service: 'pertemuan-one-on-one', status: 'accepted' },
      { service: 'pertemuan-one-on-one', status: 'incomplete' },
      { service: 'pertemuan-one-on-one', status: 'received' },
    ]);
    expect(
      (await rows<{ n: number }>('select count(*)::int as n from service_request_schedules'))[0]!.n,
    ).toBe(4);
    const tuTi = await h.login('tu.ti.bkpm@sigap.test');
    const list = await h.as(tuTi, 'GET', '/api/service-requests?priority=true');
    expect(
      list
        .json()
        .items.map((i: { priority: string }) => i.priority)
        .sort(),
    ).toEqual(['disability', 'elderly']);
  });
});
