import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { agencies, cases, files } from '../../../platform/db/schema';
import { companies, controlGuidance, controlGuidanceParticipants, lkpmReports } from '../schema';

export type GuidanceRow = typeof controlGuidance.$inferSelect;
export type GuidanceParticipantRow = typeof controlGuidanceParticipants.$inferSelect;

export async function insertGuidance(db: Db, values: typeof controlGuidance.$inferInsert) {
  const [row] = await db.insert(controlGuidance).values(values).returning();
  return row!;
}

export async function updateGuidance(
  db: Db,
  id: string,
  values: Partial<typeof controlGuidance.$inferInsert>,
) {
  const [row] = await db.update(controlGuidance).set(values).where(eq(controlGuidance.id, id)).returning();
  return row!;
}

export async function findGuidance(db: Db, id: string) {
  const [row] = await db.select().from(controlGuidance).where(eq(controlGuidance.id, id));
  return row;
}

export async function findGuidanceForUpdate(db: Db, id: string) {
  const [row] = await db.select().from(controlGuidance).where(eq(controlGuidance.id, id)).for('update');
  return row;
}

export interface GuidanceFilter {
  agencyId: string;
  id?: string;
  kind?: string;
  /** Guidance this company takes part in. */
  companyId?: string;
}

/** The agency's guidance, newest session first, with the case number. */
export async function listGuidanceRows(db: Db, f: GuidanceFilter & { limit?: number; offset?: number }) {
  const conds: SQL[] = [eq(controlGuidance.agencyId, f.agencyId)];
  if (f.id) conds.push(eq(controlGuidance.id, f.id));
  if (f.kind) conds.push(eq(controlGuidance.kind, f.kind));
  if (f.companyId)
    conds.push(
      inArray(
        controlGuidance.id,
        db
          .select({ id: controlGuidanceParticipants.guidanceId })
          .from(controlGuidanceParticipants)
          .where(eq(controlGuidanceParticipants.companyId, f.companyId)),
      ),
    );
  const q = db
    .select({ guidance: controlGuidance, caseNumber: cases.number })
    .from(controlGuidance)
    .leftJoin(cases, eq(cases.id, controlGuidance.caseId))
    .where(and(...conds))
    .orderBy(desc(controlGuidance.heldOn), desc(controlGuidance.startTime), desc(controlGuidance.createdAt));
  return f.limit === undefined ? q : q.limit(f.limit).offset(f.offset ?? 0);
}

/** The participants of these guidance, with their company's name, NIB and scale, by name. */
export async function participantsOf(db: Db, guidanceIds: string[]) {
  if (guidanceIds.length === 0) return [];
  return db
    .select({
      participant: controlGuidanceParticipants,
      companyName: companies.name,
      nib: companies.nib,
      scale: companies.scale,
    })
    .from(controlGuidanceParticipants)
    .innerJoin(companies, eq(companies.id, controlGuidanceParticipants.companyId))
    .where(inArray(controlGuidanceParticipants.guidanceId, guidanceIds))
    .orderBy(asc(companies.name));
}

export type ParticipantListRow = Awaited<ReturnType<typeof participantsOf>>[number];

/** Adds participants; a company already taking part is left as it was. Returns those added. */
export async function insertParticipants(
  db: Db,
  values: Array<typeof controlGuidanceParticipants.$inferInsert>,
) {
  if (values.length === 0) return [];
  return db.insert(controlGuidanceParticipants).values(values).onConflictDoNothing().returning();
}

export async function updateParticipant(
  db: Db,
  id: string,
  values: Partial<typeof controlGuidanceParticipants.$inferInsert>,
) {
  const [row] = await db
    .update(controlGuidanceParticipants)
    .set(values)
    .where(eq(controlGuidanceParticipants.id, id))
    .returning();
  return row!;
}

/** A participant by its survey token, with the guidance, the company's name and the agency's name. */
export async function findParticipantByToken(db: Db, token: string, forUpdate = false) {
  const q = db
    .select({
      participant: controlGuidanceParticipants,
      guidance: controlGuidance,
      companyName: companies.name,
      agencyName: agencies.name,
    })
    .from(controlGuidanceParticipants)
    .innerJoin(controlGuidance, eq(controlGuidance.id, controlGuidanceParticipants.guidanceId))
    .innerJoin(companies, eq(companies.id, controlGuidanceParticipants.companyId))
    .innerJoin(agencies, eq(agencies.id, controlGuidance.agencyId))
    .where(eq(controlGuidanceParticipants.surveyToken, token));
  const [row] = forUpdate ? await q.for('update', { of: controlGuidanceParticipants }) : await q;
  return row;
}

/**
 * The (company, kind, year, number) of every non-draft LKPM report of these companies in these
 * periods: filed, whatever its verification status.
 */
export async function filedPeriodsOf(
  db: Db,
  agencyId: string,
  companyIds: string[],
  periods: Array<{ kind: string; year: number; no: number }>,
) {
  if (companyIds.length === 0 || periods.length === 0) return [];
  return db
    .selectDistinct({
      companyId: lkpmReports.companyId,
      kind: lkpmReports.periodKind,
      year: lkpmReports.periodYear,
      no: lkpmReports.periodNo,
    })
    .from(lkpmReports)
    .where(
      and(
        eq(lkpmReports.agencyId, agencyId),
        inArray(lkpmReports.companyId, companyIds),
        ne(lkpmReports.status, 'draft'),
        or(
          ...periods.map((p) =>
            and(
              eq(lkpmReports.periodKind, p.kind),
              eq(lkpmReports.periodYear, p.year),
              eq(lkpmReports.periodNo, p.no),
            ),
          ),
        ),
      ),
    );
}

/** A stored file of the agency (a guidance's material). */
export async function findAgencyFile(db: Db, agencyId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.agencyId, agencyId)));
  return row;
}

/**
 * Companies filing by quarter (medium, large) with a contact email, and whether they filed
 * (non-draft) for two quarters: the demo picks Bimtek participants among them.
 */
export async function quarterFilers(
  db: Db,
  agencyId: string,
  before: { year: number; no: number },
  after: { year: number; no: number },
) {
  // the outer company written out: drizzle leaves a lone table's columns unqualified in `sql`
  const filed = (p: { year: number; no: number }) =>
    sql<boolean>`exists (select 1 from lkpm_reports r where r.company_id = "companies"."id"
      and r.period_kind = 'quarter' and r.period_year = ${p.year} and r.period_no = ${p.no} and r.status <> 'draft')`;
  return db
    .select({ id: companies.id, name: companies.name, before: filed(before), after: filed(after) })
    .from(companies)
    .where(
      and(
        eq(companies.agencyId, agencyId),
        inArray(companies.scale, ['medium', 'large']),
        sql`${companies.contactEmail} is not null`,
      ),
    )
    .orderBy(asc(companies.nib))
    .limit(400);
}
