import { normalizeTrackingCode } from '@sigap/contracts';
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNull,
  lt,
  ne,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { likePattern } from '../../../platform/db/repositories/letter-numbers';
import { cases, files, units, users } from '../../../platform/db/schema';
import {
  complaintAttachments,
  complaintIdentityGrants,
  complaintInputRequests,
  complaintMerges,
  complaintReporters,
  complaints,
} from '../schema';

export type ComplaintRow = typeof complaints.$inferSelect;
export type ReporterRow = typeof complaintReporters.$inferSelect;
export type InputRequestRow = typeof complaintInputRequests.$inferSelect;

/** Statuses of a complaint still being handled (duplicates are looked for among these). */
export const OPEN_COMPLAINT_STATUSES = ['received', 'in_progress', 'with_working_group'] as const;

export async function insertComplaint(db: Db, values: typeof complaints.$inferInsert): Promise<ComplaintRow> {
  const [row] = await db.insert(complaints).values(values).returning();
  return row!;
}

export async function insertReporter(db: Db, values: typeof complaintReporters.$inferInsert): Promise<void> {
  await db.insert(complaintReporters).values(values);
}

export async function findComplaint(db: Db, id: string): Promise<ComplaintRow | undefined> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  return row;
}

export async function findComplaintForUpdate(db: Db, id: string): Promise<ComplaintRow | undefined> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id)).for('update');
  return row;
}

export async function findComplaintByCase(db: Db, caseId: string): Promise<ComplaintRow | undefined> {
  const [row] = await db.select().from(complaints).where(eq(complaints.caseId, caseId));
  return row;
}

/** By the reporter's public code (in its written form, `ADU-7KQ4M-9XPT2`); never by the register number. */
export async function findComplaintByCode(db: Db, trackingCode: string): Promise<ComplaintRow | undefined> {
  const [row] = await db.select().from(complaints).where(eq(complaints.trackingCode, trackingCode));
  return row;
}

export async function findComplaintsByIds(db: Db, ids: string[]): Promise<ComplaintRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(complaints).where(inArray(complaints.id, ids));
}

export async function updateComplaint(
  db: Db,
  id: string,
  patch: Partial<typeof complaints.$inferInsert>,
): Promise<void> {
  await db.update(complaints).set(patch).where(eq(complaints.id, id));
}

/** Only after `canSeeReporterIdentity`: the one read of a reporter's identity. */
export async function findReporter(db: Db, complaintId: string): Promise<ReporterRow | undefined> {
  const [row] = await db
    .select()
    .from(complaintReporters)
    .where(eq(complaintReporters.complaintId, complaintId));
  return row;
}

export async function findReportersByIds(db: Db, complaintIds: string[]): Promise<ReporterRow[]> {
  if (complaintIds.length === 0) return [];
  return db.select().from(complaintReporters).where(inArray(complaintReporters.complaintId, complaintIds));
}

export async function updateReporter(
  db: Db,
  complaintId: string,
  patch: Partial<typeof complaintReporters.$inferInsert>,
): Promise<void> {
  await db.update(complaintReporters).set(patch).where(eq(complaintReporters.complaintId, complaintId));
}

/** The answer channel of a complaint the officer settled at once (the `settle` action). */
export const SETTLED_AT_ONCE = 'direct';

export interface ComplaintFilter {
  agencyId: string;
  status?: string | undefined;
  type?: string | undefined;
  channel?: string | undefined;
  q?: string | undefined;
  overdueAt?: Date | undefined;
  /** Only complaints the officer settled at once and reported to the chair (Pasal 9 huruf c). */
  settledAtOnce?: boolean | undefined;
  limit: number;
  offset: number;
}

function complaintWhere(f: ComplaintFilter): SQL | undefined {
  const conds: SQL[] = [eq(complaints.agencyId, f.agencyId)];
  if (f.status === 'open') conds.push(inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES]));
  else if (f.status) conds.push(eq(complaints.status, f.status));
  else conds.push(notInArray(complaints.status, ['rejected']));
  if (f.type) conds.push(eq(complaints.type, f.type));
  if (f.channel) conds.push(eq(complaints.channel, f.channel));
  if (f.q) {
    const p = likePattern(f.q);
    // a reporter on the phone reads out the public code, however they write it
    const code = normalizeTrackingCode(f.q);
    conds.push(
      or(
        ilike(complaints.trackingNumber, p),
        ilike(complaints.trackingCode, p),
        ...(code ? [eq(complaints.trackingCode, code)] : []),
        ilike(complaints.subject, p),
        ilike(complaints.description, p),
        ilike(complaints.companyName, p),
        eq(complaints.nib, f.q.trim()),
        // the register is the complaint team's, who may search by the reporter
        sql`exists (select 1 from complaint_reporters r where r.complaint_id = "complaints"."id" and (r.name ilike ${p} or r.email ilike ${p} or r.phone ilike ${p}))`,
      )!,
    );
  }
  if (f.settledAtOnce) conds.push(eq(complaints.answerChannel, SETTLED_AT_ONCE));
  if (f.overdueAt) {
    conds.push(inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES]));
    conds.push(lt(complaints.answerDue, f.overdueAt));
  }
  return and(...conds);
}

