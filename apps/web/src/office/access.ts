import type { Role } from '@sigap/contracts';
import { type Action, rolesFor } from '@sigap/core';

/**
 * Who sees which office pages and buttons, read from the server's permission table
 * (`POLICY` in `@sigap/core`), so the roles are written once. The server still decides every
 * request; these only keep the navigation and the buttons honest.
 */
function roles(action: Action): readonly Role[] {
  const granted = rolesFor(action);
  if (!granted) throw new Error(`${action} is open to every staff member: no role list to show`);
  return granted;
}

/** Leaders and administrators: who sees SOP analytics (the router and the navigation share it). */
export const ANALYTICS_ROLES = roles('analytics.read');

export const ADMIN_ROLES = roles('org.manage');

/** The administration office and administrators: number letters by hand, cancel numbers, keep the agenda book. */
export const LETTER_MANAGER_ROLES = roles('letterNumber.manage');

/** Who reads the letter-number register: the administration office, administrators and leaders. */
export const LETTER_REGISTER_ROLES = roles('letterNumber.read');

/** The complaint team (Perka BKPM 12/2015): officers, working group members and chair. */
export const COMPLAINT_ROLES = roles('complaint.handle');

/** Who reads the daily tally and the weekly recap: the team, the head of the agency, administrators. */
export const COMPLAINT_REPORT_ROLES = roles('complaint.report.read');
