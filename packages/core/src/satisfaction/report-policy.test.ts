import { describe, expect, it } from 'vitest';
import { type Actor, can } from '../policy/policy';

const actor = (roles: Actor['roles'], agencyId = 'A'): Actor => ({
  userId: 'u',
  agencyId,
  centralAgency: false,
  roles,
  unitIds: [],
  scopeUnitIds: [],
});

describe('satisfaction.report.read', () => {
  it('leaders, the complaint chair and administrators of the agency; not staff, officers or another agency', () => {
    for (const r of ['direktur', 'kepala_dinas', 'complaint_wg_chair', 'admin'] as const)
      expect(can(actor([r]), 'satisfaction.report.read', { agencyId: 'A' }), r).toBe(true);
    for (const r of ['staf', 'complaint_officer', 'complaint_wg_member'] as const)
      expect(can(actor([r]), 'satisfaction.report.read', { agencyId: 'A' }), r).toBe(false);
    expect(can(actor(['admin'], 'B'), 'satisfaction.report.read', { agencyId: 'A' })).toBe(false);
  });
});
