import { LEADER_ROLES, type Role } from '@sigap/contracts';

/**
 * Who is acting. Built per request from the user's current positions, acting (Plt/Plh)
 * assignments included, so that permissions follow the organisation chart of that day.
 */
export interface Actor {
  userId: string;
  agencyId: string;
  /** The agency is the central ministry; its administrators keep the national calendar. */
  centralAgency: boolean;
  roles: readonly Role[];
  /** Units in which the user holds a position today. */
  unitIds: readonly string[];
  /** Units the user may see work of: own units, plus every unit below a unit the user heads. */
  scopeUnitIds: readonly string[];
}

/** What is acted on. `agencyId: null` marks installation-wide data (the national calendar). */
export interface Resource {
  agencyId: string | null;
  unitId?: string | null;
  ownerUserId?: string | null;
}

/** The complaint team: officers and the working group (chair and members). */
export const COMPLAINT_ROLES: readonly Role[] = [
  'complaint_officer',
  'complaint_wg_chair',
  'complaint_wg_member',
];

/**
 * The investment control division (seed 004): the head of division, its officers, examiners,
 * analysts and the LKPM helpdesk and verifier teams.
 */
export const CONTROL_ROLES: readonly Role[] = [
  'kabid',
  'pengolah',
  'pemeriksa_pm',
  'analis_kebijakan',
  'pengadministrasi',
  'fungsional',
  'helpdesk_lkpm',
  'verifikator_lkpm',
];

/**
 * The service-request team (SK 177/2024 and seed 001): the administration offices that register
 * letters, the deputies and directors who decide and dispose, and the officers who reply,
 * facilitate and prepare.
 */
export const SERVICE_REQUEST_ROLES: readonly Role[] = [
  'tata_usaha',
  'menteri',
  'deputi',
  'direktur',
  'staf',
  'pkpm_madya',
  'pkpm_muda',
  'pkpm_pertama',
];

type Scope = 'agency' | 'unit' | 'self' | 'national';

interface Rule {
  /** Any of these roles grants the action; absent means every staff member of the agency. */
  roles?: readonly Role[];
  scope: Scope;
}

