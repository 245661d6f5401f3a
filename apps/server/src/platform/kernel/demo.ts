import { fromLocal, isWorkingDay, type WorkingCalendar } from '@sigap/core';
import type { Database } from '../db/client';
import { findAgencyByCode } from '../db/repositories/org';
import { localDate } from '../lib/local-date';
import { loadWorkingCalendar } from '../use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../use-cases/context';

/** The working days of an agency before today, for placing demo work on them. */
export interface DemoAgencyDays {
  agencyId: string;
  /** `time` on the n-th working day back (0: today once the office day is under way, else the last one). */
  at(n: number, time: string): Date;
  /**
   * Whether the n-th working day back lies in a year the working calendar has: a demo started
   * early in the first year Sigap has holidays for skips what would fall before it.
   */
  has(n: number): boolean;
}

/**
 * What a module's demo (`SigapModule.demo`) gets: it does its work through its own use cases,
 * as the demo users (`as`), at instants on the agency's working days before today, so clocks,
 * events and deadlines are real on a fresh installation.
 */
export interface DemoCtx {
  db: Database['db'];
  publicUrl: string;
  /** The demo user with this email as an actor of its agency, at the given instant. */
  as(email: string, at: Date): Promise<AuthedCtx>;
  agency(code: string): Promise<DemoAgencyDays>;
}

/** The working days of an agency before today: `at(0, time)` is the last working day whose time has passed. */
export async function agencyDays(db: Database['db'], code: string, now: Date) {
  const agency = await findAgencyByCode(db, code);
  if (!agency) throw new Error(`demo agency ${code} is missing`);
  const calendar = await loadWorkingCalendar(db, agency);
  // half a year back: a few demo records (answered surveys) spread over the last months
  const days = workingDaysBefore(calendar, now, agency.timeZone, 130);
  return {
    agencyId: agency.id,
    /** `time` on the n-th working day back (0: today once the office day is under way, else the last one). */
    at(n: number, time: string): Date {
      const d = fromLocal(days[n]!, time, agency.timeZone);
      return d.getTime() <= now.getTime() ? d : new Date(now.getTime() - 60_000 * (days.length - n));
    },
    has: (n: number) => n < days.length,
  };
}

function workingDaysBefore(calendar: WorkingCalendar, now: Date, timeZone: string, count: number): string[] {
  const out: string[] = [];
  const today = localDate(now, timeZone);
  const years = [...(calendar.yearsWithData ?? [])];
  const firstYear = years.length > 0 ? Math.min(...years) : Number.NEGATIVE_INFINITY;
  // today counts once its morning is over (the demo's events of "today" are in the morning)
  let cursor = fromLocal(today, '10:30', timeZone).getTime() <= now.getTime() ? today : previousDate(today);
  while (out.length < count) {
    // no further back than the calendar's holiday data reaches (deadlines cannot be counted before it)
    if (Number(cursor.slice(0, 4)) < firstYear) break;
    if (isWorkingDay(calendar, cursor)) out.push(cursor);
    cursor = previousDate(cursor);
  }
  return out;
}

function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
