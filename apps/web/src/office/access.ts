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

/** Who keeps the organisation chart and the staff accounts. */
export const ORG_MANAGER_ROLES = roles('org.manage');

/** Who keeps the agency's working calendar (and is warned when next year's is not set up). */
export const CALENDAR_MANAGER_ROLES = roles('calendar.manage');

/** Who reads the audit log and checks its hash chain. */
export const AUDIT_ROLES = roles('audit.read');

/** Who imports SOP tables and publishes the agency's own SOP versions. */
export const SOP_MANAGER_ROLES = roles('sop.manage');

/** Who edits and publishes the agency's document templates. */
export const TEMPLATE_MANAGER_ROLES = roles('template.manage');

/** Who sees every unit's work and analytics, whatever the unit scope. */
export const ALL_UNITS_ROLES = roles('agency.readAll');

/** The administration office and administrators: number letters by hand, cancel numbers, keep the agenda book. */
export const LETTER_MANAGER_ROLES = roles('letterNumber.manage');

/** Who reads the letter-number register: the administration office, administrators and leaders. */
export const LETTER_REGISTER_ROLES = roles('letterNumber.read');

/** Who sets the agency's letter-number pattern. */
export const LETTER_PATTERN_ROLES = roles('letterPattern.manage');

/** The complaint team (Perka BKPM 12/2015): officers, working group members and chair. */
export const COMPLAINT_ROLES = roles('complaint.handle');

/**
 * The complaint officers, who take complaints in: they confirm the ones that arrive by email and
 * record the ones that come by letter, phone or in person ("Catat pengaduan").
 */
export const COMPLAINT_INTAKE_ROLES = roles('complaintDraft.handle');

/** Who reads the daily tally and the weekly recap: the team, the head of the agency, administrators. */
export const COMPLAINT_REPORT_ROLES = roles('complaint.report.read');

/** The service-request team (issue 10): administration offices, deputies, directors and officers. */
export const SERVICE_REQUEST_ROLES = roles('serviceRequest.read');

/** Who registers a service request from a letter or an email: the administration office. */
export const SERVICE_REQUEST_INTAKE_ROLES = roles('serviceRequest.register');

/** Who reads the satisfaction survey's IKM report: leaders (the complaint chair among them) and administrators. */
export const IKM_REPORT_ROLES = roles('satisfaction.report.read');

/** Who reads the control division's registry, dashboards and supervision plan (issue 11). */
export const CONTROL_READ_ROLES = roles('control.read');

/** Who imports OSS exports into the registry and the LKPM reports: the division and administrators. */
export const CONTROL_IMPORT_ROLES = roles('control.import');

/** Who generates the supervision plan and works on its visits: the control division. */
export const CONTROL_MANAGE_ROLES = roles('control.manage');

/** Who verifies LKPM reports (SOP 067/006): the verifier team and the head of division. */
export const LKPM_VERIFY_ROLES = roles('lkpm.verify');
