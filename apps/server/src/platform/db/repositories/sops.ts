import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { sopDefinitions } from '../schema';

export type SopDefinitionRow = typeof sopDefinitions.$inferSelect;

/** Shipped definitions and the agency's own, every version. */
export async function listSopDefinitions(db: Db, agencyId: string): Promise<SopDefinitionRow[]> {
  return db
    .select()
    .from(sopDefinitions)
    .where(or(isNull(sopDefinitions.agencyId), eq(sopDefinitions.agencyId, agencyId)))
    .orderBy(asc(sopDefinitions.key), asc(sopDefinitions.version));
}

export async function findSopDefinition(
  db: Db,
  agencyId: string,
  key: string,
  version: number,
): Promise<SopDefinitionRow | undefined> {
  const [row] = await db
    .select()
    .from(sopDefinitions)
    .where(
      and(
        eq(sopDefinitions.key, key),
        eq(sopDefinitions.version, version),
        or(isNull(sopDefinitions.agencyId), eq(sopDefinitions.agencyId, agencyId)),
      ),
    )
    .limit(1);
  return row;
}

export async function insertSopDefinitionIfMissing(
  db: Db,
  values: typeof sopDefinitions.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(sopDefinitions)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: sopDefinitions.id });
  return rows.length > 0;
}

/** Drafts sit at version 0 until published: one draft per key and agency at a time. */
export const DRAFT_VERSION = 0;

export async function findSopDefinitionById(db: Db, id: string): Promise<SopDefinitionRow | undefined> {
  const [row] = await db.select().from(sopDefinitions).where(eq(sopDefinitions.id, id)).limit(1);
  return row;
}

export async function findSopDraftByKey(
  db: Db,
  agencyId: string,
  key: string,
): Promise<SopDefinitionRow | undefined> {
  const [row] = await db
    .select()
    .from(sopDefinitions)
    .where(
      and(
        eq(sopDefinitions.agencyId, agencyId),
        eq(sopDefinitions.key, key),
        eq(sopDefinitions.status, 'draft'),
      ),
    )
    .limit(1);
  return row;
}

export async function insertSopDefinition(
  db: Db,
  values: typeof sopDefinitions.$inferInsert,
): Promise<SopDefinitionRow> {
  const [row] = await db.insert(sopDefinitions).values(values).returning();
  return row!;
}

export async function updateSopDraftRow(
  db: Db,
  id: string,
  values: { key: string; definition: unknown },
): Promise<SopDefinitionRow | undefined> {
  const [row] = await db
    .update(sopDefinitions)
    .set(values)
    .where(and(eq(sopDefinitions.id, id), eq(sopDefinitions.status, 'draft')))
    .returning();
  return row;
}

/** Turns a draft into a published version; a published row never changes again. */
export async function publishSopDraftRow(
  db: Db,
  id: string,
  values: { version: number; definition: unknown },
): Promise<SopDefinitionRow | undefined> {
  const [row] = await db
    .update(sopDefinitions)
    .set({ ...values, status: 'published' })
    .where(and(eq(sopDefinitions.id, id), eq(sopDefinitions.status, 'draft')))
    .returning();
  return row;
}

/** The highest published version of a key the agency sees (shipped or its own), 0 when none. */
export async function maxPublishedSopVersion(db: Db, agencyId: string, key: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${sopDefinitions.version})` })
    .from(sopDefinitions)
    .where(
      and(
        eq(sopDefinitions.key, key),
        eq(sopDefinitions.status, 'published'),
        or(isNull(sopDefinitions.agencyId), eq(sopDefinitions.agencyId, agencyId)),
      ),
    );
  return Number(row?.max ?? 0);
}

/** Serialises publishing of one key in one agency (transaction-scoped, across server instances). */
export async function lockSopKey(db: Db, agencyId: string, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`sop_definitions:${agencyId}:${key}`}))`);
}
