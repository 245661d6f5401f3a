import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { agencies } from '../../../platform/db/schema';
import { complaints } from '../schema';
import type { ComplaintRow } from './complaints';

const mailboxOf = sql<string>`lower(${agencies.settings} #>> '{complaints,mailbox}')`;

/**
 * Agencies whose complaint mailbox (`settings.complaints.mailbox`) is one of `addresses`,
 * compared case-insensitively, in creation order.
 */
export async function findAgenciesByMailbox(db: Db, addresses: string[]): Promise<AgencyRow[]> {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return [];
  return db.select().from(agencies).where(inArray(mailboxOf, wanted)).orderBy(asc(agencies.createdAt));
}

/**
 * Serialises the intake of one Message-ID for one agency until the transaction ends, so two
 * deliveries of the same mail (relay retries, several relays) cannot both create a draft.
 */
export async function lockInboundMessage(tx: Db, agencyId: string, messageId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inbound_email:${agencyId}:${messageId}`}))`);
}

/** The complaint (any status) the agency already made from the email with this Message-ID. */
export async function findComplaintByEmailMessageId(
  db: Db,
  agencyId: string,
  messageId: string,
): Promise<ComplaintRow | undefined> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.agencyId, agencyId),
        eq(complaints.channel, 'email'),
        sql`${complaints.channelDetails} ->> 'emailMessageId' = ${messageId}`,
      ),
    )
    .limit(1);
  return row;
}
