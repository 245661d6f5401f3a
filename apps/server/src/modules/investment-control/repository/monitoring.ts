import type { TMonitoringScope } from '@sigap/contracts/investment-control';
import { and, asc, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { cases, users } from '../../../platform/db/schema';
import { companies, monitoringResults, monitoringRounds } from '../schema';

export type MonitoringRoundRow = typeof monitoringRounds.$inferSelect;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The agency's registry companies a scope chooses (at most `limit`), by name. */
export async function companiesInScope(db: Db, agencyId: string, scope: TMonitoringScope, limit: number) {
  const where: SQL[] = [eq(companies.agencyId, agencyId)];
  if (scope.regency) where.push(eq(companies.regency, scope.regency));
  if (scope.riskLevel) where.push(eq(companies.riskLevel, scope.riskLevel));
  if (scope.investmentType) where.push(eq(companies.investmentType, scope.investmentType));
  if (scope.scale) where.push(eq(companies.scale, scope.scale));
  if (scope.kbli)
    where.push(sql`exists (select 1 from unnest(${companies.kbliCodes}) k where k like ${`${scope.kbli}%`})`);
  return db
    .select({ id: companies.id })
    .from(companies)
    .where(and(...where))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(limit);
}

export async function insertRound(db: Db, values: typeof monitoringRounds.$inferInsert) {
  const [row] = await db.insert(monitoringRounds).values(values).returning();
  return row!;
}

export async function updateRound(db: Db, id: string, values: Partial<typeof monitoringRounds.$inferInsert>) {
  const [row] = await db.update(monitoringRounds).set(values).where(eq(monitoringRounds.id, id)).returning();
  return row!;
}

export async function insertResults(db: Db, values: (typeof monitoringResults.$inferInsert)[]) {
  if (values.length > 0) await db.insert(monitoringResults).values(values);
}

export async function findRound(db: Db, id: string) {
  const [row] = await db.select().from(monitoringRounds).where(eq(monitoringRounds.id, id));
  return row;
}

export async function findRoundForUpdate(db: Db, id: string) {
  const [row] = await db.select().from(monitoringRounds).where(eq(monitoringRounds.id, id)).for('update');
  return row;
}

export async function findResult(db: Db, id: string) {
  const [row] = await db.select().from(monitoringResults).where(eq(monitoringResults.id, id));
  return row;
}

export async function updateResult(
  db: Db,
  id: string,
  values: Partial<typeof monitoringResults.$inferInsert>,
) {
  await db.update(monitoringResults).set(values).where(eq(monitoringResults.id, id));
}

const counts = {
  companies: sql<number>`(select count(*)::int from monitoring_results m where m.round_id = ${monitoringRounds.id})`,
  recorded: sql<number>`(select count(*)::int from monitoring_results m where m.round_id = ${monitoringRounds.id} and m.follow_up is not null)`,
  guidance: sql<number>`(select count(*)::int from monitoring_results m where m.round_id = ${monitoringRounds.id} and m.follow_up = 'guidance')`,
  supervision: sql<number>`(select count(*)::int from monitoring_results m where m.round_id = ${monitoringRounds.id} and m.follow_up = 'supervision')`,
};

export interface RoundFilter {
  agencyId: string;
  kind?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  id?: string;
  limit: number;
  offset: number;
}

/** Rounds with their counts and case number, newest first. */
export async function listRounds(db: Db, f: RoundFilter) {
  const where: SQL[] = [eq(monitoringRounds.agencyId, f.agencyId)];
  if (f.kind) where.push(eq(monitoringRounds.kind, f.kind));
  if (f.status) where.push(eq(monitoringRounds.status, f.status));
  if (f.q) where.push(ilike(monitoringRounds.title, `%${escapeLike(f.q)}%`));
  if (f.id) where.push(eq(monitoringRounds.id, f.id));
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({ round: monitoringRounds, caseNumber: cases.number, ...counts })
      .from(monitoringRounds)
      .leftJoin(cases, eq(cases.id, monitoringRounds.caseId))
      .where(cond)
      .orderBy(desc(monitoringRounds.createdAt), desc(monitoringRounds.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(monitoringRounds).where(cond),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** A round's results with their company and who recorded them, by company name. */
export async function listResults(db: Db, roundId: string) {
  return db
    .select({
      result: monitoringResults,
      companyName: companies.name,
      nib: companies.nib,
      regency: companies.regency,
      riskLevel: companies.riskLevel,
      recordedByName: users.name,
    })
    .from(monitoringResults)
    .innerJoin(companies, eq(companies.id, monitoringResults.companyId))
    .leftJoin(users, eq(users.id, monitoringResults.recordedBy))
    .where(eq(monitoringResults.roundId, roundId))
    .orderBy(asc(companies.name), asc(companies.id));
}
