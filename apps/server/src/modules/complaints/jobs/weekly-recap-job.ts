import type { ModuleJobDeps } from '../../../platform/kernel/module';
import { prepareWeeklyRecaps } from '../use-cases/prepare-weekly-recaps';
import { remindWeeklyRecaps } from '../use-cases/remind-weekly-recaps';

export const COMPLAINT_WEEKLY_RECAP = 'complaint-weekly-recap';

/**
 * The weekly complaint recap (Perka BKPM 12/2015 Pasal 10 ayat 2), prepared for the working-group
 * chair on Monday at 07:00 in each agency's own zone (the chair sends it to the head), and the
 * chair's reminder when it is not sent by Monday noon. Indonesian zones are whole hours off UTC, so a run
 * at the top of every hour reaches each agency at 07:00 local; the use case acts only where the
 * recap of the previous week is due and missing (or its reminder due and not given) (its table's key makes reruns and concurrent
 * workers harmless), so hourly runs through the week, and the run at start, also catch up a
 * Monday the server was down.
 */
export async function startComplaintRecapJob({ boss, database, clock, log }: ModuleJobDeps) {
  await boss.createQueue(COMPLAINT_WEEKLY_RECAP, {
    name: COMPLAINT_WEEKLY_RECAP,
    policy: 'singleton',
    retryLimit: 3,
    retryDelay: 300,
    expireInSeconds: 1800,
  });
  await boss.schedule(
    COMPLAINT_WEEKLY_RECAP,
    '0 * * * *',
    {},
    { tz: 'UTC', singletonKey: COMPLAINT_WEEKLY_RECAP },
  );
  await boss.work(COMPLAINT_WEEKLY_RECAP, async () => {
    try {
      await prepareWeeklyRecaps({ db: database.db, now: clock() });
      await remindWeeklyRecaps({ db: database.db, now: clock() });
    } catch (err) {
      log.error({ err }, 'weekly complaint recap failed');
      throw err;
    }
  });
  await boss.send(COMPLAINT_WEEKLY_RECAP, {});
}
