import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar';
import { WIB, WIT, wib, wit } from './test-fixtures';
import { calendarYearWarning } from './warning';

describe('calendarYearWarning', () => {
  it('is silent before 1 November', () => {
    expect(calendarYearWarning(wib('2026-10-31T23:59'), WIB)).toBeNull();
  });

  it('warns from 1 November (local time) when next year has no data', () => {
    const warning = calendarYearWarning(wib('2026-11-01T00:00'), WIB);
    expect(warning).toMatchObject({ code: 'calendar.next_year_missing', year: 2027 });
    expect(warning?.message.id).toContain('2027');
    expect(warning?.message.en).toContain('2027');
    // 31 Oct 17:00 UTC is already 1 Nov 00:00 in Jayapura, but still 31 Oct in Jakarta.
    const instant = new Date('2026-10-31T15:30:00Z');
    expect(calendarYearWarning(instant, WIT)).not.toBeNull();
    expect(calendarYearWarning(instant, WIB)).toBeNull();
    expect(calendarYearWarning(wit('2026-12-31T23:59'), WIT)?.year).toBe(2027);
  });

  it('is silent once next year is entered', () => {
    expect(calendarYearWarning(wib('2025-11-15T10:00'), WIB)).toBeNull();
    expect(calendarYearWarning(wib('2026-11-15T10:00'), new Set([2026, 2027]), 'Asia/Jakarta')).toBeNull();
    expect(calendarYearWarning(wib('2026-11-15T10:00'), [2026], 'Asia/Jakarta')?.year).toBe(2027);
  });

  it('reads the years of a calendar built without explicit years from its dates', () => {
    const cal = buildCalendar({ timeZone: 'Asia/Jakarta', days: ['2026-12-25', '2027-01-01'] });
    expect(calendarYearWarning(wib('2026-11-15T10:00'), cal)).toBeNull();
    expect(calendarYearWarning(wib('2027-11-15T10:00'), cal)?.year).toBe(2028);
  });
});
