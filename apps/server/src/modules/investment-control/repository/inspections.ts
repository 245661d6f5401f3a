import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases, files } from '../../../platform/db/schema';
import { companies, controlInspections, supervisionVisits } from '../schema';

export type InspectionRow = typeof controlInspections.$inferSelect;

export async function insertInspection(db: Db, values: typeof controlInspections.$inferInsert) {
  const [row] = await db.insert(controlInspections).values(values).returning();
  return row!;
}

export async function updateInspection(
  db: Db,
  id: string,
  values: Partial<typeof controlInspections.$inferInsert>,
) {
  const [row] = await db
    .update(controlInspections)
    .set(values)
    .where(eq(controlInspections.id, id))
    .returning();
  return row!;
}

export async function findInspectionForUpdate(db: Db, id: string) {
  const [row] = await db.select().from(controlInspections).where(eq(controlInspections.id, id)).for('update');
  return row;
}

export async function findInspectionOfVisit(db: Db, visitId: string) {
  const [row] = await db
    .select({ id: controlInspections.id })
    .from(controlInspections)
    .where(eq(controlInspections.visitId, visitId));
  return row;
}

export interface InspectionFilter {
  agencyId: string;
  companyId?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  id?: string;
  limit: number;
  offset: number;
}

/** Inspections with their company, visit and case: open ones first, then by inspection date, newest first. */
export async function listInspections(db: Db, f: InspectionFilter) {
  const where: SQL[] = [eq(controlInspections.agencyId, f.agencyId)];
  if (f.companyId) where.push(eq(controlInspections.companyId, f.companyId));
  if (f.kind) where.push(eq(controlInspections.kind, f.kind));
  if (f.status) where.push(eq(controlInspections.status, f.status));
  if (f.id) where.push(eq(controlInspections.id, f.id));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        inspection: controlInspections,
        companyName: companies.name,
        nib: companies.nib,
        visitPlannedOn: supervisionVisits.plannedOn,
        caseNumber: cases.number,
      })
      .from(controlInspections)
      .innerJoin(companies, eq(companies.id, controlInspections.companyId))
      .leftJoin(supervisionVisits, eq(supervisionVisits.id, controlInspections.visitId))
      .leftJoin(cases, eq(cases.id, controlInspections.caseId))
      .where(and(...where))
      .orderBy(
        sql`${controlInspections.inspectedOn} desc nulls first`,
        desc(controlInspections.createdAt),
        desc(controlInspections.id),
      )
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(controlInspections)
      .where(and(...where)),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
export type InspectionListRow = Awaited<ReturnType<typeof listInspections>>['rows'][number];

/** A stored photo's bytes, when it is one of the inspection's files of the agency. */
export async function findPhotoFile(db: Db, agencyId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.agencyId, agencyId)));
  return row;
}

/** Cases of SOP 067/009 visits and SOP 067/010 inspections of a company, newest first. */
export async function inspectionCasesOfCompany(db: Db, companyId: string) {
  const viaInspections = db
    .select({ caseId: controlInspections.caseId })
    .from(controlInspections)
    .where(eq(controlInspections.companyId, companyId));
  const viaVisits = db
    .select({ caseId: supervisionVisits.caseId })
    .from(supervisionVisits)
    .where(eq(supervisionVisits.companyId, companyId));
  const ids = [
    ...(await viaInspections).map((r) => r.caseId),
    ...(await viaVisits).map((r) => r.caseId),
  ].filter((x): x is string => !!x);
  if (ids.length === 0) return [];
  return db
    .select({
      id: cases.id,
      definitionKey: cases.definitionKey,
      number: cases.number,
      title: cases.subject,
      status: cases.status,
      openedAt: cases.startedAt,
    })
    .from(cases)
    .where(inArray(cases.id, [...new Set(ids)]))
    .orderBy(desc(cases.startedAt));
}

export async function findInspection(db: Db, id: string) {
  const [row] = await db.select().from(controlInspections).where(eq(controlInspections.id, id));
  return row;
}
