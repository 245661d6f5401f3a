import { describe, expect, it } from 'vitest';
import {
  type Actor,
  assertCan,
  can,
  canSeeCase,
  canSeeDocument,
  canSeeReporterIdentity,
  canStartCase,
  ForbiddenError,
  scopeUnits,
} from './policy';

const A = 'agency-a';
const B = 'agency-b';
const parentOf = new Map<string, string | null>([
  ['root', null],
  ['dalak', 'root'],
  ['dalak-sub', 'dalak'],
  ['promosi', 'root'],
]);

const admin: Actor = {
  userId: 'u-admin',
  agencyId: A,
  centralAgency: false,
  roles: ['admin'],
  unitIds: ['root'],
  scopeUnitIds: ['root'],
};
const kabidDalak: Actor = {
  userId: 'u-kabid',
  agencyId: A,
  centralAgency: false,
  roles: ['kabid'],
  unitIds: ['dalak'],
  scopeUnitIds: scopeUnits(['dalak'], ['dalak'], parentOf),
};
const staffPromosi: Actor = {
  userId: 'u-staf',
  agencyId: A,
  centralAgency: false,
  roles: ['staf'],
  unitIds: ['promosi'],
  scopeUnitIds: ['promosi'],
};

describe('policy', () => {
  it('lets an admin manage the organisation of its own agency only', () => {
    expect(can(admin, 'org.manage', { agencyId: A })).toBe(true);
    expect(can(admin, 'org.manage', { agencyId: B })).toBe(false);
    expect(can(admin, 'user.manage', { agencyId: B })).toBe(false);
  });

  it('refuses org management to staff without the admin role', () => {
    expect(can(kabidDalak, 'org.manage', { agencyId: A })).toBe(false);
    expect(can(staffPromosi, 'calendar.manage', { agencyId: A })).toBe(false);
    expect(can(staffPromosi, 'org.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'org.read', { agencyId: B })).toBe(false);
  });

  it('scopes unit work to own units and the subtree of headed units', () => {
    expect(kabidDalak.scopeUnitIds).toEqual(expect.arrayContaining(['dalak', 'dalak-sub']));
    expect(can(kabidDalak, 'unit.work.read', { agencyId: A, unitId: 'dalak-sub' })).toBe(true);
    expect(can(kabidDalak, 'unit.work.read', { agencyId: A, unitId: 'promosi' })).toBe(false);
    expect(can(staffPromosi, 'unit.work.read', { agencyId: A, unitId: 'dalak' })).toBe(false);
    // same unit id string in another agency is still another agency's data
    expect(can(kabidDalak, 'unit.work.read', { agencyId: B, unitId: 'dalak' })).toBe(false);
  });

  it('keeps account actions to the user themselves', () => {
    expect(can(staffPromosi, 'account.manage', { agencyId: A, ownerUserId: 'u-staf' })).toBe(true);
    expect(can(staffPromosi, 'account.manage', { agencyId: A, ownerUserId: 'u-kabid' })).toBe(false);
    expect(can(admin, 'notification.read', { agencyId: A, ownerUserId: 'u-staf' })).toBe(false);
  });

  it('lets only central-agency admins edit the national calendar', () => {
    expect(can(admin, 'calendar.manageNational', { agencyId: null })).toBe(false);
    expect(can({ ...admin, centralAgency: true }, 'calendar.manageNational', { agencyId: null })).toBe(true);
    expect(can({ ...staffPromosi, centralAgency: true }, 'calendar.manageNational', { agencyId: null })).toBe(
      false,
    );
  });

  it('assertCan throws a ForbiddenError', () => {
    expect(() => assertCan(staffPromosi, 'org.manage', { agencyId: A })).toThrow(ForbiddenError);
    expect(() => assertCan(admin, 'org.manage', { agencyId: A })).not.toThrow();
  });
});

describe('analytics', () => {
  it('lets leaders and admins read their own agency’s analytics, scoped by unit for leaders', () => {
    expect(can(kabidDalak, 'analytics.read', { agencyId: A })).toBe(true);
    expect(can(admin, 'analytics.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'analytics.read', { agencyId: A })).toBe(false);
    expect(can(kabidDalak, 'analytics.read', { agencyId: B })).toBe(false);
    expect(can(admin, 'analytics.read', { agencyId: B })).toBe(false);
    // the unit filter: a leader's subtree only, an admin anywhere in the agency
    expect(can(kabidDalak, 'unit.work.read', { agencyId: A, unitId: 'dalak-sub' })).toBe(true);
    expect(can(kabidDalak, 'unit.work.read', { agencyId: A, unitId: 'promosi' })).toBe(false);
    expect(can(admin, 'unit.work.read', { agencyId: A, unitId: 'promosi' })).toBe(true);
  });
});

describe('case visibility', () => {
  const c = { agencyId: A, unitIds: ['dalak-sub'], participantUserIds: ['u-someone'] };
  it('lets a head see the cases below and refuses another unit and another agency', () => {
    expect(canSeeCase(kabidDalak, c)).toBe(true);
    expect(canSeeCase(staffPromosi, c)).toBe(false);
    expect(canSeeCase(staffPromosi, { ...c, participantUserIds: ['u-staf'] })).toBe(true);
    expect(canSeeCase(admin, c)).toBe(true);
    expect(canSeeCase(admin, { ...c, agencyId: B })).toBe(false);
    expect(canSeeCase(kabidDalak, { ...c, agencyId: B })).toBe(false);
  });
  it('lets only holders of an SOP lane start it', () => {
    expect(canStartCase(kabidDalak, A, ['fungsional', 'kabid'])).toBe(true);
    expect(canStartCase(staffPromosi, A, ['fungsional', 'kabid'])).toBe(false);
    expect(canStartCase(kabidDalak, B, ['kabid'])).toBe(false);
  });
});

describe('SOP definitions', () => {
  it('lets every staff member read their agency’s SOPs and only an admin manage them', () => {
    expect(can(staffPromosi, 'sop.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'sop.read', { agencyId: B })).toBe(false);
    expect(can(admin, 'sop.manage', { agencyId: A })).toBe(true);
    expect(can(kabidDalak, 'sop.manage', { agencyId: A })).toBe(false);
    // another agency's drafts are not the admin's to touch
    expect(can(admin, 'sop.manage', { agencyId: B })).toBe(false);
  });
});

describe('document templates', () => {
  it('lets every staff member read and preview templates and only an admin publish its agency’s versions', () => {
    expect(can(staffPromosi, 'template.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'template.read', { agencyId: B })).toBe(false);
    expect(can(admin, 'template.manage', { agencyId: A })).toBe(true);
    expect(can(kabidDalak, 'template.manage', { agencyId: A })).toBe(false);
    expect(can(staffPromosi, 'template.manage', { agencyId: A })).toBe(false);
    expect(can(admin, 'template.manage', { agencyId: B })).toBe(false);
  });
});

describe('letter register and incoming letters', () => {
  const tataUsaha: Actor = {
    userId: 'u-tu',
    agencyId: A,
    centralAgency: false,
    roles: ['tata_usaha'],
    unitIds: ['root'],
    scopeUnitIds: ['root'],
  };
  it('lets the administration office number, cancel and register letters in its own agency only', () => {
    for (const action of ['letterNumber.manage', 'incomingLetter.manage', 'incomingLetter.read'] as const) {
      expect(can(tataUsaha, action, { agencyId: A })).toBe(true);
      expect(can(admin, action, { agencyId: A })).toBe(true);
      expect(can(tataUsaha, action, { agencyId: B })).toBe(false);
      expect(can(admin, action, { agencyId: B })).toBe(false);
      expect(can(kabidDalak, action, { agencyId: A })).toBe(false);
      expect(can(staffPromosi, action, { agencyId: A })).toBe(false);
    }
  });
  it('lets leaders read the register but not change it, and only an admin set the pattern', () => {
    expect(can(kabidDalak, 'letterNumber.read', { agencyId: A })).toBe(true);
    expect(can(kabidDalak, 'letterNumber.read', { agencyId: B })).toBe(false);
    expect(can(tataUsaha, 'letterNumber.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'letterNumber.read', { agencyId: A })).toBe(false);
    expect(can(admin, 'letterPattern.manage', { agencyId: A })).toBe(true);
    expect(can(admin, 'letterPattern.manage', { agencyId: B })).toBe(false);
    expect(can(tataUsaha, 'letterPattern.manage', { agencyId: A })).toBe(false);
  });
});

describe('documents', () => {
  const doc = { agencyId: A, unitId: 'dalak-sub', participantUserIds: ['u-drafter'], caseVisible: false };
  it('lets any staff member draft and search the archive of their own agency only', () => {
    expect(can(staffPromosi, 'document.create', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'document.create', { agencyId: B })).toBe(false);
    expect(can(staffPromosi, 'archive.read', { agencyId: A })).toBe(true);
    expect(can(admin, 'archive.read', { agencyId: B })).toBe(false);
  });
  it('shows a document to its chain, its case’s viewers and the unit scope; not to another unit or agency', () => {
    expect(canSeeDocument(kabidDalak, doc)).toBe(true);
    expect(canSeeDocument(staffPromosi, doc)).toBe(false);
    expect(canSeeDocument(staffPromosi, { ...doc, participantUserIds: ['u-staf'] })).toBe(true);
    expect(canSeeDocument(staffPromosi, { ...doc, caseVisible: true })).toBe(true);
    expect(canSeeDocument(admin, doc)).toBe(true);
    expect(canSeeDocument(admin, { ...doc, agencyId: B })).toBe(false);
    expect(canSeeDocument(kabidDalak, { ...doc, agencyId: B, participantUserIds: ['u-kabid'] })).toBe(false);
  });
});

describe('complaints', () => {
  const officer: Actor = {
    ...staffPromosi,
    userId: 'u-officer',
    roles: ['complaint_officer'],
    unitIds: ['pokja'],
  };
  const member: Actor = { ...officer, userId: 'u-member', roles: ['complaint_wg_member'] };
  const chair: Actor = { ...officer, userId: 'u-chair', roles: ['complaint_wg_chair'] };
  const complaint = { agencyId: A, revealedToUserIds: [] as string[] };
  it('lets the complaint team handle complaints of its own agency only', () => {
    for (const a of [officer, member, chair]) {
      expect(can(a, 'complaint.handle', { agencyId: A })).toBe(true);
      expect(can(a, 'complaint.handle', { agencyId: B })).toBe(false);
    }
    for (const a of [admin, kabidDalak, staffPromosi])
      expect(can(a, 'complaint.handle', { agencyId: A })).toBe(false);
  });
  it('shows the reporter only to the team and to whom it was revealed, never across agencies', () => {
    expect(canSeeReporterIdentity(officer, complaint)).toBe(true);
    expect(canSeeReporterIdentity(member, complaint)).toBe(true);
    expect(canSeeReporterIdentity(admin, complaint)).toBe(false);
    expect(canSeeReporterIdentity(kabidDalak, complaint)).toBe(false);
    expect(canSeeReporterIdentity(kabidDalak, { ...complaint, revealedToUserIds: ['u-kabid'] })).toBe(true);
    expect(canSeeReporterIdentity(officer, { ...complaint, agencyId: B })).toBe(false);
  });
  it('lets the chair and officers reveal, a unit answer its own input requests, leaders read reports', () => {
    expect(can(chair, 'complaint.revealIdentity', { agencyId: A })).toBe(true);
    expect(can(member, 'complaint.revealIdentity', { agencyId: A })).toBe(false);
    expect(can(kabidDalak, 'complaintInput.answer', { agencyId: A, unitId: 'dalak-sub' })).toBe(true);
    expect(can(staffPromosi, 'complaintInput.answer', { agencyId: A, unitId: 'dalak' })).toBe(false);
    expect(can(kabidDalak, 'complaintInput.answer', { agencyId: B, unitId: 'dalak' })).toBe(false);
    expect(can(admin, 'complaint.report.read', { agencyId: A })).toBe(true);
    expect(can(staffPromosi, 'complaint.report.read', { agencyId: A })).toBe(false);
    expect(can(admin, 'complaint.settings.manage', { agencyId: B })).toBe(false);
  });
});
