import type { TDailyTally } from '@sigap/contracts/complaints';
import { assertCan, localDateString } from '@sigap/core';
import { dayPeriod, tallyComplaints } from '@sigap/core/complaints';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkedDate } from '../domain/reports';
import { listTallyRows } from '../repository/complaint-reports';

/**
 * The daily tally (Perka BKPM 12/2015 Pasal 10 (1): the working group records the number and
 * type of complaints every day): complaints received on one local day of the agency, by type,
 * channel and current status. Today in the agency's zone unless a date is given.
 */
export async function getDailyTally(
  { db, now, actor }: AuthedCtx,
  query: { date?: string | undefined },
): Promise<TDailyTally> {
  assertCan(actor, 'complaint.report.read', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const day = dayPeriod(checkedDate('date', query.date) ?? localDateString(now, tz), tz);
  const rows = await listTallyRows(db, actor.agencyId, day.start, day.end);
  return { date: day.from, agencyName: actor.agency.name, ...tallyComplaints(rows) };
}
