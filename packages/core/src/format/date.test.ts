import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatTime,
  formatWeekdayDate,
  fromLocal,
  localDateString,
  romanMonth,
} from './date';

const instant = new Date('2026-11-23T07:05:00Z'); // 14:05 WIB, 15:05 WITA, 16:05 WIT

describe('formatting dates for people and documents', () => {
  it('writes dates with Indonesian and English month names', () => {
    expect(formatDate(instant, 'Asia/Jakarta', 'id')).toBe('23 November 2026');
    expect(formatDate(new Date('2026-02-01T03:00:00Z'), 'Asia/Jakarta', 'id')).toBe('1 Februari 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'Asia/Jakarta', 'id')).toBe('17 Agustus 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'Asia/Jakarta', 'en')).toBe('17 August 2026');
    expect(formatLocalDate('2026-05-01', 'id')).toBe('1 Mei 2026');
    expect(formatLocalDate('2026-12-25', 'en')).toBe('25 December 2026');
  });

  it('uses the office zone for the date', () => {
    // 31 Dec 2025 16:30 UTC is 23:30 WIB but already 1 Jan 2026 in WITA and WIT.
    const newYear = new Date('2025-12-31T16:30:00Z');
    expect(formatDate(newYear, 'Asia/Jakarta', 'id')).toBe('31 Desember 2025');
    expect(formatDate(newYear, 'Asia/Makassar', 'id')).toBe('1 Januari 2026');
    expect(localDateString(newYear, 'Asia/Jakarta')).toBe('2025-12-31');
    expect(localDateString(newYear, 'Asia/Jayapura')).toBe('2026-01-01');
  });

  it('writes date and time with the zone abbreviation, a dot in Indonesian', () => {
    expect(formatDateTime(instant, 'Asia/Jakarta', 'id')).toBe('23 November 2026 14.05 WIB');
    expect(formatDateTime(instant, 'Asia/Jakarta', 'en')).toBe('23 November 2026 14:05 WIB');
    expect(formatDateTime(instant, 'Asia/Makassar', 'id')).toBe('23 November 2026 15.05 WITA');
    expect(formatDateTime(instant, 'Asia/Jayapura', 'id')).toBe('23 November 2026 16.05 WIT');
    expect(formatDateTime(instant, 'Europe/London', 'en')).toBe('23 November 2026 07:05 Europe/London');
    expect(formatTime(new Date('2026-11-23T01:00:59Z'), 'Asia/Jakarta', 'id')).toBe('08.00');
  });

  it('writes the weekday', () => {
    expect(formatWeekdayDate(instant, 'Asia/Jakarta', 'id')).toBe('Senin, 23 November 2026');
    expect(formatWeekdayDate(instant, 'Asia/Jakarta', 'en')).toBe('Monday, 23 November 2026');
    expect(formatWeekdayDate(new Date('2026-11-27T03:00:00Z'), 'Asia/Jakarta', 'id')).toBe(
      'Jumat, 27 November 2026',
    );
    expect(formatWeekdayDate(new Date('2026-11-29T03:00:00Z'), 'Asia/Jakarta', 'id')).toBe(
      'Minggu, 29 November 2026',
    );
  });

  it('gives Roman month numbers for letter numbers', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(romanMonth).join(' ')).toBe(
      'I II III IV V VI VII VIII IX X XI XII',
    );
    expect(() => romanMonth(0)).toThrow(RangeError);
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(() => romanMonth(1.5)).toThrow(RangeError);
  });

  it('converts local date and time to an instant and back', () => {
    expect(fromLocal('2026-03-17', '09:00', 'Asia/Makassar')).toEqual(new Date('2026-03-17T01:00:00Z'));
    expect(fromLocal('2026-03-17', '09:00', 'Asia/Jakarta')).toEqual(new Date('2026-03-17T02:00:00Z'));
    expect(fromLocal('2026-03-17', '06:30', 'Asia/Jayapura')).toEqual(new Date('2026-03-16T21:30:00Z'));
    const back = fromLocal('2026-11-23', '14:05', 'Asia/Jakarta');
    expect(back).toEqual(instant);
    expect(localDateString(back, 'Asia/Jakarta')).toBe('2026-11-23');
    // Other zones follow their daylight saving rules.
    expect(fromLocal('2026-07-01', '09:00', 'Europe/Amsterdam')).toEqual(new Date('2026-07-01T07:00:00Z'));
    expect(fromLocal('2026-01-01', '09:00', 'Europe/Amsterdam')).toEqual(new Date('2026-01-01T08:00:00Z'));
    expect(() => fromLocal('2026-02-29', '09:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => fromLocal('2026-03-17', '9:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => fromLocal('2026-03-17', '24:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => fromLocal('2026-03-17', '09:00', 'Nowhere/City')).toThrow(RangeError);
  });
});
