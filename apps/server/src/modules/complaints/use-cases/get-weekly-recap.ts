import type { TWeeklyRecap } from '@sigap/contracts';
import { assertCan, previousWeekStart } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkedDate, weeklyRecapOf } from '../domain/reports';

/**
 * The weekly recap with follow-ups (Perka BKPM 12/2015 Pasal 10): the Monday-Sunday week in the
 * agency's zone containing `week`, or the last complete week. Intake by type, channel, status
 * and day; answers given in the week and those within their deadline; what was still open and
 * overdue when the week ended; one follow-up line per complaint handled in the week.
 */
export async function getWeeklyRecap(
  { db, now, actor }: AuthedCtx,
  query: { week?: string | undefined },
): Promise<TWeeklyRecap> {
  assertCan(actor, 'complaint.report.read', { agencyId: actor.agencyId });
  return weeklyRecapOf(
    db,
    actor.agency,
    checkedDate('week', query.week) ?? previousWeekStart(now, actor.agency.timeZone),
  );
}
