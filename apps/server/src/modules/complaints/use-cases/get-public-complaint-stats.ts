import type { TPublicStats } from '@sigap/contracts/complaints';
import { localYear, summariseYear, yearPeriod } from '@sigap/core/complaints';
import { findAgency } from '../../../platform/db/repositories/org';
import { notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { listStatsRows } from '../repository/complaint-reports';

/**
 * Public complaint statistics of one agency and year (no login): how many complaints were
 * received, how many got their answer and how many of those within the deadline, the mean
 * working days to answer on the agency's calendar, and counts by type, channel and month.
 * Counts only: no text, no tracking numbers, nothing that identifies a reporter; confidential
 * complaints are counted like any other and nothing more. The year is the agency's local
 * year of receipt (this year unless given).
 */
export async function getPublicComplaintStats(
  { db, now }: Ctx,
  query: { agencyId: string; year?: number | undefined },
): Promise<TPublicStats> {
  const agency = await findAgency(db, query.agencyId);
  if (!agency) throw notFound();
  const year = query.year ?? localYear(now, agency.timeZone);
  const { start, end } = yearPeriod(year, agency.timeZone);
  const [rows, calendar] = await Promise.all([
    listStatsRows(db, agency.id, start, end),
    loadWorkingCalendar(db, agency),
  ]);
  return { agencyName: agency.name, year, ...summariseYear(rows, calendar) };
}
