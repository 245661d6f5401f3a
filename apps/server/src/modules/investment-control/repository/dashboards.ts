import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';

/** The groupings of the realisation dashboard, as SQL over `r` (report), `c` (company), `bl` (business line). */
const GROUPS = {
  period: sql.raw(`r.period_kind || ':' || r.period_no`),
  investmentType: sql.raw('c.investment_type'),
  // the two-digit KBLI division of the report's business line, else the company's first code
  division: sql.raw(`coalesce(substr(coalesce(bl.kbli, c.kbli_codes[1]), 1, 2), '-')`),
  regency: sql.raw(`coalesce(bl.regency, c.regency, '-')`),
  riskLevel: sql.raw('c.risk_level'),
} as const;
export type RealisationGroup = keyof typeof GROUPS;

export interface RealisationSum {
  key: string;
  reports: number;
  land: number;
  buildings: number;
  machinery: number;
  workingCapital: number;
  other: number;
  planned: number;
}

/**
 * Sums of the LKPM reports of a year (past draft, or approved only) grouped one way: the amounts
 * come back as text and are read as numbers (exact below 2^53 rupiah).
 */
export async function sumRealisation(
  db: Db,
  f: { agencyId: string; year: number; approvedOnly: boolean; group: RealisationGroup | null },
): Promise<RealisationSum[]> {
  const key = f.group ? GROUPS[f.group] : sql.raw(`'total'`);
  const status = f.approvedOnly ? sql`r.status = 'approved'` : sql`r.status <> 'draft'`;
  const res = await db.execute(sql`
    select ${key} as key, count(*)::int as reports,
      coalesce(sum(r.land), 0)::text as land, coalesce(sum(r.buildings), 0)::text as buildings,
      coalesce(sum(r.machinery), 0)::text as machinery,
      coalesce(sum(r.working_capital), 0)::text as working_capital,
      coalesce(sum(r.other), 0)::text as other, coalesce(sum(r.planned), 0)::text as planned
    from lkpm_reports r
    join companies c on c.id = r.company_id
    left join company_business_lines bl on bl.id = r.business_line_id
    where r.agency_id = ${f.agencyId} and r.period_year = ${f.year} and ${status}
    group by 1 order by 1`);
  return (res.rows as Record<string, unknown>[]).map((r) => ({
    key: String(r.key),
    reports: Number(r.reports),
    land: Number(r.land),
    buildings: Number(r.buildings),
    machinery: Number(r.machinery),
    workingCapital: Number(r.working_capital),
    other: Number(r.other),
    planned: Number(r.planned),
  }));
}

export interface PeriodCompliance {
  expected: number;
  reported: number;
  onTime: number;
  approved: number;
}

/**
 * For one LKPM period: the companies that must report it (scales of the period's kind), and of
 * them those with a report past draft, submitted by the deadline (a local date in the agency's
 * zone), and approved.
 */
export async function periodCompliance(
  db: Db,
  f: {
    agencyId: string;
    year: number;
    kind: 'quarter' | 'half';
    no: number;
    scales: readonly string[];
    deadline: string;
    timeZone: string;
  },
): Promise<PeriodCompliance> {
  const scales = sql.join(
    f.scales.map((s) => sql`${s}`),
    sql`, `,
  );
  const res = await db.execute(sql`
    with expected as (
      select c.id from companies c where c.agency_id = ${f.agencyId} and c.scale in (${scales})
    ), reports as (
      select r.company_id, r.status, r.submitted_at from lkpm_reports r
      join expected e on e.id = r.company_id
      where r.period_year = ${f.year} and r.period_kind = ${f.kind} and r.period_no = ${f.no}
        and r.status <> 'draft'
    )
    select (select count(*) from expected)::int as expected,
      (select count(distinct company_id) from reports)::int as reported,
      (select count(distinct company_id) from reports where submitted_at is not null
        and (submitted_at at time zone ${f.timeZone})::date <= ${f.deadline}::date)::int as on_time,
      (select count(distinct company_id) from reports where status = 'approved')::int as approved`);
  const r = (res.rows as Record<string, unknown>[])[0]!;
  return {
    expected: Number(r.expected),
    reported: Number(r.reported),
    onTime: Number(r.on_time),
    approved: Number(r.approved),
  };
}