export async function listComplaints(db: Db, f: ComplaintFilter) {
  const where = complaintWhere(f);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(complaints)
      .where(where)
      .orderBy(desc(complaints.receivedAt), desc(complaints.trackingNumber))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(complaints).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Open complaints of the agency (other than `excludeId`) with their reporters, for duplicate matching. */
export async function openComplaintsForMatching(db: Db, agencyId: string, excludeId: string) {
  return db
    .select({
      id: complaints.id,
      trackingNumber: complaints.trackingNumber,
      subject: complaints.subject,
      description: complaints.description,
      status: complaints.status,
      receivedAt: complaints.receivedAt,
      nib: complaints.nib,
      companyName: complaints.companyName,
      contactKeys: complaintReporters.contactKeys,
    })
    .from(complaints)
    .leftJoin(complaintReporters, eq(complaintReporters.complaintId, complaints.id))
    .where(
      and(
        eq(complaints.agencyId, agencyId),
        ne(complaints.id, excludeId),
        inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES]),
      ),
    )
    .orderBy(desc(complaints.receivedAt))
    .limit(2000);
}

export async function insertAttachment(
  db: Db,
  values: typeof complaintAttachments.$inferInsert,
): Promise<void> {
  await db.insert(complaintAttachments).values(values);
}

export async function listAttachments(db: Db, complaintId: string) {
  return db
    .select({
      id: files.id,
      filename: files.filename,
      size: files.size,
      contentType: files.contentType,
      source: complaintAttachments.source,
      updateId: complaintAttachments.updateId,
      createdAt: complaintAttachments.createdAt,
    })
    .from(complaintAttachments)
    .innerJoin(files, eq(files.id, complaintAttachments.fileId))
    .where(eq(complaintAttachments.complaintId, complaintId))
    .orderBy(asc(complaintAttachments.createdAt));
}

export async function findAttachment(db: Db, complaintId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(complaintAttachments)
    .where(and(eq(complaintAttachments.complaintId, complaintId), eq(complaintAttachments.fileId, fileId)));
  return row;
}

export async function insertInputRequest(
  db: Db,
  values: typeof complaintInputRequests.$inferInsert,
): Promise<InputRequestRow> {
  const [row] = await db.insert(complaintInputRequests).values(values).returning();
  return row!;
}

export async function findInputRequestForUpdate(db: Db, id: string): Promise<InputRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(complaintInputRequests)
    .where(eq(complaintInputRequests.id, id))
    .for('update');
  return row;
}

export async function updateInputRequest(
  db: Db,
  id: string,
  patch: Partial<typeof complaintInputRequests.$inferInsert>,
): Promise<void> {
  await db.update(complaintInputRequests).set(patch).where(eq(complaintInputRequests.id, id));
}

/** Input requests with the unit's and the people's names; by complaint or by the units asked. */
export async function listInputRequests(
  db: Db,
  where: { complaintId: string } | { agencyId: string; unitIds: string[] | 'all'; status?: string },
) {
  const requester = sql<string>`(select name from ${users} where ${users.id} = ${complaintInputRequests.requestedBy})`;
  const answerer = sql<
    string | null
  >`(select name from ${users} where ${users.id} = ${complaintInputRequests.answeredBy})`;
  let cond: SQL | undefined;
  if ('complaintId' in where) cond = eq(complaintInputRequests.complaintId, where.complaintId);
  else {
    const parts: SQL[] = [eq(complaintInputRequests.agencyId, where.agencyId)];
    if (where.unitIds !== 'all') {
      if (where.unitIds.length === 0) return [];
      parts.push(inArray(complaintInputRequests.unitId, where.unitIds));
    }
    if (where.status) parts.push(eq(complaintInputRequests.status, where.status));
    cond = and(...parts);
  }
  return db
    .select({
      request: complaintInputRequests,
      unitName: units.name,
      trackingNumber: complaints.trackingNumber,
      complaintSubject: complaints.subject,
      anonymous: complaints.anonymous,
      confidential: complaints.confidential,
      requestedByName: requester,
      answeredByName: answerer,
    })
    .from(complaintInputRequests)
    .innerJoin(units, eq(units.id, complaintInputRequests.unitId))
    .innerJoin(complaints, eq(complaints.id, complaintInputRequests.complaintId))
    .where(cond)
    .orderBy(asc(complaintInputRequests.dueAt));
}

