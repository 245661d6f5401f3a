import { and, asc, count, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assignments, cases, documents, positions, users } from '../../../platform/db/schema';
import { companies, lkpmReports, supervisionPlans, supervisionVisits } from '../schema';

export type SupervisionPlanRow = typeof supervisionPlans.$inferSelect;
export type SupervisionVisitRow = typeof supervisionVisits.$inferSelect;

/** The roles that carry out field inspections (SOP 067/009's Fungsional/Pelaksana, the examiners). */
export const INSPECTOR_ROLES = ['pemeriksa_pm', 'fungsional'];

/** Active staff of the agency holding an inspector role on `onDate`, by name. */
export async function listInspectors(db: Db, agencyId: string, onDate: string) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(
      and(
        eq(positions.agencyId, agencyId),
        eq(users.active, true),
        sql`${positions.roles} && ${sql.raw(`ARRAY[${INSPECTOR_ROLES.map((r) => `'${r}'`).join(',')}]::text[]`)}`,
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** The inspectors as the assignment letter names them: name, NIP and a position held on the date. */
export async function inspectorsForLetter(db: Db, ids: string[], onDate: string) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id, name: users.name, nip: users.nip, position: positions.title })
    .from(users)
    .leftJoin(
      assignments,
      and(
        eq(assignments.userId, users.id),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    )
    .leftJoin(positions, eq(positions.id, assignments.positionId))
    .where(inArray(users.id, ids));
  return ids.flatMap((id) => {
    const r = rows.find((x) => x.id === id);
    return r ? [{ name: r.name, nip: r.nip, position: r.position }] : [];
  });
}

/** Names of users by id. */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** What the plan rule needs of each company: its risk level and scale. */
export async function listPlanCompanies(db: Db, agencyId: string) {
  return db
    .select({ id: companies.id, nib: companies.nib, riskLevel: companies.riskLevel, scale: companies.scale })
    .from(companies)
    .where(eq(companies.agencyId, agencyId));
}

/** The agency's LKPM reports of a year (for last year's compliance). */
export async function listLkpmOfYear(db: Db, agencyId: string, year: number) {
  return db
    .select({
      companyId: lkpmReports.companyId,
      periodYear: lkpmReports.periodYear,
      periodKind: lkpmReports.periodKind,
      periodNo: lkpmReports.periodNo,
      status: lkpmReports.status,
      submittedAt: lkpmReports.submittedAt,
    })
    .from(lkpmReports)
    .where(and(eq(lkpmReports.agencyId, agencyId), eq(lkpmReports.periodYear, year)));
}

/** Routine visits done in a year with findings, per company. */
export async function visitsWithFindings(db: Db, agencyId: string, year: number) {
  const rows = await db
    .select({ companyId: supervisionVisits.companyId, n: count() })
    .from(supervisionVisits)
    .where(
      and(
        eq(supervisionVisits.agencyId, agencyId),
        eq(supervisionVisits.status, 'done'),
        sql`${supervisionVisits.findingsCount} > 0`,
        gte(supervisionVisits.plannedOn, `${year}-01-01`),
        lte(supervisionVisits.plannedOn, `${year}-12-31`),
      ),
    )
    .groupBy(supervisionVisits.companyId);
  return new Map(rows.map((r) => [r.companyId, Number(r.n)]));
}

export async function findPlan(db: Db, agencyId: string, year: number) {
  const [row] = await db
    .select()
    .from(supervisionPlans)
    .where(and(eq(supervisionPlans.agencyId, agencyId), eq(supervisionPlans.year, year)));
  return row;
}

