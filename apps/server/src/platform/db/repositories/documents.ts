import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, cases, documents, files, positions, units, users } from '../schema';

const { search: _search, ...documentColumns } = getTableColumns(documents);

/** A document row without its generated search vector. */
export type DocumentRow = Omit<typeof documents.$inferSelect, 'search'>;
export type NewDocument = Omit<typeof documents.$inferInsert, 'search'>;

export async function insertDocument(db: Db, values: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning(documentColumns);
  return row!;
}

export async function findDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select(documentColumns).from(documents).where(eq(documents.id, id));
  return row;
}

/** The row locked for the rest of the transaction: two reviewers acting at once are serialised. */
export async function findDocumentForUpdate(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select(documentColumns).from(documents).where(eq(documents.id, id)).for('update');
  return row;
}

/** Writes the change if nobody else wrote since `revision`; returns false on a lost race. */
export async function updateDocumentRow(
  db: Db,
  id: string,
  revision: number,
  values: Partial<NewDocument>,
): Promise<boolean> {
  const rows = await db
    .update(documents)
    .set({ ...values, revision: revision + 1 })
    .where(and(eq(documents.id, id), eq(documents.revision, revision)))
    .returning({ id: documents.id });
  return rows.length === 1;
}

export async function listDocumentsOfCase(db: Db, caseId: string): Promise<DocumentRow[]> {
  return db
    .select(documentColumns)
    .from(documents)
    .where(eq(documents.caseId, caseId))
    .orderBy(desc(documents.createdAt));
}

export type FileRow = typeof files.$inferSelect;

export async function insertFile(db: Db, values: typeof files.$inferInsert): Promise<{ id: string }> {
  const [row] = await db.insert(files).values(values).returning({ id: files.id });
  return row!;
}

/** The stored signed PDF of a document (the latest, should it ever be stored twice). */
export async function findDocumentFile(
  db: Db,
  documentId: string,
  kind: string,
): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.documentId, documentId), eq(files.kind, kind)))
    .orderBy(desc(files.createdAt))
    .limit(1);
  return row;
}

export interface ArchiveQuery {
  agencyId: string;
  timeZone: string;
  q?: string | undefined;
  type?: string | undefined;
  classification?: string | undefined;
  /** Local dates (YYYY-MM-DD) of signing in the agency's zone, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
  /** null: every document of the agency (administrators). */
  visibility: { userId: string; scopeUnitIds: readonly string[] } | null;
  /** Documents of cases of these SOPs only when the user drafted, reviews or signs them. */
  moduleOnly?: { definitionKeys: readonly string[]; userId: string };
}

function uuidArray(ids: readonly string[]): SQL {
  return ids.length === 0
    ? sql`array[]::uuid[]`
    : sql`array[${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )}]::uuid[]`;
}

/**
 * Which documents the actor may see, in SQL, so pages and counts stay right: the unit
 * scope, the chain, or the case (its unit or one of its tasks in scope or worked on by the actor).
 */
function visibleSql(v: NonNullable<ArchiveQuery['visibility']>): SQL {
  const scope = uuidArray(v.scopeUnitIds);
  const me = sql`${v.userId}::uuid`;
  return sql`(
    ${documents.unitId} = any(${scope})
    or ${documents.drafterUserId} = ${me}
    or ${documents.review} -> 'chain' @> jsonb_build_array(jsonb_build_object('userId', ${v.userId}::text))
    or (${documents.caseId} is not null and (
      exists (select 1 from cases c where c.id = ${documents.caseId} and c.unit_id = any(${scope}))
      or exists (select 1 from tasks t where t.case_id = ${documents.caseId}
        and (t.unit_id = any(${scope}) or t.assignee_user_id = ${me} or t.completed_by_user_id = ${me}))
    ))
  )`;
}

/** A document of a case of these SOPs only for its drafter and chain. */
function moduleOnlySql(m: NonNullable<ArchiveQuery['moduleOnly']>): SQL {
  const keys = sql.join(
    m.definitionKeys.map((k) => sql`${k}`),
    sql`, `,
  );
  return sql`(
    ${documents.caseId} is null
    or not exists (select 1 from cases c where c.id = ${documents.caseId} and c.definition_key in (${keys}))
    or ${documents.drafterUserId} = ${m.userId}::uuid
    or ${documents.review} -> 'chain' @> jsonb_build_array(jsonb_build_object('userId', ${m.userId}::text))
  )`;
}

