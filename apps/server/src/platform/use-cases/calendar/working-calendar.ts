import { buildCalendar, type WeeklyHours, type WorkingCalendar } from '@sigap/core';
import type { Db } from '../../db/client';
import { listNonWorkingDates } from '../../db/repositories/calendar';
import type { AgencyRow } from '../../db/repositories/org';

/** The agency's working calendar: national and regional days, its zone and office hours. */
export async function loadWorkingCalendar(db: Db, agency: AgencyRow): Promise<WorkingCalendar> {
  const days = await listNonWorkingDates(db, agency.id);
  return buildCalendar({
    timeZone: agency.timeZone,
    ...(agency.officeHours ? { hours: agency.officeHours as WeeklyHours } : {}),
    days,
  });
}
