import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { files } from '../../../platform/db/schema';
import { serviceRequestFiles, serviceRequestSchedules, serviceRequests } from '../schema';

export type ServiceRequestRow = typeof serviceRequests.$inferSelect;

export async function insertServiceRequest(
  db: Db,
  values: typeof serviceRequests.$inferInsert,
): Promise<ServiceRequestRow> {
  const [row] = await db.insert(serviceRequests).values(values).returning();
  return row!;
}

export async function findServiceRequest(db: Db, id: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, id));
  return row;
}

export async function findServiceRequestForUpdate(
  db: Db,
  id: string,
): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
  return row;
}

export async function findServiceRequestByCode(db: Db, code: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.trackingCode, code));
  return row;
}

export async function findServiceRequestByCase(
  db: Db,
  caseId: string,
): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.caseId, caseId));
  return row;
}

export async function serviceRequestsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      id: serviceRequests.id,
      caseId: serviceRequests.caseId,
      agencyId: serviceRequests.agencyId,
      priority: serviceRequests.priority,
    })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.caseId, caseIds), isNotNull(serviceRequests.caseId)));
}

export async function updateServiceRequest(
  db: Db,
  id: string,
  values: Partial<typeof serviceRequests.$inferInsert>,
): Promise<void> {
  await db.update(serviceRequests).set(values).where(eq(serviceRequests.id, id));
}

export interface ServiceRequestFilter {
  agencyId: string;
  service?: string | undefined;
  status?: string | undefined;
  priorityOnly?: boolean;
  limit: number;
  offset: number;
}

export async function listServiceRequests(db: Db, f: ServiceRequestFilter) {
  const where: SQL[] = [eq(serviceRequests.agencyId, f.agencyId)];
  if (f.service) where.push(eq(serviceRequests.service, f.service));
  if (f.status) where.push(eq(serviceRequests.status, f.status));
  if (f.priorityOnly) where.push(isNotNull(serviceRequests.priority));
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(serviceRequests)
      .where(cond)
      .orderBy(desc(serviceRequests.receivedAt))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(serviceRequests).where(cond),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function insertSchedule(
  db: Db,
  values: typeof serviceRequestSchedules.$inferInsert,
): Promise<void> {
  await db.insert(serviceRequestSchedules).values(values);
}

export async function listSchedules(db: Db, requestId: string) {
  return db
    .select()
    .from(serviceRequestSchedules)
    .where(eq(serviceRequestSchedules.requestId, requestId))
    .orderBy(asc(serviceRequestSchedules.at));
}

export async function insertRequestFile(
  db: Db,
  values: typeof serviceRequestFiles.$inferInsert,
): Promise<void> {
  await db.insert(serviceRequestFiles).values(values);
}

export async function listRequestFiles(db: Db, requestId: string) {
  return db
    .select({ id: files.id, filename: files.filename, role: serviceRequestFiles.role })
    .from(serviceRequestFiles)
    .innerJoin(files, eq(files.id, serviceRequestFiles.fileId))
    .where(eq(serviceRequestFiles.requestId, requestId))
    .orderBy(asc(serviceRequestFiles.createdAt));
}
