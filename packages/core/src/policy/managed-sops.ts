import type { Role } from '@sigap/contracts';
import { COMPLAINT_SOP_KEY } from '../complaints/rules';
import { COMPLAINT_ROLES, CONTROL_ROLES, SERVICE_REQUEST_ROLES } from './policy';

/** Case actions the generic case page offers. */
export type GenericCaseAction =
  | 'claim'
  | 'dispose'
  | 'saveDraft'
  | 'complete'
  | 'reassign'
  | 'returnToPrevious'
  | 'pause'
  | 'resume'
  | 'cancel';

/** Actions that work on a task's step (its form): refused on a step the module completes. */
const WORK_ACTIONS: readonly GenericCaseAction[] = ['saveDraft', 'complete', 'returnToPrevious'];

/** Actions that move a task between people: who may do them, and to whom, is the managing module's rule. */
export const DIRECTING_ACTIONS: readonly GenericCaseAction[] = ['claim', 'dispose', 'reassign'];

/**
 * An SOP whose cases a domain module drives (a complaint drives the complaint SOP). Its steps
 * are completed on the module's page, which also writes the module's record, the public
 * tracking and the emails; the generic case page may only move its tasks, and only within the
 * module's team.
 */
export interface ManagedSop {
  module: string;
  /** The people who handle the module's records: only they may move its tasks or receive them. */
  teamRoles: readonly Role[];
  /** What the generic case page may still do on such a case. */
  genericActions: readonly GenericCaseAction[];
  /**
   * The step ids the module's code completes by name. A definition of the SOP (shipped or an
   * agency's version) without one of them is refused when it is loaded or published, so a
   * renumbered step stops the start with a clear message instead of breaking the module later.
   */
  steps: readonly string[];
}

/**
 * The complaint SOP's steps (Perka BKPM 12/2015, Lampiran I-III) by what the complaint module
 * does at each; its code names a step only through this table, and the loader refuses a
 * definition of the SOP that lacks one of them.
 */
export const COMPLAINT_STEP = {
  /** Receive, record on Form A/B/C and give the first response. */
  intake: 's1',
  /** Decision: can the officer settle it at once? */
  settleAtOnce: 's2',
  /** The officer settles it and answers the reporter. */
  settle: 's3',
  /** The settled complaint is reported to the working group's chair. */
  reportToChair: 's4',
  /** Not settled at once: forwarded with its forms to the chair. */
  forward: 's5',
  /** The working group examines the complaint. */
  examine: 's6',
  /** Coordination with units, ministries, regions and businesses. */
  coordinate: 's7',
  /** Decision: is a follow-up meeting needed? */
  meetingNeeded: 's8',
  /** The follow-up meeting and its minutes (Berita Acara Rapat). */
  meeting: 's9',
  /** The answer to the reporter (email, letter or mass media). */
  answer: 's10',
  /** The follow-up report; the complaint closes. */
  close: 's11',
} as const;
export type TComplaintStep = (typeof COMPLAINT_STEP)[keyof typeof COMPLAINT_STEP];

/** The complaint SOP's steps the complaint module completes, in order. */
export const COMPLAINT_SOP_STEPS: readonly TComplaintStep[] = Object.values(COMPLAINT_STEP);

/** The working group's steps: the type a-e (or f) answer deadline runs over them, and units may be asked for input. */
export const COMPLAINT_WORKING_GROUP_STEPS: readonly TComplaintStep[] = [
  COMPLAINT_STEP.examine,
  COMPLAINT_STEP.coordinate,
  COMPLAINT_STEP.meetingNeeded,
  COMPLAINT_STEP.meeting,
  COMPLAINT_STEP.answer,
];

/** Key of the one-on-one meeting SOP (SK 177/2024, seed 000). */
export const ONE_ON_ONE_SOP_KEY = 'bkpm-one-on-one-meeting';
/** Key of the technical-issue facilitation SOP (seed 001). */
export const FACILITATION_SOP_KEY = 'bkpm-fasilitasi-kendala-teknis';

/**
 * The one-on-one meeting SOP's step the service-request module completes: the Deputy's decision
 * on the request letter, which is also the reply to the applicant (accepted, meeting to be
 * scheduled; or a reasoned refusal). The preparation (s2-s16) runs against the meeting date on
 * the case page until the promotion module drives it.
 */
export const ONE_ON_ONE_STEP = {
  /** The request letter is received and decided; the applicant gets the reply within 5 working days. */
  reply: 's1',
} as const;

