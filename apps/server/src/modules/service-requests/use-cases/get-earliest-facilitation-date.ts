import { earliestFacilitationDate } from '@sigap/core/service-requests';
import { findAgency } from '../../../platform/db/repositories/org';
import { notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';

/** The earliest facilitation date a request sent now may propose, for the portal form to offer. */
export async function getEarliestFacilitationDate({ db, now }: Ctx, agencyId: string) {
  const agency = await findAgency(db, agencyId);
  if (!agency) throw notFound();
  const calendar = await loadWorkingCalendar(db, agency);
  return {
    earliest: earliestFacilitationDate(calendar, now),
    receivedAt: now.toISOString(),
    timeZone: agency.timeZone,
  };
}
