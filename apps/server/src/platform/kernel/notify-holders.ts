import type { AgencyRow } from '../db/repositories/org';
import { holdersInUnits } from '../db/repositories/org';
import { localDate } from '../lib/local-date';
import type { Db } from '../use-cases/context';
import { notifyStaff } from '../use-cases/notifications/notify-staff';

/**
 * In-app and email notices to today's holders of `roles` in a unit (a module's team unit), in
 * the caller's transaction; the actor who caused it is left out. The dedupe key makes a rerun
 * harmless.
 */
export async function notifyRoleHolders(
  tx: Db,
  opts: {
    agency: AgencyRow;
    unitId: string | null;
    roles: readonly string[];
    kind: string;
    title: string;
    body: string;
    link: string;
    dedupeKey: string;
    now: Date;
    exceptUserId?: string | null;
  },
): Promise<void> {
  if (!opts.unitId) return;
  const today = localDate(opts.now, opts.agency.timeZone);
  const holders = await holdersInUnits(tx, opts.agency.id, [opts.unitId], today);
  const userIds = new Set(
    holders
      .filter(
        (h) => (h.roles as string[]).some((r) => opts.roles.includes(r)) && h.userId !== opts.exceptUserId,
      )
      .map((h) => h.userId),
  );
  for (const userId of userIds) {
    await notifyStaff(tx, {
      agencyId: opts.agency.id,
      userId,
      kind: opts.kind,
      title: opts.title,
      body: opts.body,
      link: opts.link,
      dedupeKey: opts.dedupeKey,
      createdAt: opts.now,
    });
  }
}
