import type { Role } from '@sigap/contracts';

/** Leaders and administrators: who sees SOP analytics (the router and the navigation share it). */
export const ANALYTICS_ROLES: readonly Role[] = [
  'menteri',
  'deputi',
  'direktur',
  'kepala_dinas',
  'sekretaris',
  'kabid',
  'kasi',
  'complaint_wg_chair',
  'admin',
];

export const ADMIN_ROLES: readonly Role[] = ['admin'];

/** The administration office and administrators: number letters by hand, cancel numbers, keep the agenda book. */
export const LETTER_MANAGER_ROLES: readonly Role[] = ['tata_usaha', 'admin'];

/** Who reads the letter-number register: the administration office, administrators and leaders. */
export const LETTER_REGISTER_ROLES: readonly Role[] = ['tata_usaha', ...ANALYTICS_ROLES];

/** The complaint team (Perka BKPM 12/2015): officers, working group members and chair. */
export const COMPLAINT_ROLES: readonly Role[] = [
  'complaint_officer',
  'complaint_wg_member',
  'complaint_wg_chair',
];

/** Who reads the daily tally and the weekly recap: the team, the head of the agency, administrators. */
export const COMPLAINT_REPORT_ROLES: readonly Role[] = [
  ...COMPLAINT_ROLES,
  'menteri',
  'kepala_dinas',
  'sekretaris',
  'admin',
];
