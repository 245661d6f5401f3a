import type { TGenerateSupervisionPlan, TSupervisionPlan } from '@sigap/contracts/investment-control';
import { assertCan, isWorkingDay } from '@sigap/core';
import { isCompliant, type PastLkpmReport, planSupervision } from '@sigap/core/investment-control';
import { conflict, invalidField } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmDeadlineDayOf } from '../domain/lkpm';
import { planView } from '../domain/supervision';
import {
  findPlan,
  insertPlan,
  insertVisits,
  listInspectors,
  listLkpmOfYear,
  listPlanCompanies,
  visitsWithFindings,
} from '../repository/supervision';

const nextDate = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Generates the agency's routine supervision plan for a year (SOP 067/009) from the registry's
 * risk levels and last year's compliance (the rule is in `@sigap/core` supervision-plan). This
 * year's plan starts on the second working day from today, so each visit's assignment letter can
 * still be issued on the working day before it. Once per agency and year (409 after).
 */
export async function generateSupervisionPlan(
  { db, now, actor }: AuthedCtx,
  input: TGenerateSupervisionPlan,
): Promise<TSupervisionPlan> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const today = localDate(now, tz);
  const thisYear = Number(today.slice(0, 4));
  if (input.year < thisYear) throw invalidField('year', 'plan_year_past', { min: thisYear });
  if (input.year > thisYear + 1) throw invalidField('year', 'plan_year_too_far', { max: thisYear + 1 });
  if (await findPlan(db, actor.agencyId, input.year)) throw conflict(`rencana pengawasan ${input.year}`);

  const calendar = await loadWorkingCalendar(db, actor.agency);
  let from = `${input.year}-01-01`;
  if (input.year === thisYear) {
    let d = today;
    for (let found = 0; found < 2; ) {
      d = nextDate(d);
      if (isWorkingDay(calendar, d)) found++;
    }
    from = d;
    if (from.slice(0, 4) !== today.slice(0, 4)) throw invalidField('year', 'plan_no_days_left');
  }

  const available = await listInspectors(db, actor.agencyId, today);
  let inspectors = available.map((i) => i.id);
  if (input.inspectorIds) {
    const known = new Set(inspectors);
    const bad = input.inspectorIds.findIndex((id) => !known.has(id));
    if (bad >= 0) throw invalidField(`inspectorIds.${bad}`, 'inspector_unknown');
    inspectors = inspectors.filter((id) => input.inspectorIds!.includes(id));
  }
  if (inspectors.length === 0) throw invalidField('inspectorIds', 'required');

  const lastYear = input.year - 1;
  const [companies, reports, findings] = await Promise.all([
    listPlanCompanies(db, actor.agencyId),
    listLkpmOfYear(db, actor.agencyId, lastYear),
    visitsWithFindings(db, actor.agencyId, lastYear),
  ]);
  const byCompany = new Map<string, PastLkpmReport[]>();
  for (const r of reports) {
    const list = byCompany.get(r.companyId) ?? [];
    list.push({ ...r, submittedOn: r.submittedAt ? localDate(r.submittedAt, tz) : null });
    byCompany.set(r.companyId, list);
  }
  const deadlineDay = lkpmDeadlineDayOf(actor.agency);
  const planCompanies = companies.map((c) => ({
    id: c.id,
    key: c.nib,
    riskLevel: c.riskLevel as 'low',
    compliant: isCompliant(
      { scale: c.scale, reports: byCompany.get(c.id) ?? [], visitsWithFindings: findings.get(c.id) ?? 0 },
      input.year,
      deadlineDay,
    ),
  }));
  const visits = planSupervision({
    year: input.year,
    companies: planCompanies,
    inspectors,
    calendar,
    from,
    ...(input.teamSize ? { teamSize: input.teamSize } : {}),
  });

  return db.transaction(async (tx) => {
    const plan = await insertPlan(tx, {
      agencyId: actor.agencyId,
      year: input.year,
      fromDate: from,
      summary: {
        companies: planCompanies.length,
        compliant: planCompanies.filter((c) => c.compliant).length,
        visits: visits.length,
        inspectors: inspectors.length,
      },
      createdBy: actor.userId,
      createdAt: now,
    });
    if (!plan) throw conflict(`rencana pengawasan ${input.year}`);
    await insertVisits(
      tx,
      visits.map((v) => ({
        agencyId: actor.agencyId,
        planId: plan.id,
        companyId: v.companyId,
        seq: v.seq,
        plannedOn: v.plannedOn,
        inspectorIds: v.inspectorIds,
        createdAt: now,
        updatedAt: now,
      })),
    );
    return planView(plan);
  });
}
