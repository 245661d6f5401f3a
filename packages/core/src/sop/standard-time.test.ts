import { describe, expect, it } from 'vitest';
import { parseStandardTime, standardTimeToMinutes, sumStandardTimes } from './standard-time';

describe('parseStandardTime', () => {
  // Every time text in the seeds, as it stands there.
  const cases: [string, ReturnType<typeof parseStandardTime>][] = [
    // seed 003 (SOP/BPM/03) and seed 004 (DALAK) step tables
    ['10 menit', { amount: 10, unit: 'minute', basis: 'working' }],
    ['15 menit', { amount: 15, unit: 'minute', basis: 'working' }],
    ['30 menit', { amount: 30, unit: 'minute', basis: 'working' }],
    ['60 menit', { amount: 60, unit: 'minute', basis: 'working' }],
    ['180 menit', { amount: 180, unit: 'minute', basis: 'working' }],
    ['4 x 60 menit', { amount: 240, unit: 'minute', basis: 'working' }],
    ['1 jam', { amount: 1, unit: 'hour', basis: 'working' }],
    ['2 jam', { amount: 2, unit: 'hour', basis: 'working' }],
    ['3 jam', { amount: 3, unit: 'hour', basis: 'working' }],
    // two sub-rows of one step, done one after the other: summed
    ['1 jam 2 jam', { amount: 3, unit: 'hour', basis: 'working' }],
    ['1 jam 3 jam', { amount: 4, unit: 'hour', basis: 'working' }],
    ['1 hari', { amount: 1, unit: 'day', basis: 'working' }],
    ['2 hari', { amount: 2, unit: 'day', basis: 'working' }],
    ['4 hari', { amount: 4, unit: 'day', basis: 'working' }],
    ['5 hari', { amount: 5, unit: 'day', basis: 'working' }],
    // seed 000 (one-on-one meeting): lead times before the event and the service standard
    ['H-1 bulan', { amount: 1, unit: 'month', basis: 'calendar', leadTime: true }],
    ['H-2 minggu', { amount: 2, unit: 'week', basis: 'calendar', leadTime: true }],
    ['H-1 minggu', { amount: 1, unit: 'week', basis: 'calendar', leadTime: true }],
    // seed 004 (SOP 067/009): the assignment letter one working day before the inspection
    ['H-1 hari kerja', { amount: 1, unit: 'day', basis: 'working', leadTime: true }],
    ['5 Hari kerja', { amount: 5, unit: 'day', basis: 'working' }],
    ['paling lambat 5 (lima) hari', { amount: 5, unit: 'day', basis: 'working' }],
    // seed 001 (technical-issue facilitation)
    [
      'Selambatnya 5 (lima) hari kerja sejak permohonan diterima unit kerja',
      { amount: 5, unit: 'day', basis: 'working' },
    ],
    ['paling cepat 5 (lima) hari kerja', { amount: 5, unit: 'day', basis: 'working' }],
    // seed 002 (Perka BKPM 12/2015)
    ['paling lama 24 (dua puluh empat) jam', { amount: 24, unit: 'hour', basis: 'calendar' }],
    [
      'paling lama 10 (sepuluh) hari kerja sejak pengaduan diterima',
      { amount: 10, unit: 'day', basis: 'working' },
    ],
    ['pada hari yang sama', null],
  ];

  it.each(cases)('reads %j', (raw, expected) => {
    expect(parseStandardTime(raw)).toEqual(expected);
  });

  it('sums mixed minutes and hours in minutes, says calendar when the text does, and refuses nonsense', () => {
    expect(parseStandardTime('1 jam 30 menit')).toEqual({ amount: 90, unit: 'minute', basis: 'working' });
    expect(parseStandardTime('14 hari kalender')).toEqual({ amount: 14, unit: 'day', basis: 'calendar' });
    expect(parseStandardTime('1 hari 2 jam')).toBeNull();
    expect(parseStandardTime('')).toBeNull();
    expect(parseStandardTime('segera')).toBeNull();
  });
});

describe('standardTimeToMinutes and sumStandardTimes', () => {
  it('turns minutes and hours into minutes and leaves calendar units alone', () => {
    expect(standardTimeToMinutes({ amount: 45, unit: 'minute' })).toBe(45);
    expect(standardTimeToMinutes({ amount: 2, unit: 'hour' })).toBe(120);
    expect(standardTimeToMinutes({ amount: 1, unit: 'day' })).toBeNull();
    expect(standardTimeToMinutes({ amount: 1, unit: 'week' })).toBeNull();
    expect(standardTimeToMinutes({ amount: 1, unit: 'month' })).toBeNull();
  });

  it('sums by unit and skips steps without a time', () => {
    expect(
      sumStandardTimes([
        { amount: 30, unit: 'minute', basis: 'working' },
        { amount: 3, unit: 'hour', basis: 'working' },
        null,
        { amount: 4, unit: 'day', basis: 'working' },
        { amount: 1, unit: 'day', basis: 'working' },
        { amount: 2, unit: 'week', basis: 'calendar', leadTime: true },
        { amount: 1, unit: 'month', basis: 'calendar', leadTime: true },
      ]),
    ).toEqual({ minutes: 210, days: 5, weeks: 2, months: 1 });
    expect(sumStandardTimes([])).toEqual({ minutes: 0, days: 0, weeks: 0, months: 0 });
  });
});
