import { and, asc, desc, eq, gte, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases, documents } from '../../../platform/db/schema';
import { companies, controlInspections, licences, sanctions } from '../schema';

export type SanctionRow = typeof sanctions.$inferSelect;
export type NewSanction = typeof sanctions.$inferInsert;
export type SanctionListRow = {
  sanction: SanctionRow;
  companyNib: string;
  companyName: string;
  licenceNumber: string | null;
  caseNumber: string | null;
  caseSop: string | null;
  document: { id: string; title: string; status: string; number: string | null; templateCode: string } | null;
};

/** Sanctions with their company and licence, newest issue first. */
export async function listSanctions(
  db: Db,
  filter: { agencyId: string; companyId?: string; status?: string; overdueBefore?: string },
): Promise<SanctionListRow[]> {
  const where: SQL[] = [eq(sanctions.agencyId, filter.agencyId)];
  if (filter.companyId) where.push(eq(sanctions.companyId, filter.companyId));
  if (filter.status) where.push(eq(sanctions.status, filter.status));
  if (filter.overdueBefore) {
    where.push(eq(sanctions.status, 'open'), lt(sanctions.complyBy, filter.overdueBefore));
  }
  const rows = await db
    .select({
      sanction: sanctions,
      companyNib: companies.nib,
      companyName: companies.name,
      licenceNumber: licences.number,
      caseNumber: cases.number,
      caseSop: cases.definitionKey,
      documentId: documents.id,
      documentTitle: documents.title,
      documentStatus: documents.status,
      documentNumber: documents.number,
      documentTemplate: documents.templateCode,
    })
    .from(sanctions)
    .innerJoin(companies, eq(companies.id, sanctions.companyId))
    .leftJoin(licences, eq(licences.id, sanctions.licenceId))
    .leftJoin(cases, eq(cases.id, sanctions.caseId))
    .leftJoin(documents, eq(documents.id, sanctions.documentId))
    .where(and(...where))
    .orderBy(desc(sanctions.issuedOn), desc(sanctions.createdAt), asc(sanctions.id));
  return rows.map((r) => ({
    sanction: r.sanction,
    companyNib: r.companyNib,
    companyName: r.companyName,
    licenceNumber: r.licenceNumber,
    caseNumber: r.caseNumber,
    caseSop: r.caseSop,
    document: r.documentId
      ? {
          id: r.documentId,
          title: r.documentTitle!,
          status: r.documentStatus!,
          number: r.documentNumber,
          templateCode: r.documentTemplate!,
        }
      : null,
  }));
}

export async function findSanction(db: Db, id: string): Promise<SanctionRow | undefined> {
  const [row] = await db.select().from(sanctions).where(eq(sanctions.id, id)).for('update');
  return row;
}

/** The company's sanctions, locked for the ladder's next step. */
export async function companySanctionsForUpdate(db: Db, companyId: string): Promise<SanctionRow[]> {
  return db
    .select()
    .from(sanctions)
    .where(eq(sanctions.companyId, companyId))
    .orderBy(asc(sanctions.issuedOn), asc(sanctions.createdAt))
    .for('update');
}

export async function insertSanction(db: Db, row: NewSanction): Promise<SanctionRow> {
  const [created] = await db.insert(sanctions).values(row).returning();
  return created!;
}

export async function updateSanction(db: Db, id: string, set: Partial<NewSanction>): Promise<void> {
  await db.update(sanctions).set(set).where(eq(sanctions.id, id));
}

/** Escalates the company's open steps (the new step replaces them). */
export async function escalateOpen(db: Db, companyId: string, now: Date): Promise<void> {
  await db
    .update(sanctions)
    .set({ status: 'escalated', updatedAt: now })
    .where(and(eq(sanctions.companyId, companyId), eq(sanctions.status, 'open')));
}

