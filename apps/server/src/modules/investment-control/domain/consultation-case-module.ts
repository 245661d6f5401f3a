import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { HELPDESK_SOP_KEY, inManagingTeam, VIRTUAL_CONSULTATION_SOP_KEY } from '@sigap/core';
import type { CaseModuleHooks } from '../../../platform/use-cases/cases/case-modules';
import { consultationsOfCases, findConsultationByCase } from '../repository/consultations';

/**
 * The module's answers about consultation cases (SOP 067/008 helpdesk, 067/007 virtual
 * consultation). A ticket is not confidential: its content is hidden only from another agency;
 * the contact behind it is the control division's to see, and the case page links the ticket.
 */
function consultationCaseModule(definitionKey: string): CaseModuleHooks {
  return {
    definitionKey,
    async hiddenContent(db, actor, caseIds) {
      const rows = await consultationsOfCases(db, caseIds);
      return new Set(rows.filter((r) => r.agencyId !== actor.agencyId).map((r) => r.caseId!));
    },
    async identityVisible(db, actor, caseId) {
      const rows = await consultationsOfCases(db, [caseId]);
      return inManagingTeam(definitionKey, actor.roles) && rows.every((r) => r.agencyId === actor.agencyId);
    },
    async recordOfCase(db, actor, caseId) {
      const t = await findConsultationByCase(db, caseId);
      if (!t) return null;
      return {
        id: t.id,
        path: pagePath(OFFICE_PAGES.consultation, { id: t.id }),
        mayOpen: t.agencyId === actor.agencyId && inManagingTeam(definitionKey, actor.roles),
      };
    },
  };
}

export const helpdeskCaseModule = consultationCaseModule(HELPDESK_SOP_KEY);
export const virtualConsultationCaseModule = consultationCaseModule(VIRTUAL_CONSULTATION_SOP_KEY);
