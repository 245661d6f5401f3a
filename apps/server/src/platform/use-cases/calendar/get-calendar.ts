import type { TCalendarDay, TCalendarResponse } from '@sigap/contracts';
import { assertCan, calendarYearWarning } from '@sigap/core';
import { listCalendarDays, nationalYearsWithDays } from '../../db/repositories/calendar';
import type { AuthedCtx } from '../context';

export async function getCalendar(
  { db, now, actor }: AuthedCtx,
  opts: { year: number },
): Promise<TCalendarResponse> {
  assertCan(actor, 'calendar.read', { agencyId: actor.agencyId });
  const rows = await listCalendarDays(db, actor.agencyId, `${opts.year}-01-01`, `${opts.year}-12-31`);
  const days: TCalendarDay[] = rows.map((r) => ({
    id: r.id,
    date: r.date,
    kind: r.kind as TCalendarDay['kind'],
    nameId: r.nameId,
    nameEn: r.nameEn,
    source: r.source,
    scope: r.agencyId ? 'agency' : 'national',
  }));
  // the warning is about the year after today, whatever year is being looked at
  const { national } = await nationalYearsWithDays(db);
  const warning = calendarYearWarning(now, national, actor.agency.timeZone);
  return {
    year: opts.year,
    timeZone: actor.agency.timeZone,
    days,
    warning: warning ? { year: warning.year, message: warning.message[actor.user.language] } : null,
  };
}