/** The facilitation SOP's steps (seed 001, 6 steps) by what the service-request module does at each. */
export const FACILITATION_STEP = {
  /** The request letter is received (its contents a-g and the proposed date). */
  receive: 's1',
  /** Registered in e-office and disposed by the Deputy to the Director. */
  register: 's2',
  /** The Director assigns an officer of the SPB unit. */
  assign: 's3',
  /** Decision: can it be held at the proposed time? */
  facilitate: 's4',
  /** Rescheduled as agreed with the applicant. */
  reschedule: 's5',
  /** Done: online meeting or reply letter (priority service noted). */
  finish: 's6',
} as const;

/** Key of the LKPM verification SOP (seed 004, SOP 067/006). */
export const LKPM_SOP_KEY = 'dalak-067-006';

/**
 * The LKPM verification SOP's steps (067/006, 9 steps) by what the investment-control module
 * does at each. Staff recording a report's submission (or its correction) completes the
 * helpdesk's intake (s1-s2); the verifier's approval completes s3-s5 (yes) and the report and
 * evaluation steps to the archive (s6-s9), ending the case; a return completes s3-s5 (no),
 * which sends the case back to s1 until the company's correction is filed.
 */
export const LKPM_STEP = {
  /** The company files the LKPM (recorded by the helpdesk). */
  submit: 's1',
  /** The helpdesk identifies the business actor in the system. */
  identify: 's2',
  /** The verifier identifies the company's OSS RBA data. */
  checkLicences: 's3',
  /** The verifier tracks the last LKPM filed. */
  trackLast: 's4',
  /** Decision: is the LKPM correct? yes → approved, no → returned for correction. */
  verify: 's5',
  /** The verification report. */
  report: 's6',
  /** The policy analyst's evaluation as to LKPM filing. */
  evaluate: 's7',
  /** The head of division's follow-up. */
  followUp: 's8',
  /** The documents are archived; the case ends. */
  archive: 's9',
} as const;

/** Keys of the consultation SOPs (seed 004): the LKPM helpdesk (067/008) and the virtual consultation (Kolosal, 067/007). */
export const HELPDESK_SOP_KEY = 'dalak-067-008';
export const VIRTUAL_CONSULTATION_SOP_KEY = 'dalak-067-007';

/**
 * The LKPM helpdesk SOP's steps (067/008, 8 steps) by what a consultation ticket does: the
 * ticket's intake collects the company's data from the registry (s1); the answer with its
 * outcome and minutes completes the study, the tracking of the last LKPM (linked on the
 * ticket), the advice and the helpdesk report (s2-s5). The analyst's evaluation, the head's
 * follow-up and the archive (s6-s8) are worked on the case page.
 */
export const HELPDESK_STEP = {
  collect: 's1',
  study: 's2',
  trackLkpm: 's3',
  advise: 's4',
  report: 's5',
} as const;

/**
 * The virtual consultation SOP's steps (067/007, 9 steps) by what a ticket does: intake (s1);
 * scheduling with the meeting link completes the study, the coordination and the announcement
 * (s2-s4); the outcome and minutes complete the consultation and its report (s5-s6). The
 * evaluation, follow-up and archive (s7-s9) are worked on the case page.
 */
export const VIRTUAL_CONSULTATION_STEP = {
  collect: 's1',
  study: 's2',
  coordinate: 's3',
  announce: 's4',
  hold: 's5',
  report: 's6',
} as const;

/** The SOPs a module manages, by definition key. Adding a module adds a row (and a test). */
export const MANAGED_SOPS: Readonly<Record<string, ManagedSop>> = {
  [COMPLAINT_SOP_KEY]: {
    module: 'complaints',
    teamRoles: COMPLAINT_ROLES,
    genericActions: ['claim', 'dispose', 'reassign'],
    steps: COMPLAINT_SOP_STEPS,
  },
  [ONE_ON_ONE_SOP_KEY]: {
    module: 'service-requests',
    teamRoles: SERVICE_REQUEST_ROLES,
    // the preparation after the reply (s2-s16) is worked on the case page until the promotion
    // module drives it; never the reply itself (a module step), and never back to it
    genericActions: ['claim', 'dispose', 'reassign', 'saveDraft', 'complete'],
    steps: Object.values(ONE_ON_ONE_STEP),
  },
  [FACILITATION_SOP_KEY]: {
    module: 'service-requests',
    teamRoles: SERVICE_REQUEST_ROLES,
    genericActions: ['claim', 'dispose', 'reassign'],
    steps: Object.values(FACILITATION_STEP),
  },
  [LKPM_SOP_KEY]: {
    module: 'investment-control',
    teamRoles: CONTROL_ROLES,
    genericActions: ['claim', 'dispose', 'reassign'],
    steps: Object.values(LKPM_STEP),
  },
  [HELPDESK_SOP_KEY]: {
    module: 'investment-control',
    teamRoles: CONTROL_ROLES,
    // the evaluation, follow-up and archive after the answer are worked on the case page
    genericActions: ['claim', 'dispose', 'reassign', 'saveDraft', 'complete'],
    steps: Object.values(HELPDESK_STEP),
  },
  [VIRTUAL_CONSULTATION_SOP_KEY]: {
    module: 'investment-control',
    teamRoles: CONTROL_ROLES,
    genericActions: ['claim', 'dispose', 'reassign', 'saveDraft', 'complete'],
    steps: Object.values(VIRTUAL_CONSULTATION_STEP),
  },
};

