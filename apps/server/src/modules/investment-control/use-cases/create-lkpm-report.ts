import type { TCreateLkpmReport, TLkpmReport } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import {
  type LkpmPeriod,
  periodEnd,
  periodKindOf,
  periodLabel,
  periodsPerYear,
} from '@sigap/core/investment-control';
import { z } from 'zod';
import { AppError } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { fieldIssue } from '../../../platform/lib/validation';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmReportView, recordLkpmChange, storedValues, valuesOf } from '../domain/lkpm';
import {
  businessLinesOf,
  findCompanyForUpdate,
  findLkpmReportOfPeriod,
  insertLkpmReport,
} from '../repository/lkpm-reports';

const SCALE_LABEL: Record<string, string> = { small: 'kecil', medium: 'menengah', large: 'besar' };

/**
 * Staff enter a company's LKPM for a business line and an ended period; it is saved as a draft.
 * A micro business is exempt (400 naming `companyId`); the period kind must be the company's
 * (half-year for small, quarter for medium and large: 400 naming `periodKind`); a second report
 * for the same company, line and period is refused (409 naming the period).
 */
export async function createLkpmReport(
  { db, now, actor }: AuthedCtx,
  input: TCreateLkpmReport,
): Promise<TLkpmReport> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const period: LkpmPeriod = { year: input.periodYear, kind: input.periodKind, no: input.periodNo };
  const report = await db.transaction(async (tx) => {
    const company = await findCompanyForUpdate(tx, input.companyId);
    if (!company || company.agencyId !== actor.agencyId)
      throw new z.ZodError([fieldIssue('companyId', 'invalid')]);
    const kind = periodKindOf(company.scale);
    if (!kind) throw new z.ZodError([fieldIssue('companyId', 'lkpm_exempt')]);
    const issues: z.core.$ZodIssue[] = [];
    if (kind !== input.periodKind)
      issues.push(
        fieldIssue('periodKind', 'lkpm_period_kind', {
          scale: SCALE_LABEL[company.scale] ?? company.scale,
          expected: kind === 'half' ? 'semester' : 'triwulan',
        }),
      );
    else if (input.periodNo > periodsPerYear(kind))
      issues.push(
        fieldIssue('periodNo', 'lkpm_period_no', {
          kind: kind === 'half' ? 'semester' : 'triwulan',
          max: periodsPerYear(kind),
        }),
      );
    else if (periodEnd(period) >= localDate(now, actor.agency.timeZone))
      issues.push(fieldIssue('periodNo', 'lkpm_future_period'));
    const lines = await businessLinesOf(tx, company.id);
    const lineId = input.businessLineId ?? null;
    if (lineId && !lines.some((l) => l.id === lineId)) issues.push(fieldIssue('businessLineId', 'invalid'));
    if (!lineId && lines.length > 0) issues.push(fieldIssue('businessLineId', 'required'));
    if (issues.length) throw new z.ZodError(issues);
    const existing = await findLkpmReportOfPeriod(tx, {
      companyId: company.id,
      businessLineId: lineId,
      year: period.year,
      kind: period.kind,
      no: period.no,
    });
    if (existing) throw new AppError('LKPM_REPORT_EXISTS', { period: periodLabel(period) });
    const row = await insertLkpmReport(tx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      businessLineId: lineId,
      periodYear: period.year,
      periodKind: period.kind,
      periodNo: period.no,
      status: 'draft',
      ...storedValues(input),
      source: 'staff',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordLkpmChange(tx, {
      report: row,
      actor,
      now,
      kind: 'draft',
      after: { companyId: company.id, businessLineId: lineId, period: periodLabel(period), ...valuesOf(row) },
    });
    return row;
  });
  return lkpmReportView(db, report, actor);
}
