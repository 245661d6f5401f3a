import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { inManagingTeam, LKPM_SOP_KEY } from '@sigap/core';
import type { CaseModuleHooks } from '../../../platform/use-cases/cases/case-modules';
import { findLkpmReportByCase, lkpmReportsOfCases } from '../repository/lkpm-reports';

/**
 * The module's answers about LKPM verification cases (SOP 067/006). A report is not
 * confidential: its content is hidden only from another agency; the company behind it is the
 * control division's to see, and the case page links the report's page for the division.
 */
export const lkpmCaseModule: CaseModuleHooks = {
  definitionKey: LKPM_SOP_KEY,
  async hiddenContent(db, actor, caseIds) {
    const rows = await lkpmReportsOfCases(db, caseIds);
    return new Set(rows.filter((r) => r.agencyId !== actor.agencyId).map((r) => r.caseId!));
  },
  async identityVisible(db, actor, caseId) {
    const rows = await lkpmReportsOfCases(db, [caseId]);
    return inManagingTeam(LKPM_SOP_KEY, actor.roles) && rows.every((r) => r.agencyId === actor.agencyId);
  },
  async recordOfCase(db, actor, caseId) {
    const r = await findLkpmReportByCase(db, caseId);
    if (!r) return null;
    return {
      id: r.id,
      path: pagePath(OFFICE_PAGES.lkpmReport, { id: r.id }),
      mayOpen: r.agencyId === actor.agencyId && inManagingTeam(LKPM_SOP_KEY, actor.roles),
    };
  },
};
