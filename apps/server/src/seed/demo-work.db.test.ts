import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness';
import { seedDemoWork } from './demo-work';

let h: Harness;

beforeAll(async () => {
  // Wednesday 25 November 2026, 14:00 WIB / 15:00 WITA
  h = await createHarness({ now: new Date('2026-11-25T07:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
}, 180_000);
afterAll(async () => h?.close());

describe('a demo office with work in it', () => {
  it('gives the Kaltim head of control division work waiting for him on first login', async () => {
    const kabid = await h.login('kabid.dalak.kaltim@sigap.test');
    const inbox = (await h.as(kabid, 'GET', '/api/inbox?tab=mine')).json();
    expect(inbox.counts.mine).toBeGreaterThanOrEqual(1);
    expect(inbox.counts.unit).toBeGreaterThanOrEqual(4);
    expect(inbox.counts.overdue).toBeGreaterThanOrEqual(1);
    const memo = (await h.as(kabid, 'GET', '/api/inbox?tab=unit')).json();
    expect(memo.items.map((i: { subject: string }) => i.subject).join(' ')).toContain(
      'PT Borneo Tambang Lestari',
    );
    // the officer has a case sent back to him, and the register has numbers
    const fung = await h.login('fungsional.kaltim@sigap.test');
    const mine = (await h.as(fung, 'GET', '/api/inbox?tab=mine')).json();
    expect(mine.items.some((i: { iteration: number }) => i.iteration > 0)).toBe(true);
    const tu = await h.login('tu.kaltim@sigap.test');
    expect((await h.as(tu, 'GET', '/api/letter-numbers')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('gives the BKPM complaint officer and working group complaints in several stages', async () => {
    const officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
    const list = (await h.as(officer, 'GET', '/api/complaints?pageSize=50')).json();
    const statuses = new Set(list.items.map((c: { status: string }) => c.status));
    expect(list.total).toBeGreaterThanOrEqual(5);
    for (const s of ['received', 'with_working_group', 'closed']) expect(statuses).toContain(s);
    expect((await h.as(officer, 'GET', '/api/inbox?tab=mine')).json().counts.mine).toBeGreaterThanOrEqual(1);
    const member = await h.login('anggota.pokja.bkpm@sigap.test');
    expect((await h.as(member, 'GET', '/api/inbox?tab=mine')).json().counts.mine).toBeGreaterThanOrEqual(1);
    const direktur = await h.login('direktur.spb.bkpm@sigap.test');
    expect((await h.as(direktur, 'GET', '/api/complaint-input-requests')).json().items.length).toBe(1);
  });
});
