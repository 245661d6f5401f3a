import type { TLkpmCompliance, TLkpmComplianceCompany } from '@sigap/contracts/investment-control';
import {
  currentCompliancePeriod,
  type LkpmPeriod,
  type LkpmPeriodKind,
  periodCode,
  periodKindOf,
  previousPeriod,
} from '@sigap/core/investment-control';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { localDate } from '../../../platform/lib/local-date';
import type { Db } from '../../../platform/use-cases/context';
import { filedReports, lastFiledPeriods, reportingCompanies } from '../repository/lkpm-reports';
import { lkpmDeadlineDayOf, periodView } from './lkpm';

/**
 * LKPM compliance at `now` in the agency's zone: for each period kind, the period judged (the
 * last whose deadline has passed), the companies that must report for it (every scale but
 * micro, by their kind), those that have not filed for every business line (a draft is not
 * filed), and those that missed both it and the period before.
 */
export async function lkpmCompliance(db: Db, agency: AgencyRow, now: Date): Promise<TLkpmCompliance> {
  const today = localDate(now, agency.timeZone);
  const deadlineDay = lkpmDeadlineDayOf(agency);
  const { companies, lines } = await reportingCompanies(db, agency.id);
  const last = await lastFiledPeriods(db, agency.id);
  const lastOf = new Map(last.map((l) => [`${l.companyId}:${l.kind}`, Number(l.year)]));
  const linesOf = new Map<string, string[]>();
  for (const l of lines) linesOf.set(l.companyId, [...(linesOf.get(l.companyId) ?? []), l.id]);

  const group = async (kind: LkpmPeriodKind) => {
    const period = currentCompliancePeriod(today, kind, deadlineDay);
    const previous = previousPeriod(period);
    const filed = await filedReports(db, agency.id, kind, [
      { year: period.year, no: period.no },
      { year: previous.year, no: previous.no },
    ]);
    const filedIn = (p: LkpmPeriod) => {
      const m = new Map<string, Set<string | null>>();
      for (const f of filed.filter((x) => x.year === p.year && x.no === p.no))
        m.set(f.companyId, (m.get(f.companyId) ?? new Set()).add(f.businessLineId));
      return m;
    };
    const now1 = filedIn(period);
    const before = filedIn(previous);
    const missing = (m: Map<string, Set<string | null>>, companyId: string) => {
      const got = m.get(companyId) ?? new Set();
      const own = linesOf.get(companyId) ?? [];
      // a company without recorded lines files one report for itself
      return own.length === 0 ? (got.size > 0 ? 0 : 1) : own.filter((id) => !got.has(id)).length;
    };
    const must = companies.filter((c) => periodKindOf(c.scale) === kind);
    const notReported: TLkpmComplianceCompany[] = [];
    const missedTwo: TLkpmComplianceCompany[] = [];
    for (const c of must) {
      const miss = missing(now1, c.id);
      if (miss === 0) continue;
      const code = lastOf.get(`${c.id}:${kind}`);
      const item: TLkpmComplianceCompany = {
        companyId: c.id,
        nib: c.nib,
        name: c.name,
        scale: c.scale as TLkpmComplianceCompany['scale'],
        investmentType: c.investmentType as TLkpmComplianceCompany['investmentType'],
        regency: c.regency,
        riskLevel: c.riskLevel as TLkpmComplianceCompany['riskLevel'],
        missingLines: miss,
        lastFiled: code ? periodCode({ year: Math.floor(code / 10), kind, no: code % 10 }) : null,
      };
      notReported.push(item);
      if (missing(before, c.id) > 0) missedTwo.push(item);
    }
    return {
      period: periodView(period, deadlineDay),
      previous: periodView(previous, deadlineDay),
      mustReport: must.length,
      reported: must.length - notReported.length,
      notReported,
      missedTwo,
    };
  };
  return { today, deadlineDay, quarter: await group('quarter'), half: await group('half') };
}
