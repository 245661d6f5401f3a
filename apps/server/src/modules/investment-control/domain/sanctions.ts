import {
  SANCTION_COMPLY_DAYS,
  SANCTION_STAGES,
  type TSanction,
  type TSanctionStage,
} from '@sigap/contracts/investment-control';
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from '@sigap/core';
import { localDate } from '../../../platform/lib/local-date';
import type { SanctionListRow } from '../repository/sanctions';

/** SOP of revocation by court decision (Pencabutan berdasarkan putusan pengadilan). */
export const COURT_REVOCATION_SOP = 'dalak-067-013';

/**
 * The ladder: the step after the company's last open one (the first warning when none is open),
 * null after a revocation. A complied step closes the ladder: the next violation starts again
 * from the first warning.
 */
export function nextSanctionStage(lastOpen: TSanctionStage | null, revoked: boolean): TSanctionStage | null {
  if (revoked) return null;
  if (!lastOpen) return 'warning_1';
  const i = SANCTION_STAGES.indexOf(lastOpen);
  return SANCTION_STAGES[i + 1] ?? null;
}

/**
 * The last day to comply with a written warning issued on `issuedOn` (a working day): the
 * N-th working day after it on the agency's calendar (30, 15 or 10 working days), null for
 * suspension and revocation. The count starts at the issue day's opening (taken from the evening
 * before, local time in every Indonesian zone), so N working days later is the N-th working day
 * after the issue date.
 */
export function complyByDate(cal: WorkingCalendar, stage: TSanctionStage, issuedOn: string): string | null {
  const days = SANCTION_COMPLY_DAYS[stage];
  if (days === undefined) return null;
  if (!isWorkingDay(cal, issuedOn)) throw new RangeError(`${issuedOn} is not a working day`);
  const eveningBefore = new Date(Date.parse(`${issuedOn}T00:00:00Z`) - 12 * 3600_000);
  return localDate(addWorkingDays(cal, eveningBefore, days), cal.timeZone);
}

export function sanctionView(r: SanctionListRow, today: string): TSanction {
  const s = r.sanction;
  return {
    id: s.id,
    companyId: s.companyId,
    companyNib: r.companyNib,
    companyName: r.companyName,
    licenceId: s.licenceId,
    licenceNumber: r.licenceNumber,
    stage: s.stage as TSanction['stage'],
    basis: s.basis as TSanction['basis'],
    issuedOn: s.issuedOn,
    complyBy: s.complyBy,
    status: s.status as TSanction['status'],
    compliedOn: s.compliedOn,
    overdue: s.status === 'open' && s.complyBy !== null && s.complyBy < today,
    documentId: s.documentId,
    caseId: s.caseId,
    courtDecisionNumber: s.courtDecisionNumber,
    note: s.note,
    createdAt: s.createdAt.toISOString(),
    inspectionId: s.inspectionId,
    caseNumber: r.caseNumber,
    caseSop: r.caseSop,
    document: r.document,
  };
}

/** The company's last open step (highest on the ladder) and whether it was ever revoked. */
export function ladderState(rows: readonly { stage: string; status: string }[]): {
  lastOpen: TSanctionStage | null;
  revoked: boolean;
} {
  let lastOpen: TSanctionStage | null = null;
  let revoked = false;
  for (const r of rows) {
    const stage = r.stage as TSanctionStage;
    if (stage === 'revocation') revoked = true;
    if (r.status !== 'open') continue;
    if (!lastOpen || SANCTION_STAGES.indexOf(stage) > SANCTION_STAGES.indexOf(lastOpen)) lastOpen = stage;
  }
  return { lastOpen, revoked };
}
