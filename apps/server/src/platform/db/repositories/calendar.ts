import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { calendarDays } from '../schema';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** National days plus the agency's own days between two local dates (inclusive). */
export async function listCalendarDays(
  db: Db,
  agencyId: string,
  from: string,
  to: string,
): Promise<CalendarDayRow[]> {
  return db
    .select()
    .from(calendarDays)
    .where(
      and(
        or(isNull(calendarDays.agencyId), eq(calendarDays.agencyId, agencyId)),
        gte(calendarDays.date, from),
        lte(calendarDays.date, to),
      ),
    )
    .orderBy(asc(calendarDays.date));
}

export async function findCalendarDay(db: Db, id: string): Promise<CalendarDayRow | undefined> {
  const [row] = await db.select().from(calendarDays).where(eq(calendarDays.id, id));
  return row;
}

export async function insertCalendarDay(
  db: Db,
  values: typeof calendarDays.$inferInsert,
): Promise<CalendarDayRow> {
  const [row] = await db.insert(calendarDays).values(values).returning();
  return row!;
}

export async function insertCalendarDaysIgnoringExisting(
  db: Db,
  values: Array<typeof calendarDays.$inferInsert>,
) {
  if (values.length === 0) return;
  await db.insert(calendarDays).values(values).onConflictDoNothing();
}

export async function deleteCalendarDay(db: Db, id: string): Promise<void> {
  await db.delete(calendarDays).where(eq(calendarDays.id, id));
}

/** Which years have national days, and which have agency days, per agency. */
export async function nationalYearsWithDays(
  db: Db,
): Promise<{ national: Set<number>; byAgency: Map<string, Set<number>> }> {
  const rows = await db
    .selectDistinct({
      agencyId: calendarDays.agencyId,
      year: sql<number>`extract(year from ${calendarDays.date})::int`,
    })
    .from(calendarDays);
  const national = new Set<number>();
  const byAgency = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.agencyId === null) national.add(Number(r.year));
    else {
      const s = byAgency.get(r.agencyId) ?? new Set<number>();
      s.add(Number(r.year));
      byAgency.set(r.agencyId, s);
    }
  }
  return { national, byAgency };
}

/** Every non-working date that applies to an agency (national and its own). */
export async function listNonWorkingDates(db: Db, agencyId: string): Promise<string[]> {
  const rows = await db
    .select({ date: calendarDays.date })
    .from(calendarDays)
    .where(or(isNull(calendarDays.agencyId), eq(calendarDays.agencyId, agencyId)));
  return rows.map((r) => r.date);
}
