import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';

let h: Harness;
let adminKaltim: Session;
let adminBkpm: Session;
let staff: Session;
beforeAll(async () => {
  h = await createHarness();
  adminKaltim = await h.login('admin.kaltim@sigap.test');
  adminBkpm = await h.login('admin.bkpm@sigap.test');
  staff = await h.login('pemeriksa.kaltim@sigap.test');
});
afterAll(async () => h?.close());

describe('organisation', () => {
  it('shows each agency only its own units', async () => {
    const k = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const b = (await h.as(adminBkpm, 'GET', '/api/org')).json();
    expect(k.units.map((u: { code: string }) => u.code)).toEqual(
      expect.arrayContaining(['DALAK', 'SEKSI-PROMOSI', 'SEKRETARIAT']),
    );
    expect(k.units.map((u: { code: string }) => u.code)).not.toContain('DIT-PROMWIL');
    expect(b.units.map((u: { code: string }) => u.code)).toEqual(
      expect.arrayContaining(['DIT-PROMWIL', 'DIT-SPB', 'POKJA-ADUAN', 'TU-ARSIP']),
    );
    expect(k.units.every((u: { agencyId: string }) => u.agencyId === adminKaltim.me.agency.id)).toBe(true);
  });

  it('hides the user list (emails) from non-admin staff', async () => {
    const res = await h.as(staff, 'GET', '/api/org');
    expect(res.statusCode).toBe(200);
    expect(res.json().users).toEqual([]);
  });

  it('lets an admin build a unit, a position, a user and an acting assignment', async () => {
    const org = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const dalak = org.units.find((u: { code: string }) => u.code === 'DALAK');
    const unit = await h.as(adminKaltim, 'POST', '/api/org/units', {
      parentId: dalak.id,
      code: 'SEKSI-PENGAWASAN',
      name: 'Seksi Pengawasan',
      nameEn: 'Supervision Section',
      kind: 'section',
    });
    expect(unit.statusCode).toBe(200);
    const pos = await h.as(adminKaltim, 'POST', '/api/org/positions', {
      unitId: unit.json().id,
      title: 'Kepala Seksi Pengawasan',
      titleEn: 'Head of Supervision Section',
      roles: ['kasi'],
      isHead: true,
    });
    expect(pos.statusCode).toBe(200);
    const user = await h.as(adminKaltim, 'POST', '/api/org/users', {
      email: 'Kasi.Pengawasan@sigap.test',
      name: 'Kasi Pengawasan',
      password: 'a-long-password',
    });
    expect(user.statusCode).toBe(200);
    expect(user.json().email).toBe('kasi.pengawasan@sigap.test');
    expect(user.json()).not.toHaveProperty('passwordHash');
    const acting = await h.as(adminKaltim, 'POST', '/api/org/assignments', {
      userId: user.json().id,
      positionId: pos.json().id,
      kind: 'plt',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
    });
    expect(acting.statusCode).toBe(200);
    const s = await h.login('kasi.pengawasan@sigap.test', 'a-long-password');
    expect(s.me.roles).toEqual(['kasi']);
    const me = (await h.as(s, 'GET', '/api/auth/me')).json();
    expect(me.positions[0]).toMatchObject({
      kind: 'plt',
      endsOn: '2026-11-30',
      unitName: 'Seksi Pengawasan',
    });
    // after the acting period the position and its role are gone
    const saved = h.now;
    h.now = new Date('2026-12-01T01:00:00Z');
    try {
      const later = await h.login('kasi.pengawasan@sigap.test', 'a-long-password');
      expect(later.me.roles).toEqual([]);
    } finally {
      h.now = saved;
    }
  });

  it('requires an end date for acting officials and names the field', async () => {
    const org = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const res = await h.as(adminKaltim, 'POST', '/api/org/assignments', {
      userId: org.users[0].id,
      positionId: org.positions[0].id,
      kind: 'plh',
      startsOn: '2026-11-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ field: 'endsOn', rule: 'required' });
    const backwards = await h.as(adminKaltim, 'POST', '/api/org/assignments', {
      userId: org.users[0].id,
      positionId: org.positions[0].id,
      kind: 'plh',
      startsOn: '2026-11-10',
      endsOn: '2026-11-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0]).toMatchObject({ field: 'endsOn', rule: 'date_range' });
  });

  it('refuses staff without the admin role', async () => {
    const org = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const res = await h.as(staff, 'POST', '/api/org/units', {
      parentId: org.units[0].id,
      code: 'X',
      name: 'Unit X',
      nameEn: 'Unit X',
      kind: 'section',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it("never touches another agency's data, whatever the role", async () => {
    const bkpm = (await h.as(adminBkpm, 'GET', '/api/org')).json();
    const bkpmUnit = bkpm.units.find((u: { code: string }) => u.code === 'DIT-SPB');
    const bkpmUser = bkpm.users[0];
    const bkpmPosition = bkpm.positions[0];
    const patch = await h.as(adminKaltim, 'PATCH', `/api/org/units/${bkpmUnit.id}`, { name: 'Dibajak' });
    expect(patch.statusCode).toBe(404);
    const del = await h.as(adminKaltim, 'DELETE', `/api/org/units/${bkpmUnit.id}`);
    expect(del.statusCode).toBe(404);
    const userPatch = await h.as(adminKaltim, 'PATCH', `/api/org/users/${bkpmUser.id}`, { active: false });
    expect(userPatch.statusCode).toBe(404);
    const posPatch = await h.as(adminKaltim, 'PATCH', `/api/org/positions/${bkpmPosition.id}`, {
      roles: ['admin'],
    });
    expect(posPatch.statusCode).toBe(404);
    // a Kaltim unit cannot be hung under a BKPM unit, nor a BKPM user be given a Kaltim position
    const kaltim = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const hang = await h.as(adminKaltim, 'POST', '/api/org/units', {
      parentId: bkpmUnit.id,
      code: 'HANG',
      name: 'Gantung',
      nameEn: 'Hang',
      kind: 'section',
    });
    expect(hang.statusCode).toBe(400);
    expect(hang.json().fields[0].field).toBe('parentId');
    const assign = await h.as(adminKaltim, 'POST', '/api/org/assignments', {
      userId: bkpmUser.id,
      positionId: kaltim.positions[0].id,
      kind: 'definitive',
      startsOn: '2026-01-01',
    });
    expect(assign.statusCode).toBe(400);
    expect(assign.json().fields[0].field).toBe('userId');
    // and the BKPM unit is unchanged
    const after = (await h.as(adminBkpm, 'GET', '/api/org')).json();
    expect(after.units.find((u: { id: string }) => u.id === bkpmUnit.id).name).toBe(bkpmUnit.name);
  });

  it('refuses a cycle in the unit tree and a delete that would orphan positions', async () => {
    const org = (await h.as(adminKaltim, 'GET', '/api/org')).json();
    const bidPm = org.units.find((u: { code: string }) => u.code === 'BID-PM');
    const seksi = org.units.find((u: { code: string }) => u.code === 'SEKSI-PROMOSI');
    const cycle = await h.as(adminKaltim, 'PATCH', `/api/org/units/${bidPm.id}`, { parentId: seksi.id });
    expect(cycle.statusCode).toBe(400);
    const del = await h.as(adminKaltim, 'DELETE', `/api/org/units/${seksi.id}`, undefined, 'en');
    expect(del.statusCode).toBe(409);
    expect(del.json().message).toMatch(/position/);
  });

  it('deactivating a user ends their sessions', async () => {
    const victim = await h.login('fungsional.kaltim@sigap.test');
    const res = await h.as(adminKaltim, 'PATCH', `/api/org/users/${victim.me.user.id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect((await h.as(victim, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await h.as(null, 'POST', '/api/auth/login', {
      email: 'fungsional.kaltim@sigap.test',
      password: 'sigap-demo-2026',
    });
    expect(again.statusCode).toBe(403);
  });
});
