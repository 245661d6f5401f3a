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
