import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, letterNumbers, units, users } from '../schema';

export type LetterNumberRow = typeof letterNumbers.$inferSelect;
export type LetterNumberListRow = LetterNumberRow & { issuedByName: string | null };

export async function insertLetterNumber(
  db: Db,
  values: typeof letterNumbers.$inferInsert,
): Promise<LetterNumberRow> {
  const [row] = await db.insert(letterNumbers).values(values).returning();
  return row!;
}

export async function findLetterNumber(db: Db, id: string): Promise<LetterNumberRow | undefined> {
  const [row] = await db.select().from(letterNumbers).where(eq(letterNumbers.id, id));
  return row;
}

export async function findLetterNumberForUpdate(db: Db, id: string): Promise<LetterNumberRow | undefined> {
  const [row] = await db.select().from(letterNumbers).where(eq(letterNumbers.id, id)).for('update');
  return row;
}

export async function markLetterNumberCancelled(
  db: Db,
  id: string,
  opts: { reason: string; now: Date },
): Promise<LetterNumberRow> {
  const [row] = await db
    .update(letterNumbers)
    .set({ status: 'cancelled', cancelledAt: opts.now, cancelReason: opts.reason })
    .where(eq(letterNumbers.id, id))
    .returning();
  return row!;
}

export interface LetterNumberFilter {
  agencyId: string;
  q?: string;
  year?: number;
  classification?: string;
  unitCode?: string;
  status?: string;
}

/** `%` and `_` typed by the user are literal characters, not wildcards. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterWhere(f: LetterNumberFilter): SQL {
  const parts: SQL[] = [eq(letterNumbers.agencyId, f.agencyId)];
  if (f.year) parts.push(eq(letterNumbers.year, f.year));
  if (f.classification) parts.push(eq(letterNumbers.classification, f.classification));
  if (f.unitCode) parts.push(eq(letterNumbers.unitCode, f.unitCode));
  if (f.status) parts.push(eq(letterNumbers.status, f.status));
  if (f.q) {
    const like = likePattern(f.q);
    parts.push(or(ilike(letterNumbers.number, like), ilike(letterNumbers.subject, like))!);
  }
  return and(...parts)!;
}

/** Newest first for the screen; register order (oldest first) for the export. */
export async function searchLetterNumbers(
  db: Db,
  filter: LetterNumberFilter,
  page: { limit: number; offset: number; order?: 'newest' | 'oldest' },
): Promise<{ rows: LetterNumberListRow[]; total: number }> {
  const where = filterWhere(filter);
  const dir = page.order === 'oldest' ? asc : desc;
  const rows = await db
    .select({ row: letterNumbers, issuedByName: users.name })
    .from(letterNumbers)
    .leftJoin(users, eq(users.id, letterNumbers.issuedBy))
    .where(where)
    .orderBy(dir(letterNumbers.issuedAt), dir(letterNumbers.sequence), asc(letterNumbers.number))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(letterNumbers).where(where);
  return { rows: rows.map((r) => ({ ...r.row, issuedByName: r.issuedByName })), total: total?.n ?? 0 };
}

/** The values the register's filters offer: codes, classifications and years already used. */
export async function letterNumberFacets(db: Db, agencyId: string) {
  const where = eq(letterNumbers.agencyId, agencyId);
  const [unitCodes, classifications, years] = await Promise.all([
    db.selectDistinct({ v: letterNumbers.unitCode }).from(letterNumbers).where(where),
    db.selectDistinct({ v: letterNumbers.classification }).from(letterNumbers).where(where),
    db.selectDistinct({ v: letterNumbers.year }).from(letterNumbers).where(where),
  ]);
  return {
    unitCodes: unitCodes.map((r) => r.v),
    classifications: classifications.map((r) => r.v),
    years: years.map((r) => r.v),
  };
}

/** The codes of an agency's units and of its root unit, for the printed unit code (`DPMPTSP-DALAK`). */
/** The agency's units with what the register prints and shows of them. */
export async function unitCodesOfAgency(db: Db, agencyId: string) {
  return db
    .select({
      id: units.id,
      code: units.code,
      parentId: units.parentId,
      name: units.name,
      nameEn: units.nameEn,
    })
    .from(units)
    .where(eq(units.agencyId, agencyId))
    .orderBy(asc(units.sortOrder), asc(units.code));
}

export async function updateAgencyLetterPattern(db: Db, agencyId: string, pattern: string): Promise<void> {
  await db
    .update(agencies)
    .set({ letterNumberPattern: pattern })
    .where(eq(agencies.id, agencyId))
    .returning({ id: agencies.id });
}

/** For tests and the benchmark: every sequence of one register, in order. */
export async function registerSequences(
  db: Db,
  where: { agencyId: string; unitCode: string; classification: string; year: number },
): Promise<number[]> {
  const rows = await db
    .select({ s: letterNumbers.sequence })
    .from(letterNumbers)
    .where(
      and(
        eq(letterNumbers.agencyId, where.agencyId),
        eq(letterNumbers.unitCode, where.unitCode),
        eq(letterNumbers.classification, where.classification),
        eq(letterNumbers.year, where.year),
      ),
    )
    .orderBy(asc(letterNumbers.sequence));
  return rows.map((r) => r.s);
}
