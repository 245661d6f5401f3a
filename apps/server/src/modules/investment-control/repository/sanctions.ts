import { and, asc, desc, eq, inArray, lt, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases, documents } from '../../../platform/db/schema';
import { companies, licences, sanctions } from '../schema';

export type SanctionRow = typeof sanctions.$inferSelect;
export type NewSanction = typeof sanctions.$inferInsert;
export type SanctionListRow = {
  sanction: SanctionRow;
  companyNib: string;
  companyName: string;
  licenceNumber: string | null;
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
  return db
    .select({
      sanction: sanctions,
      companyNib: companies.nib,
      companyName: companies.name,
      licenceNumber: licences.number,
    })
    .from(sanctions)
    .innerJoin(companies, eq(companies.id, sanctions.companyId))
    .leftJoin(licences, eq(licences.id, sanctions.licenceId))
    .where(and(...where))
    .orderBy(desc(sanctions.issuedOn), desc(sanctions.createdAt), asc(sanctions.id));
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