/**
 * The archive: signed and sent documents, filtered by fields and ranked by full-text match
 * (`websearch_to_tsquery('indonesian', q)` on the generated `search` vector) when `q` is given.
 */
export async function searchArchive(db: Db, q: ArchiveQuery) {
  const query = q.q ? sql`websearch_to_tsquery('indonesian', ${q.q})` : null;
  const localDay = sql`(${documents.signedAt} at time zone ${q.timeZone})::date`;
  const where = and(
    eq(documents.agencyId, q.agencyId),
    sql`${documents.status} in ('signed', 'sent')`,
    isNotNull(documents.signedAt),
    query ? sql`${documents.search} @@ ${query}` : undefined,
    q.type ? eq(documents.type, q.type) : undefined,
    q.classification ? sql`${documents.classification} like ${`${q.classification}%`}` : undefined,
    q.from ? sql`${localDay} >= ${q.from}::date` : undefined,
    q.to ? sql`${localDay} <= ${q.to}::date` : undefined,
    q.visibility ? visibleSql(q.visibility) : undefined,
    q.moduleOnly && q.moduleOnly.definitionKeys.length > 0 ? moduleOnlySql(q.moduleOnly) : undefined,
  );
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(documents).where(where);
  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      type: documents.type,
      templateCode: documents.templateCode,
      templateVersion: documents.templateVersion,
      number: documents.number,
      status: documents.status,
      signedAt: documents.signedAt,
      classification: documents.classification,
      retentionYears: documents.retentionYears,
      caseId: documents.caseId,
      caseNumber: cases.number,
      unitName: units.name,
      signerName: users.name,
      rank: query ? sql<number>`ts_rank(${documents.search}, ${query})` : sql<number>`0`,
      excerpt: query
        ? sql<string>`ts_headline('indonesian', ${documents.bodyText}, ${query}, 'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=1')`
        : sql<string | null>`null`,
    })
    .from(documents)
    .leftJoin(cases, eq(cases.id, documents.caseId))
    .innerJoin(units, eq(units.id, documents.unitId))
    .leftJoin(users, eq(users.id, documents.signerUserId))
    .where(where)
    .orderBy(
      ...(query ? [sql`ts_rank(${documents.search}, ${query}) desc`] : []),
      desc(documents.signedAt),
      desc(documents.id),
    )
    .limit(q.limit)
    .offset(q.offset);
  return { total: total?.n ?? 0, rows };
}

/** The distinct document types in an agency's archive, for the filter. */
export async function listArchiveTypes(db: Db, agencyId: string) {
  return db
    .selectDistinct({ type: documents.type, templateCode: documents.templateCode })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), sql`${documents.status} in ('signed', 'sent')`));
}

/**
 * The agency's people holding a position on `onDate` (acting officials included), with the
 * position and unit: the reviewer and signer pickers, and the name and title printed beside
 * each initial and under the signature. `userIds` narrows it to those people.
 */
export async function peopleWithPositions(db: Db, agencyId: string, onDate: string, userIds?: string[]) {
  if (userIds && userIds.length === 0) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      nip: users.nip,
      active: users.active,
      position: positions.title,
      positionEn: positions.titleEn,
      isHead: positions.isHead,
      assignmentKind: assignments.kind,
      unitId: units.id,
      unitName: units.name,
      unitSort: units.sortOrder,
    })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(
      and(
        eq(users.agencyId, agencyId),
        userIds ? inArray(users.id, userIds) : eq(users.active, true),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    )
    .orderBy(desc(positions.isHead), asc(users.name));
}

/** The case (id and SOP) of each of the given documents that belongs to a case. */
export async function casesOfDocuments(
  db: Db,
  documentIds: string[],
): Promise<Array<{ documentId: string; caseId: string; definitionKey: string }>> {
  if (documentIds.length === 0) return [];
  return db
    .select({ documentId: documents.id, caseId: cases.id, definitionKey: cases.definitionKey })
    .from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(inArray(documents.id, documentIds));
}