/** Open input requests past their due time and not yet reminded (the sweep). */
export async function lockOverdueInputRequests(db: Db, now: Date, limit: number): Promise<InputRequestRow[]> {
  return db
    .select()
    .from(complaintInputRequests)
    .where(
      and(
        eq(complaintInputRequests.status, 'open'),
        eq(complaintInputRequests.reminded, false),
        lt(complaintInputRequests.dueAt, now),
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function insertIdentityGrant(
  db: Db,
  values: typeof complaintIdentityGrants.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(complaintIdentityGrants)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: complaintIdentityGrants.id });
  return rows.length > 0;
}

export async function listIdentityGrants(db: Db, complaintId: string) {
  return db
    .select({
      userId: complaintIdentityGrants.userId,
      userName: users.name,
      reason: complaintIdentityGrants.reason,
      grantedAt: complaintIdentityGrants.grantedAt,
    })
    .from(complaintIdentityGrants)
    .innerJoin(users, eq(users.id, complaintIdentityGrants.userId))
    .where(eq(complaintIdentityGrants.complaintId, complaintId))
    .orderBy(asc(complaintIdentityGrants.grantedAt));
}

/** Complaints whose identity was revealed to the user (for lists). */
export async function complaintIdsRevealedTo(
  db: Db,
  userId: string,
  complaintIds: string[],
): Promise<string[]> {
  if (complaintIds.length === 0) return [];
  const rows = await db
    .select({ id: complaintIdentityGrants.complaintId })
    .from(complaintIdentityGrants)
    .where(
      and(
        eq(complaintIdentityGrants.userId, userId),
        inArray(complaintIdentityGrants.complaintId, complaintIds),
      ),
    );
  return rows.map((r) => r.id);
}

export async function insertMerge(db: Db, values: typeof complaintMerges.$inferInsert): Promise<void> {
  await db.insert(complaintMerges).values(values);
}

export async function findActiveMerge(db: Db, complaintId: string) {
  const [row] = await db
    .select()
    .from(complaintMerges)
    .where(and(eq(complaintMerges.complaintId, complaintId), isNull(complaintMerges.undoneAt)))
    .orderBy(desc(complaintMerges.mergedAt))
    .limit(1);
  return row;
}

export async function markMergeUndone(
  db: Db,
  id: string,
  patch: { undoneBy: string; undoneAt: Date; undoReason: string },
): Promise<void> {
  await db.update(complaintMerges).set(patch).where(eq(complaintMerges.id, id));
}

export async function listMergedInto(db: Db, intoComplaintId: string) {
  return db
    .select({ id: complaints.id, trackingNumber: complaints.trackingNumber })
    .from(complaints)
    .where(eq(complaints.mergedIntoId, intoComplaintId))
    .orderBy(asc(complaints.trackingNumber));
}

export async function countMerges(db: Db, complaintId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(complaintMerges)
    .where(eq(complaintMerges.complaintId, complaintId));
  return row?.n ?? 0;
}

export async function markInputRequestReminded(db: Db, id: string): Promise<void> {
  await db.update(complaintInputRequests).set({ reminded: true }).where(eq(complaintInputRequests.id, id));
}

/** Email drafts still waiting for an officer whose first-response time is near (before `until`). */
export async function listDraftsDueBefore(db: Db, until: Date) {
  return db
    .select({
      id: complaints.id,
      agencyId: complaints.agencyId,
      unitId: complaints.unitId,
      trackingNumber: complaints.trackingNumber,
      subject: complaints.subject,
      firstResponseDue: complaints.firstResponseDue,
    })
    .from(complaints)
    .where(and(eq(complaints.status, 'draft'), lt(complaints.firstResponseDue, until)))
    .limit(500);
}

/**
 * The complaints behind the given cases (a complaint's current case, and the earlier cases of
 * the same complaint, numbered `<register number>-N` after an undone merge).
 */
export async function complaintsOfCases(
  db: Db,
  caseIds: string[],
): Promise<Array<{ caseId: string; complaintId: string; agencyId: string; confidential: boolean }>> {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: cases.id,
      complaintId: complaints.id,
      agencyId: complaints.agencyId,
      confidential: complaints.confidential,
    })
    .from(cases)
    .innerJoin(
      complaints,
      and(
        eq(complaints.agencyId, cases.agencyId),
        or(
          eq(complaints.caseId, cases.id),
          eq(cases.number, complaints.trackingNumber),
          sql`${cases.number} like ${complaints.trackingNumber} || '-%'`,
        ),
      ),
    )
    .where(inArray(cases.id, caseIds));
}
