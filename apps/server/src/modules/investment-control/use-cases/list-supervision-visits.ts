import type { TSupervisionVisitList, TSupervisionVisitQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { localDate } from '../../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { planView, visitView } from '../domain/supervision';
import { findPlan, listInspectors, listVisits, userNames } from '../repository/supervision';

/**
 * The routine visits of a year (optionally a month, a status, an inspector), by date, each with
 * its inspectors and the missing-letter flag; with the year's plan and the inspectors to choose from.
 */
export async function listSupervisionVisits(
  { db, now, actor }: AuthedCtx,
  q: TSupervisionVisitQuery,
): Promise<TSupervisionVisitList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const today = localDate(now, actor.agency.timeZone);
  const [plan, calendar, inspectors, { rows, total }] = await Promise.all([
    findPlan(db, actor.agencyId, q.year),
    loadWorkingCalendar(db, actor.agency),
    listInspectors(db, actor.agencyId, today),
    listVisits(db, {
      agencyId: actor.agencyId,
      year: q.year,
      month: q.month,
      status: q.status,
      inspectorId: q.inspectorId,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    }),
  ]);
  const names = await userNames(db, [...new Set(rows.flatMap((r) => r.visit.inspectorIds))]);
  return {
    plan: plan ? planView(plan) : null,
    items: rows.map((r) => visitView(r, names, calendar, today)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    inspectors,
  };
}
