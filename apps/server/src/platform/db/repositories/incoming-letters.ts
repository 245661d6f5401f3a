import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { cases, files, incomingLetters, users } from '../schema';
import { likePattern } from './letter-numbers';

export type IncomingLetterRow = typeof incomingLetters.$inferSelect;

export async function insertIncomingLetter(
  db: Db,
  values: typeof incomingLetters.$inferInsert,
): Promise<IncomingLetterRow> {
  const [row] = await db.insert(incomingLetters).values(values).returning();
  return row!;
}

export async function findIncomingLetter(db: Db, id: string): Promise<IncomingLetterRow | undefined> {
  const [row] = await db.select().from(incomingLetters).where(eq(incomingLetters.id, id));
  return row;
}

export async function findIncomingLetterForUpdate(
  db: Db,
  id: string,
): Promise<IncomingLetterRow | undefined> {
  const [row] = await db.select().from(incomingLetters).where(eq(incomingLetters.id, id)).for('update');
  return row;
}

export async function linkIncomingLetterCase(db: Db, id: string, caseId: string): Promise<void> {
  await db.update(incomingLetters).set({ caseId }).where(eq(incomingLetters.id, id));
}

export interface IncomingLetterQuery {
  agencyId: string;
  timeZone: string;
  q?: string | undefined;
  /** Local dates (YYYY-MM-DD) of receipt in the agency's zone, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  id?: string;
  limit: number;
  offset: number;
}

/** The agenda book, newest receipt first, with the scan's name and size and the linked case's number. */
export async function searchIncomingLetters(db: Db, q: IncomingLetterQuery) {
  const localDay = sql`(${incomingLetters.receivedAt} at time zone ${q.timeZone})::date`;
  const parts: Array<SQL | undefined> = [eq(incomingLetters.agencyId, q.agencyId)];
  if (q.id) parts.push(eq(incomingLetters.id, q.id));
  if (q.from) parts.push(sql`${localDay} >= ${q.from}::date`);
  if (q.to) parts.push(sql`${localDay} <= ${q.to}::date`);
  if (q.q) {
    const like = likePattern(q.q);
    parts.push(
      or(
        ilike(incomingLetters.agendaNumber, like),
        ilike(incomingLetters.sender, like),
        ilike(incomingLetters.letterNumber, like),
        ilike(incomingLetters.subject, like),
      ),
    );
  }
  const where = and(...parts);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(incomingLetters).where(where);
  const rows = await db
    .select({
      letter: incomingLetters,
      scanFilename: files.filename,
      scanContentType: files.contentType,
      scanSize: files.size,
      caseNumber: cases.number,
      registeredByName: users.name,
    })
    .from(incomingLetters)
    .leftJoin(files, eq(files.id, incomingLetters.scanFileId))
    .leftJoin(cases, eq(cases.id, incomingLetters.caseId))
    .leftJoin(users, eq(users.id, incomingLetters.registeredBy))
    .where(where)
    .orderBy(desc(incomingLetters.receivedAt), desc(incomingLetters.agendaNumber))
    .limit(q.limit)
    .offset(q.offset);
  return { total: total?.n ?? 0, rows };
}

export type IncomingLetterListRow = Awaited<ReturnType<typeof searchIncomingLetters>>['rows'][number];
