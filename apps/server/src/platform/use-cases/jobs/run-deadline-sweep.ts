import { OFFICE_PAGES } from '@sigap/contracts';
import { calendarYearWarning } from '@sigap/core';
import { nationalYearsWithDays } from '../../db/repositories/calendar';
import { insertNotificationOnce, usersWithRole } from '../../db/repositories/notifications';
import { listAgencies } from '../../db/repositories/org';
import { installedModules } from '../../kernel/module';
import { localDate } from '../../lib/local-date';
import type { Ctx } from '../context';
import { forgetStaleThrottles } from './forget-stale-throttles';
import { sweepTaskDeadlines } from './sweep-task-deadlines';

export interface SweepResult {
  notificationsCreated: number;
  reminders: number;
  escalations: number;
  /**
   * What each installed module's sweeps acted on, under the sweep's name (the complaint module:
   * `overdueInputRequests`, input requests past their deadline whose unit and requester were
   * told once; `draftsNearDue`, email drafts near or past their 24-hour first-response time).
   */
  [moduleSweep: string]: number;
}

/**
 * The periodic sweep over everything that has a deadline. Today it warns each agency's
 * administrators from 1 November when next year's working calendar is empty (deadlines
 * cannot be counted without it), reminds and escalates SOP tasks (`sweepTaskDeadlines`), and
 * tells units and requesters about overdue complaint input requests (`sweepInputRequests`),
 * and forgets stale login and PIN failure counts (`forgetStaleThrottles`).
 * Every notice carries a dedupe key, so running the sweep twice changes nothing.
 */
export async function runDeadlineSweep({ db, now }: Ctx): Promise<SweepResult> {
  let notificationsCreated = 0;
  const years = await nationalYearsWithDays(db);
  for (const agency of await listAgencies(db)) {
    const warning = calendarYearWarning(now, years.national, agency.timeZone);
    if (!warning) continue;
    const admins = await usersWithRole(db, agency.id, 'admin', localDate(now, agency.timeZone));
    for (const userId of admins) {
      const created = await insertNotificationOnce(db, {
        agencyId: agency.id,
        userId,
        kind: 'calendar.missing_year',
        title: `Kalender kerja ${warning.year} belum diisi`,
        body: warning.message.id,
        link: OFFICE_PAGES.calendar,
        dedupeKey: `calendar-missing:${warning.year}`,
        createdAt: now,
      });
      if (created) notificationsCreated++;
    }
  }
  const tasks = await sweepTaskDeadlines({ db, now });
  const modules: Record<string, number> = {};
  for (const m of installedModules()) {
    for (const [name, sweep] of Object.entries(m.sweeps ?? {})) modules[name] = await sweep({ db, now });
  }
  await forgetStaleThrottles({ db, now });
  return { ...modules, notificationsCreated, ...tasks };
}
