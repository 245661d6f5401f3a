import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { agencies, files } from '../../../platform/db/schema';
import { serviceRequestEmailFiles, serviceRequestEmails, serviceRequests } from '../schema';

export type ServiceRequestEmailRow = typeof serviceRequestEmails.$inferSelect;

/** The agencies whose service-request mailboxes (`settings.serviceRequests.mailboxes`, kept lower-case) include `address`. */
export async function findAgenciesByRequestMailbox(db: Db, address: string): Promise<AgencyRow[]> {
  const wanted = address.trim().toLowerCase();
  if (!wanted) return [];
  return db
    .select()
    .from(agencies)
    .where(sql`(${agencies.settings} #> '{serviceRequests,mailboxes}') @> ${JSON.stringify([wanted])}::jsonb`)
    .orderBy(asc(agencies.createdAt));
}

/** Serialises the intake of one Message-ID for one agency until the transaction ends. */
export async function lockRequestEmailMessage(tx: Db, agencyId: string, messageId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`service_request_email:${agencyId}:${messageId}`}))`,
  );
}

export async function findRequestEmailByMessageId(
  db: Db,
  agencyId: string,
  messageId: string,
): Promise<ServiceRequestEmailRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceRequestEmails)
    .where(and(eq(serviceRequestEmails.agencyId, agencyId), eq(serviceRequestEmails.messageId, messageId)));
  return row;
}

export async function insertRequestEmail(
  db: Db,
  values: typeof serviceRequestEmails.$inferInsert,
): Promise<ServiceRequestEmailRow> {
  const [row] = await db.insert(serviceRequestEmails).values(values).returning();
  return row!;
}

export async function insertRequestEmailFile(
  db: Db,
  values: typeof serviceRequestEmailFiles.$inferInsert,
): Promise<void> {
  await db.insert(serviceRequestEmailFiles).values(values);
}

/** The agency's email `id` (another agency's answers nothing), locked when `forUpdate`. */
export async function findRequestEmail(
  db: Db,
  agencyId: string,
  id: string,
  forUpdate = false,
): Promise<ServiceRequestEmailRow | undefined> {
  const q = db
    .select()
    .from(serviceRequestEmails)
    .where(and(eq(serviceRequestEmails.id, id), eq(serviceRequestEmails.agencyId, agencyId)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateRequestEmail(
  db: Db,
  id: string,
  values: Partial<typeof serviceRequestEmails.$inferInsert>,
): Promise<void> {
  await db.update(serviceRequestEmails).set(values).where(eq(serviceRequestEmails.id, id));
}

export async function listRequestEmails(
  db: Db,
  f: { agencyId: string; status: string; limit: number; offset: number },
) {
  const cond = and(eq(serviceRequestEmails.agencyId, f.agencyId), eq(serviceRequestEmails.status, f.status));
  const attachmentCount = sql<number>`(select count(*)::int from ${serviceRequestEmailFiles} where ${serviceRequestEmailFiles.emailId} = ${serviceRequestEmails.id})`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ email: serviceRequestEmails, attachmentCount })
      .from(serviceRequestEmails)
      .where(cond)
      .orderBy(desc(serviceRequestEmails.receivedAt))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(serviceRequestEmails).where(cond),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The email's stored attachments, in the order the email had them. */
export async function listRequestEmailFiles(db: Db, emailId: string) {
  return db
    .select({ id: files.id, filename: files.filename, contentType: files.contentType, size: files.size })
    .from(serviceRequestEmailFiles)
    .innerJoin(files, eq(files.id, serviceRequestEmailFiles.fileId))
    .where(eq(serviceRequestEmailFiles.emailId, emailId))
    .orderBy(asc(serviceRequestEmailFiles.position));
}

/** The register number of the request an email became. */
export async function requestNumberOf(db: Db, requestId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ number: serviceRequests.number })
    .from(serviceRequests)
    .where(eq(serviceRequests.id, requestId));
  return row?.number;
}
