import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { documentTemplates } from '../schema';

export type TemplateRow = typeof documentTemplates.$inferSelect;

const visibleTo = (agencyId: string) =>
  and(
    or(isNull(documentTemplates.agencyId), eq(documentTemplates.agencyId, agencyId)),
    eq(documentTemplates.status, 'published'),
  );

/** Every published version the agency sees: the shipped ones and its own, by code and version. */
export async function listTemplateRows(db: Db, agencyId: string): Promise<TemplateRow[]> {
  return db
    .select()
    .from(documentTemplates)
    .where(visibleTo(agencyId))
    .orderBy(asc(documentTemplates.code), asc(documentTemplates.version), asc(documentTemplates.createdAt));
}

/**
 * One published version, or the newest when `version` is absent. On the same number the
 * agency's own row comes before the shipped one.
 */
export async function findTemplateRow(
  db: Db,
  agencyId: string,
  code: string,
  version?: number,
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(documentTemplates)
    .where(
      and(
        visibleTo(agencyId),
        eq(documentTemplates.code, code),
        version === undefined ? undefined : eq(documentTemplates.version, version),
      ),
    )
    .orderBy(desc(documentTemplates.version), sql`${documentTemplates.agencyId} nulls last`)
    .limit(1);
  return row;
}

/** The highest version of a code the agency sees (shipped or its own), 0 when none. */
export async function maxTemplateVersion(db: Db, agencyId: string, code: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${documentTemplates.version})` })
    .from(documentTemplates)
    .where(
      and(
        eq(documentTemplates.code, code),
        or(isNull(documentTemplates.agencyId), eq(documentTemplates.agencyId, agencyId)),
      ),
    );
  return Number(row?.max ?? 0);
}

/** Serialises publishing of one code in one agency (transaction-scoped, across server instances). */
export async function lockTemplateCode(db: Db, agencyId: string, code: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`document_templates:${agencyId}:${code}`}))`);
}

export async function insertTemplate(
  db: Db,
  values: typeof documentTemplates.$inferInsert,
): Promise<TemplateRow> {
  const [row] = await db.insert(documentTemplates).values(values).returning();
  return row!;
}

/** A shipped version is written once; an existing code+version is left as it is. */
export async function insertTemplateIfMissing(
  db: Db,
  values: typeof documentTemplates.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(documentTemplates)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: documentTemplates.id });
  return rows.length > 0;
}

/** The shipped (installation-wide) row of a code and version. */
export async function findShippedTemplate(
  db: Db,
  code: string,
  version: number,
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(documentTemplates)
    .where(
      and(
        isNull(documentTemplates.agencyId),
        eq(documentTemplates.code, code),
        eq(documentTemplates.version, version),
      ),
    );
  return row;
}

export async function updateTemplateBody(db: Db, id: string, body: unknown): Promise<void> {
  await db.update(documentTemplates).set({ body }).where(eq(documentTemplates.id, id));
}
