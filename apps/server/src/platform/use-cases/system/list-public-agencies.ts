import type { Db } from '../../db/client';
import { listAgencies } from '../../db/repositories/org';

/** Public facts about each agency: who it is, where, and in which time zone it counts deadlines. */
export async function listPublicAgencies({ db }: { db: Db }) {
  const rows = await listAgencies(db);
  return {
    agencies: rows.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      shortName: a.shortName,
      timeZone: a.timeZone,
      address: a.address,
    })),
  };
}
