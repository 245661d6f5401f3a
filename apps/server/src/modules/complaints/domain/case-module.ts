import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { canSeeReporterIdentity, inManagingTeam } from '@sigap/core';
import { COMPLAINT_SOP_KEY } from '@sigap/core/complaints';
import type { CaseModuleHooks } from '../../../platform/use-cases/cases/case-modules';
import { complaintsOfCases, findComplaintByCase, listIdentityGrants } from '../repository/complaints';

/**
 * The complaint module's answers about complaint cases: a confidential complaint's content
 * stays with the complaint team (everyone else sees that it exists: number, dates, status,
 * deadlines), and the reporter's identity with the team and the people it was revealed to.
 */
export const complaintCaseModule: CaseModuleHooks = {
  definitionKey: COMPLAINT_SOP_KEY,
  async hiddenContent(db, actor, caseIds) {
    if (inManagingTeam(COMPLAINT_SOP_KEY, actor.roles)) return new Set();
    const rows = await complaintsOfCases(db, caseIds);
    return new Set(rows.filter((r) => r.confidential || r.agencyId !== actor.agencyId).map((r) => r.caseId));
  },
  async identityVisible(db, actor, caseId) {
    const rows = await complaintsOfCases(db, [caseId]);
    if (rows.length === 0) return inManagingTeam(COMPLAINT_SOP_KEY, actor.roles);
    for (const r of rows) {
      const grants = await listIdentityGrants(db, r.complaintId);
      const ok = canSeeReporterIdentity(actor, {
        agencyId: r.agencyId,
        revealedToUserIds: grants.map((g) => g.userId),
      });
      if (!ok) return false;
    }
    return true;
  },
  async recordOfCase(db, actor, caseId) {
    const c = await findComplaintByCase(db, caseId);
    if (!c) return null;
    return {
      id: c.id,
      path: pagePath(OFFICE_PAGES.complaint, { id: c.id }),
      mayOpen: c.agencyId === actor.agencyId && inManagingTeam(COMPLAINT_SOP_KEY, actor.roles),
    };
  },
};
