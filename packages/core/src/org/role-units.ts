export interface OrgUnit {
  id: string;
  parentId: string | null;
  sortOrder?: number;
}
export interface OrgPosition {
  unitId: string;
  roles: readonly string[];
  isHead: boolean;
}

/**
 * Which unit receives each role's tasks in a case owned by `homeUnitId`: the nearest unit
 * with a position holding the role, looking first in the home unit and below it (its
 * sections), then up the tree (the Kabid above a section, the Kepala Dinas at the top), then
 * anywhere in the agency (the Secretariat beside the division). Null when nobody has the role.
 */
export function resolveRoleUnits(
  units: readonly OrgUnit[],
  positions: readonly OrgPosition[],
  homeUnitId: string,
  roles: readonly string[],
): Record<string, string | null> {
  const children = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const rolesAt = new Map<string, Set<string>>();
  for (const p of positions) {
    const set = rolesAt.get(p.unitId) ?? new Set<string>();
    for (const r of p.roles) set.add(r);
    rolesAt.set(p.unitId, set);
  }
  const has = (unitId: string, role: string) => rolesAt.get(unitId)?.has(role) ?? false;
  const below = (start: string, role: string): string | null => {
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      if (has(id, role)) return id;
      for (const c of children.get(id) ?? []) queue.push(c.id);
    }
    return null;
  };
  const result: Record<string, string | null> = {};
  for (const role of roles) {
    let found = below(homeUnitId, role);
    for (let cur = parentOf.get(homeUnitId) ?? null; !found && cur; cur = parentOf.get(cur) ?? null) {
      if (has(cur, role)) found = cur;
    }
    if (!found) {
      const roots = children.get(null) ?? [];
      for (const r of roots) {
        found = below(r.id, role);
        if (found) break;
      }
    }
    result[role] = found;
  }
  return result;
}

/** The unit a task escalates to: the head of its unit, or of the unit above when the head is the one late. */
export function escalationUnits(units: readonly OrgUnit[], unitId: string): string[] {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const chain: string[] = [];
  for (let cur: string | null = unitId; cur; cur = parentOf.get(cur) ?? null) chain.push(cur);
  return chain;
}
