import type {
  TSupervisionPlan,
  TSupervisionVisit,
  TSupervisionVisitStatus,
} from '@sigap/contracts/investment-control';
import type { WorkingCalendar } from '@sigap/core';
import { letterDueOn } from '@sigap/core/investment-control';
import type { SupervisionPlanRow, SupervisionVisitRow } from '../repository/supervision';

/** The SOP a routine visit's work runs on. */
export const ROUTINE_SUPERVISION_SOP = 'dalak-067-009';

export interface PlanSummary {
  companies: number;
  compliant: number;
  visits: number;
  inspectors: number;
}

export function planView(p: SupervisionPlanRow): TSupervisionPlan {
  const s = p.summary as Partial<PlanSummary>;
  return {
    id: p.id,
    year: p.year,
    fromDate: p.fromDate,
    companies: s.companies ?? 0,
    compliant: s.compliant ?? 0,
    visits: s.visits ?? 0,
    inspectors: s.inspectors ?? 0,
    createdAt: p.createdAt.toISOString(),
  };
}

/**
 * A visit as the list shows it. `letterMissing`: SOP 067/009 step 3 issues the assignment letter
 * one working day before the inspection, so a visit still `planned` whose letter day has come
 * (today is that working day or later) is flagged.
 */
export function visitView(
  r: {
    visit: SupervisionVisitRow;
    companyName: string;
    nib: string;
    regency: string | null;
    riskLevel: string;
    caseNumber: string | null;
    letterDocumentStatus?: string | null;
    letterDocumentNumber?: string | null;
  },
  names: Map<string, string>,
  calendar: WorkingCalendar,
  today: string,
): TSupervisionVisit {
  const v = r.visit;
  const due = letterDueOn(calendar, v.plannedOn);
  return {
    id: v.id,
    companyId: v.companyId,
    companyName: r.companyName,
    nib: r.nib,
    regency: r.regency,
    riskLevel: r.riskLevel,
    seq: v.seq,
    plannedOn: v.plannedOn,
    inspectors: v.inspectorIds.map((id) => ({ id, name: names.get(id) ?? '?' })),
    status: v.status as TSupervisionVisitStatus,
    letterNumber: v.letterNumber,
    letterIssuedOn: v.letterIssuedOn,
    letterDueOn: due,
    letterMissing: v.status === 'planned' && today >= due,
    doneOn: v.doneOn,
    findingsCount: v.findingsCount,
    note: v.note,
    caseId: v.caseId,
    caseNumber: r.caseNumber,
    letterDocumentId: v.letterDocumentId,
    letterDocumentStatus: r.letterDocumentStatus ?? null,
    letterDocumentNumber: r.letterDocumentNumber ?? null,
  };
}
