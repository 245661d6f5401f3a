import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { recordUpdates } from '../schema';

export type RecordUpdateRow = typeof recordUpdates.$inferSelect;

export async function insertRecordUpdate(
  db: Db,
  values: typeof recordUpdates.$inferInsert,
): Promise<RecordUpdateRow> {
  const [row] = await db.insert(recordUpdates).values(values).returning();
  return row!;
}

/** A record's timeline in the order it happened (insertion order within one instant). */
export async function listRecordUpdates(
  db: Db,
  recordType: string,
  recordId: string,
): Promise<RecordUpdateRow[]> {
  return db
    .select()
    .from(recordUpdates)
    .where(and(eq(recordUpdates.recordType, recordType), eq(recordUpdates.recordId, recordId)))
    .orderBy(asc(recordUpdates.occurredAt), asc(recordUpdates.seq));
}
