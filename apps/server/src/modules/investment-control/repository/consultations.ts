import { and, count, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases, users } from '../../../platform/db/schema';
import { companies, controlConsultations, lkpmReports } from '../schema';

export type ConsultationRow = typeof controlConsultations.$inferSelect;

export async function insertConsultation(db: Db, values: typeof controlConsultations.$inferInsert) {
  const [row] = await db.insert(controlConsultations).values(values).returning();
  return row!;
}

export async function updateConsultation(
  db: Db,
  id: string,
  values: Partial<typeof controlConsultations.$inferInsert>,
) {
  const [row] = await db
    .update(controlConsultations)
    .set(values)
    .where(eq(controlConsultations.id, id))
    .returning();
  return row!;
}

export async function findConsultation(db: Db, id: string) {
  const [row] = await db.select().from(controlConsultations).where(eq(controlConsultations.id, id));
  return row;
}

export async function findConsultationForUpdate(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(controlConsultations)
    .where(eq(controlConsultations.id, id))
    .for('update');
  return row;
}

export async function findConsultationByCase(db: Db, caseId: string) {
  const [row] = await db.select().from(controlConsultations).where(eq(controlConsultations.caseId, caseId));
  return row;
}

export async function consultationsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ caseId: controlConsultations.caseId, agencyId: controlConsultations.agencyId })
    .from(controlConsultations)
    .where(inArray(controlConsultations.caseId, caseIds));
}

/** The company's last LKPM filed (any status but a draft), newest period first. */
export async function lastFiledLkpm(db: Db, companyId: string) {
  const [row] = await db
    .select()
    .from(lkpmReports)
    .where(and(eq(lkpmReports.companyId, companyId), ne(lkpmReports.status, 'draft')))
    .orderBy(
      desc(lkpmReports.periodYear),
      desc(
        sql`case ${lkpmReports.periodKind} when 'quarter' then ${lkpmReports.periodNo} * 3 else ${lkpmReports.periodNo} * 6 end`,
      ),
      desc(lkpmReports.submittedAt),
    )
    .limit(1);
  return row;
}

export async function findLkpm(db: Db, id: string) {
  const [row] = await db.select().from(lkpmReports).where(eq(lkpmReports.id, id));
  return row;
}

export async function userName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

export async function caseNumber(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ number: cases.number }).from(cases).where(eq(cases.id, id));
  return row?.number ?? null;
}

export interface ConsultationFilter {
  agencyId: string;
  companyId?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Tickets with their company: open ones first (received, then scheduled), then newest first. */
export async function listConsultations(db: Db, f: ConsultationFilter) {
  const where: SQL[] = [eq(controlConsultations.agencyId, f.agencyId)];
  if (f.companyId) where.push(eq(controlConsultations.companyId, f.companyId));
  if (f.kind) where.push(eq(controlConsultations.kind, f.kind));
  if (f.status) where.push(eq(controlConsultations.status, f.status));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(controlConsultations.number, like),
        ilike(companies.name, like),
        ilike(companies.nib, like),
        ilike(controlConsultations.contactName, like),
        ilike(controlConsultations.topic, like),
      )!,
    );
  }
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ticket: controlConsultations, companyName: companies.name, nib: companies.nib })
      .from(controlConsultations)
      .innerJoin(companies, eq(companies.id, controlConsultations.companyId))
      .where(cond)
      .orderBy(
        sql`case ${controlConsultations.status} when 'received' then 0 when 'scheduled' then 1 else 2 end`,
        desc(controlConsultations.receivedAt),
      )
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: count() })
      .from(controlConsultations)
      .innerJoin(companies, eq(companies.id, controlConsultations.companyId))
      .where(cond),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Companies of the agency that filed an LKPM (not a draft), by name: the demo's tickets name them. */
export async function companiesWithLkpm(db: Db, agencyId: string, limit: number) {
  return db
    .selectDistinct({ id: companies.id, nib: companies.nib, name: companies.name })
    .from(companies)
    .innerJoin(lkpmReports, eq(lkpmReports.companyId, companies.id))
    .where(and(eq(companies.agencyId, agencyId), ne(lkpmReports.status, 'draft')))
    .orderBy(companies.name)
    .limit(limit);
}

export async function findConsultationByNumber(db: Db, agencyId: string, number: string) {
  const [row] = await db
    .select()
    .from(controlConsultations)
    .where(and(eq(controlConsultations.agencyId, agencyId), eq(controlConsultations.number, number)));
  return row;
}
