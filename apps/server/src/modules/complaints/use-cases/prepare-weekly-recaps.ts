import { recapDueWeekStart, weekPeriod } from '@sigap/core/complaints';
import { listAgencies } from '../../../platform/db/repositories/org';
import type { Ctx } from '../../../platform/use-cases/context';
import { prepareWeeklyRecap, type WeeklyRecapRun } from '../domain/weekly-recap';

/**
 * The Monday job (Perka BKPM 12/2015 Pasal 10 ayat 2: the working-group chair reports a recap
 * with follow-ups to the head of the agency every week). For each agency whose local clock has
 * passed Monday 07:00, the previous week's recap is prepared, unless it exists: PDF and XLSX
 * into `files`, a `complaint_recaps` row (`prepared`), an email with both attachments and an
 * in-app notice to each working-group chair, who reviews and sends it (`sendWeeklyRecap`),
 * and the event, in one transaction. The row's key (agency, week) makes it idempotent, also
 * across workers: a second run, late or concurrent, records and sends nothing. A week that
 * ended before the agency existed is skipped. A system job: no actor, so no policy check.
 */
export async function prepareWeeklyRecaps({ db, now }: Ctx): Promise<WeeklyRecapRun> {
  const run: WeeklyRecapRun = { recorded: [], skipped: 0 };
  let firstError: unknown = null;
  for (const agency of await listAgencies(db)) {
    const weekStart = recapDueWeekStart(now, agency.timeZone);
    if (weekPeriod(weekStart, agency.timeZone).end.getTime() <= agency.createdAt.getTime()) continue;
    try {
      const recipients = await prepareWeeklyRecap({ db, now }, agency, weekStart);
      if (recipients === null) run.skipped++;
      else run.recorded.push({ agencyId: agency.id, weekStart, recipients });
    } catch (err) {
      // one agency's failure must not hold back the others; the job still fails (and retries) at the end
      firstError ??= err;
    }
  }
  if (firstError) throw firstError;
  return run;
}
