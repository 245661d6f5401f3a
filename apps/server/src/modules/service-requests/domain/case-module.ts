import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { FACILITATION_SOP_KEY, inManagingTeam, ONE_ON_ONE_SOP_KEY } from '@sigap/core';
import type { CaseFlag, CaseModuleHooks } from '../../../platform/use-cases/cases/case-modules';
import { findServiceRequestByCase, serviceRequestsOfCases } from '../repository/service-requests';
import { PRIORITY_LABELS } from './labels';

/**
 * The module's answers about its cases, one entry per SOP. A request is not confidential: its
 * content is hidden only from another agency; the applicant's identity is the team's to see.
 * A request for priority service is flagged in the inbox.
 */
function hooksFor(definitionKey: string): CaseModuleHooks {
  return {
    definitionKey,
    async hiddenContent(db, actor, caseIds) {
      const rows = await serviceRequestsOfCases(db, caseIds);
      return new Set(rows.filter((r) => r.agencyId !== actor.agencyId).map((r) => r.caseId!));
    },
    async identityVisible(db, actor, caseId) {
      const rows = await serviceRequestsOfCases(db, [caseId]);
      return inManagingTeam(definitionKey, actor.roles) && rows.every((r) => r.agencyId === actor.agencyId);
    },
    async flagsOf(db, actor, caseIds) {
      const rows = await serviceRequestsOfCases(db, caseIds);
      const flags = new Map<string, CaseFlag[]>();
      for (const r of rows)
        if (r.priority && r.caseId && r.agencyId === actor.agencyId) {
          const kind = PRIORITY_LABELS[r.priority] ?? { id: r.priority, en: r.priority };
          flags.set(r.caseId, [
            { code: 'priority', label: { id: `Prioritas: ${kind.id}`, en: `Priority: ${kind.en}` } },
          ]);
        }
      return flags;
    },
    async recordOfCase(db, actor, caseId) {
      const r = await findServiceRequestByCase(db, caseId);
      if (!r) return null;
      return {
        id: r.id,
        path: pagePath(OFFICE_PAGES.serviceRequest, { id: r.id }),
        mayOpen: r.agencyId === actor.agencyId && inManagingTeam(definitionKey, actor.roles),
      };
    },
  };
}

export const serviceRequestCaseModules: CaseModuleHooks[] = [
  hooksFor(ONE_ON_ONE_SOP_KEY),
  hooksFor(FACILITATION_SOP_KEY),
];
