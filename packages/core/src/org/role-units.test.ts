import { describe, expect, it } from 'vitest';
import { escalationUnits, resolveRoleUnits } from './role-units';

const units = [
  { id: 'root', parentId: null },
  { id: 'sekretariat', parentId: 'root', sortOrder: 0 },
  { id: 'bid-pm', parentId: 'root', sortOrder: 1 },
  { id: 'seksi-promosi', parentId: 'bid-pm' },
  { id: 'dalak', parentId: 'root', sortOrder: 2 },
];
const positions = [
  { unitId: 'root', roles: ['kepala_dinas'], isHead: true },
  { unitId: 'sekretariat', roles: ['sekretaris'], isHead: true },
  { unitId: 'bid-pm', roles: ['kabid'], isHead: true },
  { unitId: 'seksi-promosi', roles: ['kasi'], isHead: true },
  { unitId: 'seksi-promosi', roles: ['staf'], isHead: false },
  { unitId: 'dalak', roles: ['kabid'], isHead: true },
  { unitId: 'dalak', roles: ['fungsional'], isHead: false },
];

describe('resolveRoleUnits', () => {
  it('finds the business-forum lanes around the promotion section (seed 003)', () => {
    expect(
      resolveRoleUnits(units, positions, 'seksi-promosi', [
        'staf',
        'kasi',
        'kabid',
        'sekretaris',
        'kepala_dinas',
      ]),
    ).toEqual({
      staf: 'seksi-promosi',
      kasi: 'seksi-promosi',
      kabid: 'bid-pm',
      sekretaris: 'sekretariat',
      kepala_dinas: 'root',
    });
  });

  it('gives the DALAK Kabid, not the investment division one, to a DALAK case', () => {
    expect(resolveRoleUnits(units, positions, 'dalak', ['fungsional', 'kabid', 'pengolah'])).toEqual({
      fungsional: 'dalak',
      kabid: 'dalak',
      pengolah: null,
    });
  });

  it('lists the escalation chain upwards', () => {
    expect(escalationUnits(units, 'seksi-promosi')).toEqual(['seksi-promosi', 'bid-pm', 'root']);
  });
});