/** The permission table. Adding an action means adding a row here and a test. */
export const POLICY = {
  'org.read': { scope: 'agency' },
  'org.manage': { roles: ['admin'], scope: 'agency' },
  'user.manage': { roles: ['admin'], scope: 'agency' },
  'calendar.read': { scope: 'agency' },
  'calendar.manage': { roles: ['admin'], scope: 'agency' },
  'calendar.manageNational': { roles: ['admin'], scope: 'national' },
  'audit.read': { roles: ['admin'], scope: 'agency' },
  'account.manage': { scope: 'self' },
  'notification.read': { scope: 'self' },
  'unit.work.read': { scope: 'unit' },
  /** Moving a task nobody can act on any more (its holder left, its lane is empty): administrators. */
  'task.recover': { roles: ['admin'], scope: 'agency' },
  /** SOP definitions: shipped ones are shared, an agency's own versions and drafts are its own. */
  'sop.read': { scope: 'agency' },
  'sop.manage': { roles: ['admin'], scope: 'agency' },
  /** Document templates: every staff member reads and previews; administrators publish the agency's versions. */
  'template.read': { scope: 'agency' },
  'template.manage': { roles: ['admin'], scope: 'agency' },
  /** SOP compliance analytics: leaders and administrators; a unit filter also needs `unit.work.read`. */
  'analytics.read': { roles: [...LEADER_ROLES, 'admin'], scope: 'agency' },
  /** Drafting an official document: any staff member (a case's documents also need the case visible). */
  'document.create': { scope: 'agency' },
  /** The archive of signed documents; each row is still filtered by `canSeeDocument`. */
  'archive.read': { scope: 'agency' },
  /** The whole archive and all analytics of the agency, whatever the unit scope: administrators. */
  'agency.readAll': { roles: ['admin'], scope: 'agency' },
  /** Sending a signed document on behalf of its drafter and signer: the administration office. */
  'document.sendAny': { roles: ['tata_usaha'], scope: 'agency' },
  /** The letter-number register: leaders read it; the administration office numbers and cancels. */
  'letterNumber.read': { roles: ['tata_usaha', 'admin', ...LEADER_ROLES], scope: 'agency' },
  'letterNumber.manage': { roles: ['tata_usaha', 'admin'], scope: 'agency' },
  'letterPattern.manage': { roles: ['admin'], scope: 'agency' },
  /** Incoming letters (agenda book) and their scans: the administration office. */
  'incomingLetter.read': { roles: ['tata_usaha', 'admin'], scope: 'agency' },
  'incomingLetter.manage': { roles: ['tata_usaha', 'admin'], scope: 'agency' },
  /**
   * Public complaints (Perka BKPM 12/2015): the complaint officers and the working group record,
   * handle and read complaints with the reporter's identity; nobody else sees a complaint except
   * through an input request to their unit (`complaintInput.answer`).
   */
  'complaint.handle': { roles: COMPLAINT_ROLES, scope: 'agency' },
  /** Confirming or rejecting a complaint that arrived by email (a draft): the complaint officers. */
  'complaintDraft.handle': { roles: ['complaint_officer'], scope: 'agency' },
  /** Every unit's input requests (to follow them up): the complaint team and administrators. */
  'complaintInput.readAll': { roles: [...COMPLAINT_ROLES, 'admin'], scope: 'agency' },
  /** Showing the reporter's identity to someone outside the complaint team: the chair or an officer, with a reason. */
  'complaint.revealIdentity': { roles: ['complaint_wg_chair', 'complaint_officer'], scope: 'agency' },
  /** Answering a working group's request for input: anyone whose unit scope covers the unit asked. */
  'complaintInput.answer': { scope: 'unit' },
  /** Daily tally and weekly recap: the complaint team, the head of the agency and administrators. */
  'complaint.report.read': {
    roles: [...COMPLAINT_ROLES, 'menteri', 'kepala_dinas', 'sekretaris', 'admin'],
    scope: 'agency',
  },
  /**
   * The satisfaction survey's IKM report (PermenPANRB 14/2017) per service, unit and period:
   * leaders (the complaint working group's chair among them) and administrators. Answers are
   * anonymous; the report carries no record, name or contact.
   */
  'satisfaction.report.read': { roles: [...LEADER_ROLES, 'admin'], scope: 'agency' },
  /** Sending the prepared weekly recap to the head of the agency (Pasal 10 ayat 2): the working-group chair. */
  'complaint.recap.send': { roles: ['complaint_wg_chair'], scope: 'agency' },
  /** The complaint settings (deadline for type f, mailbox): administrators. */
  'complaint.settings.manage': { roles: ['admin'], scope: 'agency' },
  /** Service requests (one-on-one meeting, technical facilitation): the team reads and handles them. */
  'serviceRequest.read': { roles: SERVICE_REQUEST_ROLES, scope: 'agency' },
  'serviceRequest.handle': { roles: SERVICE_REQUEST_ROLES, scope: 'agency' },
  /** Registering a request from a letter brought in person or an email: the administration office. */
  'serviceRequest.register': { roles: ['tata_usaha'], scope: 'agency' },
  /**
   * Investment control (seed 004): the registry, licences and LKPM reports are read by the
   * control division and the agency's leaders, and kept by the division.
   */
  'control.read': { roles: [...CONTROL_ROLES, 'kepala_dinas', 'sekretaris', 'admin'], scope: 'agency' },
  'control.manage': { roles: CONTROL_ROLES, scope: 'agency' },
  /** Importing OSS exports into the registry or the LKPM reports: the division and administrators. */
  'control.import': { roles: [...CONTROL_ROLES, 'admin'], scope: 'agency' },
  /** Verifying LKPM reports (SOP 067/006): approve, or return with the items to correct. */
  'lkpm.verify': { roles: ['verifikator_lkpm', 'kabid'], scope: 'agency' },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

/**
 * The roles that grant an action, or null when every staff member of the agency has it. The
 * web app shows pages and buttons from this, so the roles are written once.
 */
export function rolesFor(action: Action): readonly Role[] | null {
  const rule: Rule = POLICY[action];
  return rule.roles ?? null;
}

/**
 * Decides whether `actor` may do `action` on `resource`. Another agency's data is always
 * refused, whatever the role: tenants never see each other.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const rule: Rule = POLICY[action];
  if (rule.roles && !rule.roles.some((r) => actor.roles.includes(r))) return false;
  switch (rule.scope) {
    case 'national':
      return actor.centralAgency && (resource.agencyId === null || resource.agencyId === actor.agencyId);
    case 'agency':
      return resource.agencyId === actor.agencyId;
    case 'self':
      return resource.agencyId === actor.agencyId && resource.ownerUserId === actor.userId;
    case 'unit':
      return (
        resource.agencyId === actor.agencyId &&
        (actor.roles.includes('admin') || (!!resource.unitId && actor.scopeUnitIds.includes(resource.unitId)))
      );
  }
}

export class ForbiddenError extends Error {
  constructor(
    readonly action: Action,
    readonly resource: Resource,
  ) {
    super(`forbidden: ${action}`);
  }
}

/** Throws `ForbiddenError` unless `can` allows it. Every use case calls this before acting. */
export function assertCan(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError(action, resource);
}

/**
 * The units below each unit a user heads, plus the user's own units. `parentOf` maps
 * unit id to parent id for one agency.
 */
export function scopeUnits(
  ownUnitIds: readonly string[],
  headedUnitIds: readonly string[],
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  const scope = new Set(ownUnitIds);
  const headed = new Set(headedUnitIds);
  for (const unitId of parentOf.keys()) {
    let cur: string | null | undefined = unitId;
    const seen = new Set<string>();
    while (cur && !seen.has(cur)) {
      if (headed.has(cur)) {
        scope.add(unitId);
        break;
      }
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  }
  return [...scope];
}

/** A case as the policy sees it: its agency, the units its tasks sit in, and the people who worked on it. */
export interface CaseResource {
  agencyId: string;
  unitIds: readonly string[];
  participantUserIds: readonly string[];
}

/**
 * Who may see a case: in its agency, an administrator, anyone whose unit scope covers one of
 * its units (so a head sees the work below), or anyone who has worked on it.
 */
export function canSeeCase(actor: Actor, c: CaseResource): boolean {
  if (c.agencyId !== actor.agencyId) return false;
  if (actor.roles.includes('admin')) return true;
  if (c.participantUserIds.includes(actor.userId)) return true;
  return c.unitIds.some((u) => actor.scopeUnitIds.includes(u));
}

/** Who may start a case of an SOP: someone holding one of its lanes' roles, in their own agency. */
export function canStartCase(actor: Actor, agencyId: string, sopRoles: readonly Role[]): boolean {
  return agencyId === actor.agencyId && sopRoles.some((r) => actor.roles.includes(r));
}

/** A document as the policy sees it: its agency, its unit, the people in its chain, and whether its case is visible. */
export interface DocumentResource {
  agencyId: string;
  unitId: string;
  /** The drafter, the reviewers and the signer. */
  participantUserIds: readonly string[];
  /** For a case's document: whether the actor may see the case (`canSeeCase`); false without a case. */
  caseVisible: boolean;
}

/**
 * Who may see an official document: in its agency, an administrator, anyone in its chain,
 * anyone who may see its case, or anyone whose unit scope covers its unit. Everyone else
 * gets "not found", never its content.
 */
export function canSeeDocument(actor: Actor, d: DocumentResource): boolean {
  if (d.agencyId !== actor.agencyId) return false;
  if (actor.roles.includes('admin')) return true;
  if (d.participantUserIds.includes(actor.userId)) return true;
  if (d.caseVisible) return true;
  return actor.scopeUnitIds.includes(d.unitId);
}

/** A complaint as the identity rule sees it: its agency and the people it was revealed to. */
export interface ComplaintIdentityResource {
  agencyId: string;
  /** Users outside the complaint team the identity was revealed to, each with a logged reason. */
  revealedToUserIds: readonly string[];
}

/**
 * Who may see a reporter's identity (Form B of Perka 12/2015 promises "kerahasiaan pengirim dijamin"):
 * the complaint officers and the working group of the agency, and people it was explicitly
 * revealed to. Everybody else, administrators and leaders included, sees "hidden".
 */
export function canSeeReporterIdentity(actor: Actor, c: ComplaintIdentityResource): boolean {
  if (c.agencyId !== actor.agencyId) return false;
  if (COMPLAINT_ROLES.some((r) => actor.roles.includes(r))) return true;
  return c.revealedToUserIds.includes(actor.userId);
}
