import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHolidayFile } from '@sigap/core';
import { REPO_ROOT } from '../config';
import type { Db } from '../platform/db/client';
import {
  insertCalendarDaysIgnoringExisting,
  nationalYearsWithDays,
} from '../platform/db/repositories/calendar';

export const NATIONAL_CALENDAR_FILE = path.join(REPO_ROOT, 'calendars/national.json');

/**
 * Loads the shipped national holidays and collective leave (with their SKB source) for each
 * year the database does not have yet. A year an administrator already keeps is left alone,
 * so a deleted or corrected day is not brought back at the next start.
 */
export async function syncNationalCalendar(db: Db, file = NATIONAL_CALENDAR_FILE): Promise<number[]> {
  const data = parseHolidayFile(JSON.parse(await readFile(file, 'utf8')));
  const { national } = await nationalYearsWithDays(db);
  const added: number[] = [];
  for (const [yearText, year] of Object.entries(data.years)) {
    const y = Number(yearText);
    if (national.has(y)) continue;
    await insertCalendarDaysIgnoringExisting(
      db,
      year.days.map((d) => ({
        agencyId: null,
        date: d.date,
        kind: d.kind,
        nameId: d.name.id,
        nameEn: d.name.en,
        source: year.source,
      })),
    );
    added.push(y);
  }
  return added;
}
