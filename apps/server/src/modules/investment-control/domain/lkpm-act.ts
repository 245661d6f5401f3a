import type { TLkpmReport, TLkpmStatus } from '@sigap/contracts/investment-control';
import { type Action, assertCan, type WorkingCalendar } from '@sigap/core';
import { AppError, notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx, Db } from '../../../platform/use-cases/context';
import {
  findCompany,
  findLkpmReport,
  findLkpmReportForUpdate,
  type LkpmReportRow,
} from '../repository/lkpm-reports';
import { LKPM_STATUS_LABEL, lkpmReportView } from './lkpm';

/** What an action on a report works with, in its transaction. */
export interface LkpmActCtx {
  tx: Db;
  report: LkpmReportRow;
  companyName: string;
  calendar: WorkingCalendar;
}

/**
 * Runs one change of an existing report: the permission first (another agency's report is
 * "not found"; a reader without the permission is refused), then the report locked, its status
 * checked against `from` (409 naming its status otherwise), and `act` in one transaction. Answers the report as it now stands.
 */
export async function actOnLkpmReport(
  ctx: AuthedCtx,
  id: string,
  opts: { action: Action; from: readonly TLkpmStatus[] },
  act: (h: LkpmActCtx) => Promise<void>,
): Promise<TLkpmReport> {
  const { db, actor } = ctx;
  const first = await findLkpmReport(db, id);
  if (!first || first.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, opts.action, { agencyId: first.agencyId });
  const calendar = await loadWorkingCalendar(db, actor.agency);
  await db.transaction(async (tx) => {
    const report = await findLkpmReportForUpdate(tx, id);
    if (!report || report.agencyId !== actor.agencyId) throw notFound();
    if (!opts.from.includes(report.status as TLkpmStatus))
      throw new AppError('LKPM_WRONG_STATUS', { status: LKPM_STATUS_LABEL[report.status as TLkpmStatus] });
    const company = await findCompany(tx, report.companyId);
    await act({ tx, report, companyName: company?.name ?? '', calendar });
  });
  const after = await findLkpmReport(db, id);
  if (!after) throw notFound();
  return lkpmReportView(db, after, actor);
}