/** Sets the status of one licence, or of every licence of the company not already revoked. */
export async function setLicenceStatus(
  db: Db,
  target: { companyId: string; licenceId?: string | undefined },
  status: 'suspended' | 'revoked',
  now: Date,
  caseId: string | null,
): Promise<void> {
  await db
    .update(licences)
    .set({ status, statusChangedAt: now, statusCaseId: caseId })
    .where(
      target.licenceId
        ? eq(licences.id, target.licenceId)
        : and(eq(licences.companyId, target.companyId), ne(licences.status, 'revoked')),
    );
}

export async function findLicence(db: Db, id: string) {
  const [row] = await db.select().from(licences).where(eq(licences.id, id));
  return row;
}

export async function caseAgency(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ agencyId: cases.agencyId }).from(cases).where(eq(cases.id, id));
  return row?.agencyId;
}

export async function documentAgency(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ agencyId: documents.agencyId }).from(documents).where(eq(documents.id, id));
  return row?.agencyId;
}

/** The last open step of each of these companies, and whether they are revoked. */
export async function ladderOf(db: Db, companyIds: string[]) {
  if (companyIds.length === 0) return [];
  return db
    .select({ companyId: sanctions.companyId, stage: sanctions.stage, status: sanctions.status })
    .from(sanctions)
    .where(inArray(sanctions.companyId, companyIds));
}

/** The SOP key of a case (whether a step continues the ladder's 067/012 case). */
export async function caseSop(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ key: cases.definitionKey }).from(cases).where(eq(cases.id, id));
  return row?.key;
}

/** An inspection report as a sanction's basis, with its case number. */
export async function inspectionForSanction(db: Db, id: string) {
  const [row] = await db
    .select({
      id: controlInspections.id,
      agencyId: controlInspections.agencyId,
      companyId: controlInspections.companyId,
      kind: controlInspections.kind,
      status: controlInspections.status,
      grade: controlInspections.grade,
      findingsCount: controlInspections.findingsCount,
      findings: controlInspections.findings,
      inspectedOn: controlInspections.inspectedOn,
      caseNumber: cases.number,
    })
    .from(controlInspections)
    .leftJoin(cases, eq(cases.id, controlInspections.caseId))
    .where(eq(controlInspections.id, id));
  return row;
}

/** Numbers of the company's licences still in force (a letter about the company as a whole). */
export async function licenceNumbersInForce(db: Db, companyId: string): Promise<string[]> {
  const rows = await db
    .select({ number: licences.number })
    .from(licences)
    .where(and(eq(licences.companyId, companyId), ne(licences.status, 'revoked')))
    .orderBy(asc(licences.number));
  return rows.map((r) => r.number);
}

/**
 * Sanctions issued in a year by stage and status, with the open ones past their comply-by date
 * (before `today`): the sanctions dashboard's counts.
 */
export async function sanctionCountsByStage(db: Db, agencyId: string, year: number, today: string) {
  return db
    .select({
      stage: sanctions.stage,
      status: sanctions.status,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${sanctions.complyBy} < ${today})::int`,
    })
    .from(sanctions)
    .where(
      and(
        eq(sanctions.agencyId, agencyId),
        gte(sanctions.issuedOn, `${year}-01-01`),
        lte(sanctions.issuedOn, `${year}-12-31`),
      ),
    )
    .groupBy(sanctions.stage, sanctions.status);
}

/** The SOP cases of a company's sanction steps (067/011-067/014), newest first. */
export async function sanctionCasesOfCompany(db: Db, companyId: string) {
  return db
    .selectDistinct({
      id: cases.id,
      definitionKey: cases.definitionKey,
      number: cases.number,
      title: cases.subject,
      status: cases.status,
      openedAt: cases.startedAt,
    })
    .from(sanctions)
    .innerJoin(cases, eq(cases.id, sanctions.caseId))
    .where(eq(sanctions.companyId, companyId))
    .orderBy(desc(cases.startedAt));
}
