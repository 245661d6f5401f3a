import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { companies, companyBusinessLines, licences, lkpmReports } from '../schema';

export type CompanyRow = typeof companies.$inferSelect;
export type LicenceRow = typeof licences.$inferSelect;

export interface CompanyFilter {
  agencyId: string;
  q?: string | undefined;
  regency?: string | undefined;
  riskLevel?: string | undefined;
  investmentType?: string | undefined;
  scale?: string | undefined;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The agency's companies by name, filtered; with their licence count and latest LKPM period. */
export async function listCompanies(db: Db, f: CompanyFilter) {
  const where: SQL[] = [eq(companies.agencyId, f.agencyId)];
  if (f.q) {
    const q = escapeLike(f.q);
    where.push(or(ilike(companies.name, `%${q}%`), ilike(companies.nib, `${q}%`))!);
  }
  if (f.regency) where.push(eq(companies.regency, f.regency));
  if (f.riskLevel) where.push(eq(companies.riskLevel, f.riskLevel));
  if (f.investmentType) where.push(eq(companies.investmentType, f.investmentType));
  if (f.scale) where.push(eq(companies.scale, f.scale));
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        company: companies,
        licences: sql<number>`(select count(*)::int from licences l where l.company_id = companies.id)`,
        lastPeriod: sql<
          string | null
        >`(select r.period_year || '-' || case r.period_kind when 'quarter' then 'Q' else 'S' end || r.period_no
          from lkpm_reports r where r.company_id = companies.id
          order by r.period_year desc, (case r.period_kind when 'quarter' then r.period_no * 3 else r.period_no * 6 end) desc limit 1)`,
      })
      .from(companies)
      .where(cond)
      .orderBy(asc(companies.name), asc(companies.nib))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(companies).where(cond),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function regenciesOf(db: Db, agencyId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ regency: companies.regency })
    .from(companies)
    .where(and(eq(companies.agencyId, agencyId), sql`${companies.regency} is not null`))
    .orderBy(asc(companies.regency));
  return rows.map((r) => r.regency!).filter(Boolean);
}

export async function findCompany(db: Db, id: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, id));
  return row;
}

export async function findCompanyByNib(
  db: Db,
  agencyId: string,
  nib: string,
): Promise<CompanyRow | undefined> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.agencyId, agencyId), eq(companies.nib, nib)));
  return row;
}

export async function insertCompany(db: Db, values: typeof companies.$inferInsert): Promise<CompanyRow> {
  const [row] = await db.insert(companies).values(values).returning();
  return row!;
}

export async function updateCompany(
  db: Db,
  id: string,
  values: Partial<typeof companies.$inferInsert>,
): Promise<CompanyRow> {
  const [row] = await db.update(companies).set(values).where(eq(companies.id, id)).returning();
  return row!;
}

/** Adds a business line at the company's location for each of its KBLI codes that has none yet. */
export async function addMissingBusinessLines(db: Db, companyId: string, now: Date): Promise<void> {
  await db.execute(sql`insert into company_business_lines (company_id, kbli, name, province, regency, address, created_at)
    select c.id, k.kbli, 'KBLI ' || k.kbli, c.province, c.regency, c.address, ${now.toISOString()}::timestamptz
    from companies c cross join lateral unnest(c.kbli_codes) as k(kbli)
    where c.id = ${companyId}
      and not exists (select 1 from company_business_lines b where b.company_id = c.id and b.kbli = k.kbli
        and lower(coalesce(b.regency, '')) = lower(coalesce(c.regency, '')))`);
}

export async function businessLinesOf(db: Db, companyId: string) {
  return db
    .select()
    .from(companyBusinessLines)
    .where(eq(companyBusinessLines.companyId, companyId))
    .orderBy(asc(companyBusinessLines.kbli), asc(companyBusinessLines.regency));
}

export async function licencesOf(db: Db, companyId: string): Promise<LicenceRow[]> {
  return db
    .select()
    .from(licences)
    .where(eq(licences.companyId, companyId))
    .orderBy(asc(licences.type), desc(licences.issuedOn), asc(licences.number));
}

/** The company's LKPM reports, newest period first. */
export async function lkpmOf(db: Db, companyId: string) {
  return db
    .select({ report: lkpmReports, kbli: companyBusinessLines.kbli })
    .from(lkpmReports)
    .leftJoin(companyBusinessLines, eq(companyBusinessLines.id, lkpmReports.businessLineId))
    .where(eq(lkpmReports.companyId, companyId))
    .orderBy(
      desc(lkpmReports.periodYear),
      desc(
        sql`case ${lkpmReports.periodKind} when 'quarter' then ${lkpmReports.periodNo} * 3 else ${lkpmReports.periodNo} * 6 end`,
      ),
      asc(companyBusinessLines.kbli),
    )
    .limit(200);
}

export async function findLicence(db: Db, id: string): Promise<LicenceRow | undefined> {
  const [row] = await db.select().from(licences).where(eq(licences.id, id));
  return row;
}

export async function findLicenceByNumber(
  db: Db,
  agencyId: string,
  type: string,
  number: string,
): Promise<LicenceRow | undefined> {
  const [row] = await db
    .select()
    .from(licences)
    .where(and(eq(licences.agencyId, agencyId), eq(licences.type, type), eq(licences.number, number)));
  return row;
}

export async function insertLicence(db: Db, values: typeof licences.$inferInsert): Promise<LicenceRow> {
  const [row] = await db.insert(licences).values(values).returning();
  return row!;
}

export async function updateLicence(
  db: Db,
  id: string,
  values: Partial<typeof licences.$inferInsert>,
): Promise<LicenceRow> {
  const [row] = await db.update(licences).set(values).where(eq(licences.id, id)).returning();
  return row!;
}

/** Gives business lines named only by their code (`KBLI 05100`) the KBLI title, where known. */
export async function nameBusinessLines(
  db: Db,
  agencyId: string,
  titles: ReadonlyArray<{ code: string; name: string }>,
): Promise<void> {
  await db.execute(sql`update company_business_lines b set name = t.name
    from json_to_recordset(${JSON.stringify(titles)}::json) as t(code text, name text), companies c
    where c.id = b.company_id and c.agency_id = ${agencyId} and b.kbli = t.code and b.name = 'KBLI ' || t.code`);
}

/** Sets when LKPM reports were submitted (and approved), by company NIB and period. */
export async function setLkpmTimes(
  db: Db,
  agencyId: string,
  rows: Array<{
    nib: string;
    year: number;
    kind: string;
    no: number;
    submittedAt: string;
    approvedAt: string | null;
  }>,
): Promise<void> {
  await db.execute(sql`update lkpm_reports r set submitted_at = t.submitted_at, approved_at = t.approved_at,
      created_at = least(r.created_at, t.submitted_at), updated_at = least(r.updated_at, coalesce(t.approved_at, t.submitted_at))
    from json_to_recordset(${JSON.stringify(
      rows.map((r) => ({ ...r, submitted_at: r.submittedAt, approved_at: r.approvedAt })),
    )}::json)
      as t(nib text, year int, kind text, no int, submitted_at timestamptz, approved_at timestamptz), companies c
    where c.agency_id = ${agencyId} and c.nib = t.nib and r.company_id = c.id
      and r.period_year = t.year and r.period_kind = t.kind and r.period_no = t.no`);
}
