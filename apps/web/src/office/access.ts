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
