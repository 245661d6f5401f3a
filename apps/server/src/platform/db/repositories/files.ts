import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { files } from '../schema';

export type StoredFile = typeof files.$inferSelect;

export async function findFile(db: Db, id: string): Promise<StoredFile | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

export async function findFilesByIds(db: Db, ids: string[]): Promise<StoredFile[]> {
  if (ids.length === 0) return [];
  return db.select().from(files).where(inArray(files.id, ids));
}

/** Size and type only, for lists: the bytes stay in the database. */
export async function fileMetaByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: files.id, filename: files.filename, contentType: files.contentType, size: files.size })
    .from(files)
    .where(inArray(files.id, ids));
}
