import { and, count, desc, eq, ilike, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases } from '../../../platform/db/schema';
import { companies, companyBusinessLines, lkpmReports } from '../schema';

export type LkpmReportRow = typeof lkpmReports.$inferSelect;
export type CompanyRow = typeof companies.$inferSelect;
export type BusinessLineRow = typeof companyBusinessLines.$inferSelect;

export async function insertLkpmReport(
  db: Db,
  values: typeof lkpmReports.$inferInsert,
): Promise<LkpmReportRow> {
  const [row] = await db.insert(lkpmReports).values(values).returning();
  return row!;
}

export async function findLkpmReport(db: Db, id: string): Promise<LkpmReportRow | undefined> {
  const [row] = await db.select().from(lkpmReports).where(eq(lkpmReports.id, id));
  return row;
}

export async function findLkpmReportForUpdate(db: Db, id: string): Promise<LkpmReportRow | undefined> {
  const [row] = await db.select().from(lkpmReports).where(eq(lkpmReports.id, id)).for('update');
  return row;
}

export async function updateLkpmReport(
  db: Db,
  id: string,
  values: Partial<typeof lkpmReports.$inferInsert>,
): Promise<void> {
  await db.update(lkpmReports).set(values).where(eq(lkpmReports.id, id));
}

/** The report of a company's line (or none) for a period, if one exists. */
export async function findLkpmReportOfPeriod(
  db: Db,
  k: { companyId: string; businessLineId: string | null; year: number; kind: string; no: number },
): Promise<LkpmReportRow | undefined> {
  const [row] = await db
    .select()
    .from(lkpmReports)
    .where(
      and(
        eq(lkpmReports.companyId, k.companyId),
        k.businessLineId
          ? eq(lkpmReports.businessLineId, k.businessLineId)
          : sql`${lkpmReports.businessLineId} is null`,
        eq(lkpmReports.periodYear, k.year),
        eq(lkpmReports.periodKind, k.kind),
        eq(lkpmReports.periodNo, k.no),
      ),
    );
  return row;
}

export async function findLkpmReportByCase(db: Db, caseId: string): Promise<LkpmReportRow | undefined> {
  const [row] = await db.select().from(lkpmReports).where(eq(lkpmReports.caseId, caseId));
  return row;
}

export async function lkpmReportsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ id: lkpmReports.id, caseId: lkpmReports.caseId, agencyId: lkpmReports.agencyId })
    .from(lkpmReports)
    .where(and(inArray(lkpmReports.caseId, caseIds), isNotNull(lkpmReports.caseId)));
}

export async function findCompany(db: Db, id: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, id));
  return row;
}

export async function findBusinessLine(db: Db, id: string): Promise<BusinessLineRow | undefined> {
  const [row] = await db.select().from(companyBusinessLines).where(eq(companyBusinessLines.id, id));
  return row;
}

export async function caseNumberOf(db: Db, caseId: string | null): Promise<string | null> {
  if (!caseId) return null;
  const [row] = await db.select({ number: cases.number }).from(cases).where(eq(cases.id, caseId));
  return row?.number ?? null;
}

/** A page of the agency's reports with their company and line, newest period first. */
export async function listLkpmReports(
  db: Db,
  f: {
    agencyId: string;
    year?: number | undefined;
    kind?: string | undefined;
    no?: number | undefined;
    status?: string | undefined;
    companyId?: string | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [eq(lkpmReports.agencyId, f.agencyId)];
  if (f.year) where.push(eq(lkpmReports.periodYear, f.year));
  if (f.kind) where.push(eq(lkpmReports.periodKind, f.kind));
  if (f.no) where.push(eq(lkpmReports.periodNo, f.no));
  if (f.status) where.push(eq(lkpmReports.status, f.status));
  if (f.companyId) where.push(eq(lkpmReports.companyId, f.companyId));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(companies.name, like), ilike(companies.nib, like))!);
  }
  const cond = and(...where);
  const rows = await db
    .select({
      report: lkpmReports,
      companyName: companies.name,
      nib: companies.nib,
      lineName: companyBusinessLines.name,
    })
    .from(lkpmReports)
    .innerJoin(companies, eq(companies.id, lkpmReports.companyId))
    .leftJoin(companyBusinessLines, eq(companyBusinessLines.id, lkpmReports.businessLineId))
    .where(cond)
    .orderBy(
      desc(lkpmReports.periodYear),
      desc(
        sql`case when ${lkpmReports.periodKind} = 'half' then ${lkpmReports.periodNo} * 2 else ${lkpmReports.periodNo} end`,
      ),
      desc(lkpmReports.updatedAt),
      lkpmReports.id,
    )
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db
    .select({ n: count() })
    .from(lkpmReports)
    .innerJoin(companies, eq(companies.id, lkpmReports.companyId))
    .where(cond);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The agency's companies that must file (every scale but micro), with their business lines. */
