import { describe, expect, it } from 'vitest';
import { holidayDays, holidayYears, parseHolidayFile } from './holidays';
import { NATIONAL } from './test-fixtures';

const dates = (year: number, kind: 'holiday' | 'collective_leave'): string[] =>
  holidayDays(NATIONAL, [year])
    .filter((day) => day.kind === kind)
    .map((day) => day.date.slice(5));

describe('calendars/national.json', () => {
  it('has 2025 and 2026, each with its legal source', () => {
    expect(NATIONAL.country).toBe('ID');
    expect([...holidayYears(NATIONAL)].sort()).toEqual([2025, 2026]);
    expect(NATIONAL.years['2026']?.source).toMatch(/Nomor 1497 Tahun 2025.*Cuti Bersama Tahun 2026/);
    expect(NATIONAL.years['2025']?.source).toMatch(/Nomor 1017 Tahun 2024.*Cuti Bersama Tahun 2025/);
  });

  it('holds exactly the 2026 days of the SKB', () => {
    expect(dates(2026, 'holiday')).toEqual([
      '01-01',
      '01-16',
      '02-17',
      '03-19',
      '03-21',
      '03-22',
      '04-03',
      '04-05',
      '05-01',
      '05-14',
      '05-27',
      '05-31',
      '06-01',
      '06-16',
      '08-17',
      '08-25',
      '12-25',
    ]);
    expect(dates(2026, 'collective_leave')).toEqual([
      '02-16',
      '03-18',
      '03-20',
      '03-23',
      '03-24',
      '05-15',
      '05-28',
      '12-24',
    ]);
  });

  it('holds exactly the 2025 days of the SKB', () => {
    expect(dates(2025, 'holiday')).toEqual([
      '01-01',
      '01-27',
      '01-29',
      '03-29',
      '03-31',
      '04-01',
      '04-18',
      '04-20',
      '05-01',
      '05-12',
      '05-29',
      '06-01',
      '06-06',
      '06-27',
      '08-17',
      '09-05',
      '12-25',
    ]);
    expect(dates(2025, 'collective_leave')).toEqual([
      '01-28',
      '03-28',
      '04-02',
      '04-03',
      '04-04',
      '04-07',
      '05-13',
      '05-30',
      '06-09',
      '12-26',
    ]);
  });

  it('names days in both languages', () => {
    const nyepi = holidayDays(NATIONAL).find((day) => day.date === '2026-03-19');
    expect(nyepi?.name.id).toContain('Nyepi');
    expect(nyepi?.name.en).toContain('Nyepi');
    const independence = holidayDays(NATIONAL).find((day) => day.date === '2025-08-17');
    expect(independence?.name).toEqual({
      id: 'Hari Proklamasi Kemerdekaan Republik Indonesia',
      en: 'Independence Day',
    });
  });
});

describe('parseHolidayFile', () => {
  const day = {
    date: '2027-01-01',
    kind: 'holiday',
    name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day" },
  };
  const file = (days: unknown[], source: unknown = 'SKB 2027') => ({
    country: 'ID',
    years: { '2027': { source, days } },
  });

  it('returns typed data with days sorted by date', () => {
    const later = { ...day, date: '2027-01-05' };
    const parsed = parseHolidayFile(file([later, day]));
    expect(parsed.years['2027']?.days.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-05']);
  });

  it('names the bad entry', () => {
    expect(() => parseHolidayFile(file([day, { ...day, date: '2027-02-30' }]))).toThrow(
      /years\["2027"\]\.days\[1\] \(2027-02-30\): date must be a real date/,
    );
    expect(() => parseHolidayFile(file([{ ...day, kind: 'libur' }]))).toThrow(
      /days\[0\] \(2027-01-01\): kind must be "holiday" or "collective_leave"/,
    );
    expect(() => parseHolidayFile(file([{ ...day, name: { id: 'x' } }]))).toThrow(
      /days\[0\].*name must have/,
    );
    expect(() => parseHolidayFile(file([{ ...day, date: '2026-12-31' }]))).toThrow(/date is not in 2027/);
    expect(() => parseHolidayFile(file([day, day]))).toThrow(
      /days\[1\] \(2027-01-01\): the date is listed twice/,
    );
    expect(() => parseHolidayFile(file([day], ''))).toThrow(/years\["2027"\]\.source: the legal source/);
    expect(() => parseHolidayFile(file([]))).toThrow(/days: must be a non-empty array/);
    expect(() => parseHolidayFile({ country: 'ID', years: { '27': { source: 'x', days: [day] } } })).toThrow(
      /four-digit year/,
    );
    expect(() => parseHolidayFile({ country: 'Indonesia', years: {} })).toThrow(/country/);
    expect(() => parseHolidayFile(null)).toThrow(/file: must be an object/);
  });
});
