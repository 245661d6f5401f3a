import { can, isWorkingDay, type WorkingCalendar } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { findUser } from '../../../platform/db/repositories/users';
import { localDate } from '../../../platform/lib/local-date';
import { staffActor } from '../../../platform/use-cases/auth/resolve-session';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx, Ctx, SessionActor } from '../../../platform/use-cases/context';
import { startVisitCase } from '../domain/visit-case';
import { agenciesWithVisitsNeedingCase, lockVisitsNeedingCase, updateVisit } from '../repository/supervision';

const nextDate = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The n-th working day after a local date. */
function workingDaysAfter(calendar: WorkingCalendar, from: string, n: number): string {
  let d = from;
  for (let found = 0, i = 0; found < n && i < 3660; i++) {
    d = nextDate(d);
    if (isWorkingDay(calendar, d)) found++;
  }
  return d;
}

/**
 * Starts the SOP 067/009 case of each planned routine visit on the working day before its
 * letter day (two working days before the visit, or at once for a visit planned closer), as the
 * plan's author, with the letter step due at the close of the letter day: the officers find the
 * preparation and meeting steps in their inbox, then the assignment letter due that day.
 * Locked rows and the case id set in the same transaction make a rerun or a second worker do
 * nothing twice. Returns how many cases it started.
 */
export async function sweepSupervisionLetters({ db, now }: Ctx): Promise<number> {
  let started = 0;
  for (const agencyId of await agenciesWithVisitsNeedingCase(db)) {
    const agency = await findAgency(db, agencyId);
    if (!agency) continue;
    const calendar = await loadWorkingCalendar(db, agency);
    const today = localDate(now, agency.timeZone);
    const until = workingDaysAfter(calendar, today, 2);
    started += await db.transaction(async (tx) => {
      const rows = await lockVisitsNeedingCase(tx, agencyId, today, until, 100);
      let n = 0;
      const actors = new Map<string, AuthedCtx | null>();
      for (const r of rows) {
        const by = r.planCreatedBy;
        if (!by) continue;
        if (!actors.has(by)) actors.set(by, await actorCtx(tx, now, by));
        const ctx = actors.get(by);
        if (!ctx) continue;
        const c = await startVisitCase(ctx, { ...r.visit, companyName: r.companyName, nib: r.nib }, calendar);
        await updateVisit(tx, r.visit.id, { caseId: c.id, updatedAt: now });
        n++;
      }
      return n;
    });
  }
  return started;
}

/** The plan's author as an actor today, when they still work in control (else nobody starts it). */
async function actorCtx(db: Ctx['db'], now: Date, userId: string): Promise<AuthedCtx | null> {
  const user = await findUser(db, userId);
  if (!user?.active) return null;
  const actor = await staffActor({ db, now }, user);
  if (!actor) return null;
  if (!can(actor, 'control.manage', { agencyId: actor.agencyId })) return null;
  return { db, now, actor: { ...actor, sessionId: 'sweep', csrfToken: 'sweep' } as SessionActor };
}
