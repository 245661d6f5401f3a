import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, assignments, positions, units, users } from '../schema';

export type AgencyRow = typeof agencies.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;

export async function listAgencies(db: Db): Promise<AgencyRow[]> {
  return db.select().from(agencies).orderBy(asc(agencies.createdAt));
}

export async function findAgency(db: Db, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function findAgencyByCode(db: Db, code: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
  return row;
}

export async function insertAgency(db: Db, values: typeof agencies.$inferInsert): Promise<AgencyRow> {
  const [row] = await db.insert(agencies).values(values).returning();
  return row!;
}

export async function listUnits(db: Db, agencyId: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(eq(units.agencyId, agencyId))
    .orderBy(asc(units.sortOrder), asc(units.name));
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findUnitByCode(db: Db, agencyId: string, code: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.code, code)));
  return row;
}

export async function insertUnit(db: Db, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(
  db: Db,
  id: string,
  values: Partial<typeof units.$inferInsert>,
): Promise<UnitRow> {
  const [row] = await db.update(units).set(values).where(eq(units.id, id)).returning();
  return row!;
}

export async function deleteUnit(db: Db, id: string): Promise<void> {
  await db.delete(units).where(eq(units.id, id));
}

export async function countUnitDependants(
  db: Db,
  id: string,
): Promise<{ children: number; positions: number }> {
  const children = await db.select({ id: units.id }).from(units).where(eq(units.parentId, id));
  const pos = await db.select({ id: positions.id }).from(positions).where(eq(positions.unitId, id));
  return { children: children.length, positions: pos.length };
}

export async function listPositions(db: Db, agencyId: string): Promise<PositionRow[]> {
  return db.select().from(positions).where(eq(positions.agencyId, agencyId)).orderBy(asc(positions.title));
}

export async function findPosition(db: Db, id: string): Promise<PositionRow | undefined> {
  const [row] = await db.select().from(positions).where(eq(positions.id, id));
  return row;
}

export async function insertPosition(db: Db, values: typeof positions.$inferInsert): Promise<PositionRow> {
  const [row] = await db.insert(positions).values(values).returning();
  return row!;
}

export async function updatePosition(
  db: Db,
  id: string,
  values: Partial<typeof positions.$inferInsert>,
): Promise<PositionRow> {
  const [row] = await db.update(positions).set(values).where(eq(positions.id, id)).returning();
  return row!;
}

export async function listAssignmentsForAgency(db: Db, agencyId: string) {
  return db
    .select({ assignment: assignments, userName: users.name })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(eq(positions.agencyId, agencyId))
    .orderBy(asc(assignments.startsOn));
}

export async function findAssignment(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
  return row;
}

export async function insertAssignment(
  db: Db,
  values: typeof assignments.$inferInsert,
): Promise<AssignmentRow> {
  const [row] = await db.insert(assignments).values(values).returning();
  return row!;
}

export async function deleteAssignment(db: Db, id: string): Promise<void> {
  await db.delete(assignments).where(eq(assignments.id, id));
}

/** Positions a user holds on `onDate` (local date of the agency), acting assignments included. */
export async function activePositionsOfUser(db: Db, userId: string, onDate: string) {
  return db
    .select({ assignment: assignments, position: positions, unit: units })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(
      and(
        eq(assignments.userId, userId),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    );
}

/** Users holding any of `positionIds` on `onDate`: the people who receive a position's work. */
export async function holdersOfPositions(db: Db, positionIds: string[], onDate: string) {
  if (positionIds.length === 0) return [];
  return db
    .select({ userId: assignments.userId, positionId: assignments.positionId, kind: assignments.kind })
    .from(assignments)
    .where(
      and(
        inArray(assignments.positionId, positionIds),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    );
}

/** People holding a position in any of `unitIds` on `onDate`, with the position's roles and unit. */
export async function holdersInUnits(db: Db, agencyId: string, unitIds: string[], onDate: string) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      unitId: units.id,
      unitName: units.name,
      roles: positions.roles,
      isHead: positions.isHead,
    })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(
      and(
        eq(positions.agencyId, agencyId),
        inArray(positions.unitId, unitIds),
        eq(users.active, true),
        lte(assignments.startsOn, onDate),
        or(isNull(assignments.endsOn), gte(assignments.endsOn, onDate)),
      ),
    )
    .orderBy(asc(units.name), asc(users.name));
}

export async function updateAgencySettings(
  db: Db,
  id: string,
  settings: Record<string, unknown>,
): Promise<void> {
  await db.update(agencies).set({ settings }).where(eq(agencies.id, id));
}
