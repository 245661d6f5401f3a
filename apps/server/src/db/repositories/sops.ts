import { and, asc, eq, isNull, or } from 'drizzle-orm';
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