export async function insertPlan(db: Db, values: typeof supervisionPlans.$inferInsert) {
  const [row] = await db.insert(supervisionPlans).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertVisits(db: Db, values: (typeof supervisionVisits.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 1000) {
    await db.insert(supervisionVisits).values(values.slice(i, i + 1000));
  }
}

export async function findVisitForUpdate(db: Db, id: string) {
  const [row] = await db.select().from(supervisionVisits).where(eq(supervisionVisits.id, id)).for('update');
  return row;
}

export async function updateVisit(
  db: Db,
  id: string,
  values: Partial<typeof supervisionVisits.$inferInsert>,
) {
  const [row] = await db
    .update(supervisionVisits)
    .set(values)
    .where(eq(supervisionVisits.id, id))
    .returning();
  return row!;
}

export interface VisitFilter {
  agencyId: string;
  year: number;
  month?: number | undefined;
  status?: string | undefined;
  inspectorId?: string | undefined;
  id?: string;
  limit: number;
  offset: number;
}

/** Visits with their company and case, by planned date then company name. */
export async function listVisits(db: Db, f: VisitFilter) {
  const from = f.month ? `${f.year}-${String(f.month).padStart(2, '0')}-01` : `${f.year}-01-01`;
  const to = f.month
    ? sql`(${from}::date + interval '1 month' - interval '1 day')::date`
    : sql`${`${f.year}-12-31`}::date`;
  const where: SQL[] = [
    eq(supervisionVisits.agencyId, f.agencyId),
    gte(supervisionVisits.plannedOn, from),
    sql`${supervisionVisits.plannedOn} <= ${to}`,
  ];
  if (f.status) where.push(eq(supervisionVisits.status, f.status));
  if (f.inspectorId) where.push(sql`${f.inspectorId}::uuid = ANY(${supervisionVisits.inspectorIds})`);
  if (f.id) where.push(eq(supervisionVisits.id, f.id));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        visit: supervisionVisits,
        companyName: companies.name,
        nib: companies.nib,
        regency: companies.regency,
        riskLevel: companies.riskLevel,
        caseNumber: cases.number,
        letterDocumentStatus: documents.status,
        letterDocumentNumber: documents.number,
      })
      .from(supervisionVisits)
      .innerJoin(companies, eq(companies.id, supervisionVisits.companyId))
      .leftJoin(cases, eq(cases.id, supervisionVisits.caseId))
      .leftJoin(documents, eq(documents.id, supervisionVisits.letterDocumentId))
      .where(and(...where))
      .orderBy(asc(supervisionVisits.plannedOn), asc(companies.name), asc(supervisionVisits.seq))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(supervisionVisits)
      .where(and(...where)),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Visits of a plan year per month and status. */
export async function visitCountsByMonth(db: Db, agencyId: string, year: number) {
  const month = sql<number>`extract(month from ${supervisionVisits.plannedOn})::int`;
  const rows = await db
    .select({ month, status: supervisionVisits.status, n: count() })
    .from(supervisionVisits)
    .innerJoin(supervisionPlans, eq(supervisionPlans.id, supervisionVisits.planId))
    .where(and(eq(supervisionVisits.agencyId, agencyId), eq(supervisionPlans.year, year)))
    .groupBy(month, supervisionVisits.status);
  return rows.map((r) => ({ month: Number(r.month), status: r.status, n: Number(r.n) }));
}

/**
 * Open visits without a case whose date lies from tomorrow up to `until` (an agency's local
 * dates), locked so that a second sweep skips them, with what the case's subject needs and the
 * plan's author, who starts the case.
 */
export async function lockVisitsNeedingCase(
  db: Db,
  agencyId: string,
  after: string,
  until: string,
  limit: number,
) {
  return db
    .select({
      visit: supervisionVisits,
      companyName: companies.name,
      nib: companies.nib,
      planCreatedBy: supervisionPlans.createdBy,
    })
    .from(supervisionVisits)
    .innerJoin(companies, eq(companies.id, supervisionVisits.companyId))
    .innerJoin(supervisionPlans, eq(supervisionPlans.id, supervisionVisits.planId))
    .where(
      and(
        eq(supervisionVisits.agencyId, agencyId),
        inArray(supervisionVisits.status, ['planned', 'letter_issued']),
        isNull(supervisionVisits.caseId),
        sql`${supervisionVisits.plannedOn} > ${after}`,
        lte(supervisionVisits.plannedOn, until),
      ),
    )
    .orderBy(asc(supervisionVisits.plannedOn), asc(supervisionVisits.id))
    .limit(limit)
    .for('update', { of: supervisionVisits, skipLocked: true });
}

/** Agencies with open visits still without a case. */
export async function agenciesWithVisitsNeedingCase(db: Db) {
  const rows = await db
    .selectDistinct({ agencyId: supervisionVisits.agencyId })
    .from(supervisionVisits)
    .where(
      and(inArray(supervisionVisits.status, ['planned', 'letter_issued']), isNull(supervisionVisits.caseId)),
    );
  return rows.map((r) => r.agencyId);
}
