import { COMPLAINT_UPDATE_KINDS } from '@sigap/contracts/complaints';
import { and, asc, eq, gte, isNull, lt, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { recordUpdates } from '../../../platform/db/schema';
import { complaintMerges, complaintRecaps, complaints } from '../schema';

/**
 * The outer row's id inside a correlated subquery. Drizzle writes a column of the only table
 * of a query unqualified ("id"), which inside the subquery would name the subquery's own id.
 */
const complaintId = sql.raw('"complaints"."id"');

/** Drafts (unconfirmed inbound email) and rejected drafts are not complaints: no report counts them. */
const NOT_COMPLAINTS = ['draft', 'rejected'];

const isComplaint = (agencyId: string): SQL =>
  and(eq(complaints.agencyId, agencyId), notInArray(complaints.status, NOT_COMPLAINTS)) as SQL;

/** Type, channel and status of the complaints received in [start, end): the daily tally. */
export async function listTallyRows(db: Db, agencyId: string, start: Date, end: Date) {
  return db
    .select({ type: complaints.type, channel: complaints.channel, status: complaints.status })
    .from(complaints)
    .where(and(isComplaint(agencyId), gte(complaints.receivedAt, start), lt(complaints.receivedAt, end)));
}

/** When the complaint was merged into another (its active merge), for "open at the week's end". */
const mergedAt = sql<Date | null>`(
  select max(${complaintMerges.mergedAt}) from ${complaintMerges}
  where ${complaintMerges.complaintId} = ${complaintId} and ${complaintMerges.undoneAt} is null
)`.mapWith(complaints.receivedAt);

/**
 * The latest public step. Steps written at the same instant (a settled complaint is answered
 * and closed at once) are ordered as the tracking page's vocabulary lists them.
 */
const KIND_ORDER = sql.raw(`array[${COMPLAINT_UPDATE_KINDS.map((k) => `'${k}'`).join(',')}]::text[]`);
const lastStep = sql<string | null>`(
  select ${recordUpdates.kind} from ${recordUpdates}
  where ${recordUpdates.recordType} = 'complaint' and ${recordUpdates.recordId} = ${complaintId} and ${recordUpdates.public}
  order by ${recordUpdates.occurredAt} desc, array_position(${KIND_ORDER}, ${recordUpdates.kind}) desc
  limit 1
)`;

/**
 * The complaints a weekly recap of [start, end) looks at: received in the week, or received
 * before its end and not answered, closed or merged before its start (the open backlog and
 * what was answered during the week). No identity: the reporter's table is not read.
 */
export async function listRecapComplaints(db: Db, agencyId: string, start: Date, end: Date) {
  const finished = sql`least(${complaints.answeredAt}, ${complaints.closedAt}, ${mergedAt})`;
  return db
    .select({
      trackingNumber: complaints.trackingNumber,
      subject: complaints.subject,
      confidential: complaints.confidential,
      type: complaints.type,
      channel: complaints.channel,
      status: complaints.status,
      receivedAt: complaints.receivedAt,
      answerDue: complaints.answerDue,
      answeredAt: complaints.answeredAt,
      closedAt: complaints.closedAt,
      mergedAt,
      lastStep,
    })
    .from(complaints)
    .where(
      and(
        isComplaint(agencyId),
        lt(complaints.receivedAt, end),
        or(
          gte(complaints.receivedAt, start),
          sql`${finished} is null`,
          sql`${finished} >= ${start.toISOString()}::timestamptz`,
          and(gte(complaints.answeredAt, start), lt(complaints.answeredAt, end)),
        ),
      ),
    )
    .orderBy(asc(complaints.receivedAt), asc(complaints.trackingNumber));
}

/** What the public statistics need of the complaints received in [start, end): no text, no identity. */
export async function listStatsRows(db: Db, agencyId: string, start: Date, end: Date) {
  return db
    .select({
      type: complaints.type,
      channel: complaints.channel,
      status: complaints.status,
      receivedAt: complaints.receivedAt,
      answeredAt: complaints.answeredAt,
      answerDue: complaints.answerDue,
    })
    .from(complaints)
    .where(and(isComplaint(agencyId), gte(complaints.receivedAt, start), lt(complaints.receivedAt, end)));
}

export type RecapRow = typeof complaintRecaps.$inferSelect;

export async function findRecap(db: Db, agencyId: string, weekStart: string): Promise<RecapRow | undefined> {
  const [row] = await db
    .select()
    .from(complaintRecaps)
    .where(and(eq(complaintRecaps.agencyId, agencyId), eq(complaintRecaps.weekStart, weekStart)));
  return row;
}

/**
 * Records a week's recap unless one exists (the primary key is agency and week); returns
 * whether this call recorded it. A concurrent second writer waits for the first and gets false.
 */
export async function insertRecapOnce(db: Db, values: typeof complaintRecaps.$inferInsert): Promise<boolean> {
  const rows = await db
    .insert(complaintRecaps)
    .values(values)
    .onConflictDoNothing()
    .returning({ agencyId: complaintRecaps.agencyId });
  return rows.length > 0;
}

/**
 * Marks a prepared recap sent by the chair; returns the row, or nothing when it was not
 * `prepared` (already sent, also by a concurrent request: the update's condition decides).
 */
export async function markRecapSent(
  db: Db,
  key: { agencyId: string; weekStart: string },
  values: { sentAt: Date; sentBy: string; note: string | null },
): Promise<RecapRow | undefined> {
  const [row] = await db
    .update(complaintRecaps)
    .set({ status: 'sent', ...values })
    .where(
      and(
        eq(complaintRecaps.agencyId, key.agencyId),
        eq(complaintRecaps.weekStart, key.weekStart),
        eq(complaintRecaps.status, 'prepared'),
      ),
    )
    .returning();
  return row;
}

/** Records the chair's reminder once; false when it was already given or the recap is sent. */
export async function markRecapReminded(
  db: Db,
  key: { agencyId: string; weekStart: string },
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(complaintRecaps)
    .set({ remindedAt: at })
    .where(
      and(
        eq(complaintRecaps.agencyId, key.agencyId),
        eq(complaintRecaps.weekStart, key.weekStart),
        eq(complaintRecaps.status, 'prepared'),
        isNull(complaintRecaps.remindedAt),
      ),
    )
    .returning({ agencyId: complaintRecaps.agencyId });
  return rows.length > 0;
}