export async function reportingCompanies(db: Db, agencyId: string, scale?: string) {
  const rows = await db
    .select()
    .from(companies)
    .where(
      and(
        eq(companies.agencyId, agencyId),
        ne(companies.scale, 'micro'),
        scale ? eq(companies.scale, scale) : undefined,
      ),
    )
    .orderBy(companies.name, companies.nib);
  const ids = rows.map((r) => r.id);
  const lines = ids.length
    ? await db.select().from(companyBusinessLines).where(inArray(companyBusinessLines.companyId, ids))
    : [];
  return { companies: rows, lines };
}

/** The companies a staff form offers (reporting ones, by name), with their lines; at most `limit`. */
export async function companyOptions(db: Db, agencyId: string, q: string | undefined, limit: number) {
  const where: SQL[] = [eq(companies.agencyId, agencyId), ne(companies.scale, 'micro')];
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(companies.name, like), ilike(companies.nib, like))!);
  }
  const rows = await db
    .select()
    .from(companies)
    .where(and(...where))
    .orderBy(companies.name)
    .limit(limit);
  const ids = rows.map((r) => r.id);
  const lines = ids.length
    ? await db.select().from(companyBusinessLines).where(inArray(companyBusinessLines.companyId, ids))
    : [];
  return { companies: rows, lines };
}

/**
 * The filed reports (any status but draft) of the agency in the given periods of a kind: which
 * company and line filed for which period.
 */
export async function filedReports(
  db: Db,
  agencyId: string,
  kind: string,
  periods: Array<{ year: number; no: number }>,
) {
  if (periods.length === 0) return [];
  return db
    .select({
      companyId: lkpmReports.companyId,
      businessLineId: lkpmReports.businessLineId,
      year: lkpmReports.periodYear,
      no: lkpmReports.periodNo,
    })
    .from(lkpmReports)
    .where(
      and(
        eq(lkpmReports.agencyId, agencyId),
        eq(lkpmReports.periodKind, kind),
        ne(lkpmReports.status, 'draft'),
        or(...periods.map((p) => and(eq(lkpmReports.periodYear, p.year), eq(lkpmReports.periodNo, p.no))))!,
      ),
    );
}

/** The last period each company filed for (non-draft), by kind. */
export async function lastFiledPeriods(db: Db, agencyId: string) {
  return db
    .select({
      companyId: lkpmReports.companyId,
      kind: lkpmReports.periodKind,
      year: sql<number>`max(${lkpmReports.periodYear} * 10 + ${lkpmReports.periodNo})`,
    })
    .from(lkpmReports)
    .where(and(eq(lkpmReports.agencyId, agencyId), ne(lkpmReports.status, 'draft')))
    .groupBy(lkpmReports.companyId, lkpmReports.periodKind);
}

/** Locks the company row: reports of one company are created one at a time (one per line and period). */
export async function findCompanyForUpdate(db: Db, id: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, id)).for('update');
  return row;
}

export async function businessLinesOf(db: Db, companyId: string): Promise<BusinessLineRow[]> {
  return db.select().from(companyBusinessLines).where(eq(companyBusinessLines.companyId, companyId));
}

/**
 * A company by NIB in the agency's registry, inserted with its business lines when missing
 * (the LKPM demo's own companies when the registry has none); answers it with its lines.
 */
export async function ensureCompany(
  db: Db,
  values: typeof companies.$inferInsert,
  lines: Array<{ kbli: string; name: string; regency: string }>,
): Promise<{ company: CompanyRow; lines: BusinessLineRow[] }> {
  const [found] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.agencyId, values.agencyId), eq(companies.nib, values.nib)));
  const company = found ?? (await db.insert(companies).values(values).returning())[0]!;
  if (!found)
    for (const l of lines)
      await db
        .insert(companyBusinessLines)
        .values({ companyId: company.id, ...l, province: values.province });
  return { company, lines: await businessLinesOf(db, company.id) };
}

/**
 * Companies of a scale without any report for the period, with their lines, those with more
 * lines first, at most `limit` (the demo picks from them).
 */
export async function someReportingCompanies(
  db: Db,
  agencyId: string,
  scale: string,
  period: { year: number; kind: string; no: number },
  limit: number,
) {
  const rows = await db
    .select()
    .from(companies)
    .where(
      and(
        eq(companies.agencyId, agencyId),
        eq(companies.scale, scale),
        sql`not exists (select 1 from ${lkpmReports} r where r.company_id = ${companies.id}
          and r.period_year = ${period.year} and r.period_kind = ${period.kind} and r.period_no = ${period.no})`,
      ),
    )
    .orderBy(companies.nib)
    .limit(40);
  const withLines = await Promise.all(
    rows.map(async (c) => ({ company: c, lines: await businessLinesOf(db, c.id) })),
  );
  return withLines.sort((a, b) => b.lines.length - a.lines.length).slice(0, limit);
}
