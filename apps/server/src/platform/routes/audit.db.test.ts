import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../testing/harness';
import { verifyEventChains } from '../db/repositories/event-log';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('event log hash chain', () => {
  it('verifies the demo data and records changes with before/after', async () => {
    const admin = await h.login('admin.kaltim@sigap.test');
    const org = (await h.as(admin, 'GET', '/api/org')).json();
    const unit = org.units.find((u: { code: string }) => u.code === 'DALAK');
    await h.as(admin, 'PATCH', `/api/org/units/${unit.id}`, { nameEn: 'Control Division' });
    const res = await h.as(admin, 'GET', '/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBroken: null });
    const events = (await h.as(admin, 'GET', '/api/audit/events?limit=5')).json().events;
    expect(events[0]).toMatchObject({ action: 'unit.updated', entityId: unit.id, actorName: 'Admin Kaltim' });
    expect((await verifyEventChains(h.database.db)).ok).toBe(true);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    await expect(h.database.query(`update event_log set action = 'x' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(h.database.query('delete from event_log')).rejects.toThrow(/append-only/);
  });

  it('is not readable by staff without the admin role', async () => {
    const s = await h.login('pengolah.kaltim@sigap.test');
    expect((await h.as(s, 'GET', '/api/audit/verify')).statusCode).toBe(403);
  });

  it('keeps chains consistent under concurrent writes', async () => {
    const admin = await h.login('admin.bkpm@sigap.test');
    const org = (await h.as(admin, 'GET', '/api/org')).json();
    const root = org.units.find((u: { kind: string }) => u.kind === 'agency');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.as(admin, 'POST', '/api/org/units', {
          parentId: root.id,
          code: `PAR-${i}`,
          name: `Unit paralel ${i}`,
          nameEn: `Parallel ${i}`,
          kind: 'section',
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const bkpm = await verifyEventChains(h.database.db, { chain: admin.me.agency.id });
    expect(bkpm).toMatchObject({ ok: true });
    const dup = (
      await h.database.query(
        `select chain, seq, count(*) from event_log group by chain, seq having count(*) > 1`,
      )
    ).rows;
    expect(dup).toEqual([]);
  });
  // runs last: it breaks a chain on purpose
  it('reports the first altered row when someone bypasses the trigger', async () => {
    const [target] = (
      await h.database.query(`select id, chain, seq from event_log where seq = 3 order by chain limit 1`)
    ).rows as Array<{
      id: string;
      chain: string;
      seq: number;
    }>;
    await h.database.exec(`
      alter table event_log disable trigger event_log_no_update;
      update event_log set after = jsonb_set(coalesce(after, '{}'::jsonb), '{name}', '"tampered"') where id = '${target!.id}';
      alter table event_log enable trigger event_log_no_update;
    `);
    const result = await verifyEventChains(h.database.db, { chain: target!.chain });
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({
      id: target!.id,
      chain: target!.chain,
      seq: Number(target!.seq),
      reason: 'hash',
    });
  });
});
