import { and, count, desc, eq, gte, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { surveyInvitations, surveyResponses } from './schema';

/** The only file that writes the satisfaction survey's SQL. */

export type SurveyInvitationRow = typeof surveyInvitations.$inferSelect;
export type SurveyResponseInsert = typeof surveyResponses.$inferInsert;

/** Inserts the record's invitation unless it has one; answers the record's invitation either way. */
export async function upsertInvitation(
  db: Db,
  values: typeof surveyInvitations.$inferInsert,
): Promise<SurveyInvitationRow> {
  await db.insert(surveyInvitations).values(values).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.recordType, values.recordType),
        eq(surveyInvitations.recordId, values.recordId),
      ),
    );
  return row!;
}

export async function findInvitationByToken(
  db: Db,
  token: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SurveyInvitationRow | undefined> {
  const q = db.select().from(surveyInvitations).where(eq(surveyInvitations.token, token));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findInvitationOfRecord(
  db: Db,
  recordType: string,
  recordId: string,
): Promise<SurveyInvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.recordType, recordType), eq(surveyInvitations.recordId, recordId)));
  return row;
}

/** Marks the invitation answered, once: false when it already was (a concurrent answer). */
export async function markInvitationAnswered(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(surveyInvitations)
    .set({ answered: true })
    .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.answered, false)))
    .returning({ id: surveyInvitations.id });
  return rows.length === 1;
}

export async function insertResponse(db: Db, values: SurveyResponseInsert): Promise<void> {
  await db.insert(surveyResponses).values(values);
}

export interface ResponseFilter {
  agencyId: string;
  serviceKey: string;
  unitId?: string | null | undefined;
  start: Date;
  end: Date;
}

function responseWhere(f: ResponseFilter): SQL {
  return and(
    eq(surveyResponses.agencyId, f.agencyId),
    eq(surveyResponses.serviceKey, f.serviceKey),
    f.unitId ? eq(surveyResponses.unitId, f.unitId) : undefined,
    gte(surveyResponses.answeredAt, f.start),
    lt(surveyResponses.answeredAt, f.end),
  )!;
}

const ELEMENT_SUMS = {
  u1: sql<number>`coalesce(sum(${surveyResponses.u1}), 0)::int`,
  u2: sql<number>`coalesce(sum(${surveyResponses.u2}), 0)::int`,
  u3: sql<number>`coalesce(sum(${surveyResponses.u3}), 0)::int`,
  u4: sql<number>`coalesce(sum(${surveyResponses.u4}), 0)::int`,
  u5: sql<number>`coalesce(sum(${surveyResponses.u5}), 0)::int`,
  u6: sql<number>`coalesce(sum(${surveyResponses.u6}), 0)::int`,
  u7: sql<number>`coalesce(sum(${surveyResponses.u7}), 0)::int`,
  u8: sql<number>`coalesce(sum(${surveyResponses.u8}), 0)::int`,
  u9: sql<number>`coalesce(sum(${surveyResponses.u9}), 0)::int`,
};

export type ElementSums = { [K in keyof typeof ELEMENT_SUMS]: number };

/** Respondents and per-element sums of the answers in a period. */
export async function sumResponses(
  db: Db,
  f: ResponseFilter,
): Promise<{ respondents: number } & ElementSums> {
  const [row] = await db
    .select({ respondents: sql<number>`count(*)::int`, ...ELEMENT_SUMS })
    .from(surveyResponses)
    .where(responseWhere(f));
  return row!;
}

/**
 * The local month (`YYYY-MM`) of an answer. The zone is written into the SQL (an IANA name,
 * checked) rather than bound, so the select and the group by are the same expression.
 */
function localMonth(timeZone: string): SQL<string> {
  if (!/^[A-Za-z]+(\/[A-Za-z_]+)*$/.test(timeZone)) throw new Error(`not a time zone: ${timeZone}`);
  return sql<string>`to_char(${surveyResponses.answeredAt} at time zone '${sql.raw(timeZone)}', 'YYYY-MM')`;
}

/** The same, per local month (`YYYY-MM` in `timeZone`). */
export async function sumResponsesByMonth(
  db: Db,
  f: ResponseFilter,
  timeZone: string,
): Promise<Array<{ month: string; respondents: number } & ElementSums>> {
  const month = localMonth(timeZone);
  return db
    .select({ month, respondents: sql<number>`count(*)::int`, ...ELEMENT_SUMS })
    .from(surveyResponses)
    .where(responseWhere(f))
    .groupBy(month);
}

/** Respondents per value of each profile field in a period (absent answers are not counted). */
export async function countProfile(
  db: Db,
  f: ResponseFilter,
): Promise<Record<'gender' | 'ageBand' | 'education' | 'occupation', Record<string, number>>> {
  const out = { gender: {}, ageBand: {}, education: {}, occupation: {} } as Record<
    'gender' | 'ageBand' | 'education' | 'occupation',
    Record<string, number>
  >;
  for (const field of ['gender', 'ageBand', 'education', 'occupation'] as const) {
    const col = surveyResponses[field];
    const rows = await db
      .select({ value: col, n: count() })
      .from(surveyResponses)
      .where(and(responseWhere(f), isNotNull(col)))
      .groupBy(col);
    for (const r of rows) if (r.value) out[field][r.value] = Number(r.n);
  }
  return out;
}

/** Suggestions of a period, newest first, with their local month only. */
export async function listSuggestions(
  db: Db,
  f: ResponseFilter,
  timeZone: string,
  limit: number,
): Promise<Array<{ month: string; text: string }>> {
  const rows = await db
    .select({
      month: localMonth(timeZone),
      text: surveyResponses.suggestion,
    })
    .from(surveyResponses)
    .where(and(responseWhere(f), isNotNull(surveyResponses.suggestion)))
    .orderBy(desc(surveyResponses.answeredAt))
    .limit(limit);
  return rows.map((r) => ({ month: r.month, text: r.text ?? '' }));
}

/** Invitations made in a period: the finished records of the service (the survey's population). */
export async function countInvitations(db: Db, f: ResponseFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.agencyId, f.agencyId),
        eq(surveyInvitations.serviceKey, f.serviceKey),
        f.unitId ? eq(surveyInvitations.unitId, f.unitId) : undefined,
        gte(surveyInvitations.createdAt, f.start),
        lt(surveyInvitations.createdAt, f.end),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Invitations not answered yet, oldest first (the demo answers them). */
export async function listUnansweredInvitations(db: Db): Promise<SurveyInvitationRow[]> {
  return db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.answered, false))
    .orderBy(surveyInvitations.createdAt);
}