export function managedSop(definitionKey: string): ManagedSop | null {
  return MANAGED_SOPS[definitionKey] ?? null;
}

const hasAny = (roles: readonly Role[], wanted: readonly Role[]) => wanted.some((r) => roles.includes(r));

/** Whether someone holding `roles` belongs to the team of the module that manages the SOP (everyone for an unmanaged SOP). */
export function inManagingTeam(definitionKey: string, roles: readonly Role[]): boolean {
  const m = managedSop(definitionKey);
  return !m || hasAny(roles, m.teamRoles);
}

/**
 * Whether the generic case page may do `action` on a case of the SOP: any action on an
 * unmanaged SOP; on a managed one only its `genericActions`, and only the ones that move
 * tasks, by its team. `false` with `reason: 'module'` means "do it on the module's page".
 */
export function genericActionAllowed(
  definitionKey: string,
  action: GenericCaseAction,
  actorRoles: readonly Role[],
  stepId?: string,
): { ok: true } | { ok: false; reason: 'module' | 'team' } {
  const m = managedSop(definitionKey);
  if (!m) return { ok: true };
  if (!m.genericActions.includes(action)) return { ok: false, reason: 'module' };
  // a step the module completes by name (a one-on-one's reply) is never worked on the case page,
  // which would skip the module's record, emails and public tracking
  if (stepId !== undefined && WORK_ACTIONS.includes(action) && m.steps.includes(stepId))
    return { ok: false, reason: 'module' };
  if (DIRECTING_ACTIONS.includes(action) && !hasAny(actorRoles, m.teamRoles))
    return { ok: false, reason: 'team' };
  return { ok: true };
}

/** Definition keys whose records the actor is not on the team of: their content and documents stay with the team. */
export function foreignManagedKeys(actorRoles: readonly Role[]): string[] {
  return Object.entries(MANAGED_SOPS)
    .filter(([, m]) => !hasAny(actorRoles, m.teamRoles))
    .map(([key]) => key);
}

/** The steps a managed SOP's definition lacks that its module needs, as problems naming SOP and step. */
export function managedSopProblems(def: {
  key: string;
  steps: ReadonlyArray<{ id: string }>;
}): Array<{ stepId: string; rule: 'managed-step'; message: string }> {
  const m = managedSop(def.key);
  if (!m) return [];
  const ids = new Set(def.steps.map((s) => s.id));
  return m.steps
    .filter((id) => !ids.has(id))
    .map((id) => ({
      stepId: id,
      rule: 'managed-step' as const,
      message: `SOP ${def.key} is driven by the ${m.module} module, which completes step ${id}; the definition has no step ${id}`,
    }));
}

/**
 * Whether a shipped definition's `managedBy` agrees with `MANAGED_SOPS`: a managed SOP must say
 * which module drives it, and an SOP may not claim a module that does not manage its key.
 */
export function managedByProblems(def: {
  key: string;
  managedBy?: string | undefined;
}): Array<{ rule: 'managed-by'; message: string }> {
  const m = managedSop(def.key);
  if (m && def.managedBy !== m.module)
    return [
      {
        rule: 'managed-by',
        message: `SOP ${def.key} is driven by the ${m.module} module: the definition must say managedBy: ${m.module}${def.managedBy ? ` (it says ${def.managedBy})` : ''}`,
      },
    ];
  if (!m && def.managedBy)
    return [
      {
        rule: 'managed-by',
        message: `SOP ${def.key} says managedBy: ${def.managedBy}, but no module manages an SOP with this key`,
      },
    ];
  return [];
}
