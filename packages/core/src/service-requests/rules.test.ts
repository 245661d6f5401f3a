import { describe, expect, it } from 'vitest';
import { WIB, WITA, wib, wita } from '../calendar/test-fixtures';
import {
  checkFacilitationDate,
  earliestFacilitationDate,
  facilitationDue,
  replyDue,
  serviceRequestCodeFromBytes,
  serviceRequestNumber,
} from './rules';

describe('service request time limits (SK 177/2024; seed 001)', () => {
  it('reply due 5 working days after receipt, skipping the Ascension holiday and its collective leave', () => {
    // Wed 13 May 2026; Thu 14 May holiday, Fri 15 May collective leave: Mon 18 … Fri 22 May
    expect(replyDue(WIB, wib('2026-05-13T09:00'))).toEqual(wib('2026-05-22T09:00'));
  });

  it('a reply due at the opening of a day reads as the close of the working day before', () => {
    // received Monday 07:30 sharp: 5 working days later is Monday 07:30, i.e. Friday 16:30
    expect(replyDue(WIB, wib('2026-12-07T07:30'))).toEqual(wib('2026-12-11T16:30'));
  });

  it('a pause (request held incomplete) pushes the reply due by the paused working time', () => {
    const due = replyDue(WIB, wib('2026-12-07T09:00'), [
      { start: wib('2026-12-07T10:00'), end: wib('2026-12-08T10:00') },
    ]);
    expect(due).toEqual(wib('2026-12-15T09:00'));
  });

  it('earliest facilitation date: the fifth working day after receipt, around holidays and collective leave', () => {
    expect(earliestFacilitationDate(WIB, wib('2026-05-13T09:00'))).toBe('2026-05-22');
    // Nyepi and Idul Fitri 2026 in WITA: 18-24 March are holidays or collective leave
    expect(earliestFacilitationDate(WITA, wita('2026-03-17T10:00'))).toBe('2026-03-31');
    // after closing time it counts from the next working morning
    expect(earliestFacilitationDate(WIB, wib('2026-12-07T17:30'))).toBe('2026-12-15');
  });

  it('refuses a date 4 working days out and accepts 5, naming the earliest date', () => {
    const received = wib('2026-05-13T09:00');
    expect(checkFacilitationDate(WIB, received, '2026-05-21')).toEqual({ ok: false, earliest: '2026-05-22' });
    expect(checkFacilitationDate(WIB, received, '2026-05-22')).toEqual({ ok: true, earliest: '2026-05-22' });
    expect(checkFacilitationDate(WIB, received, '2026-06-02').ok).toBe(true);
  });

  it('facilitation due: the standard 5 working days, or the later agreed date at its close', () => {
    const received = wib('2026-12-07T09:00');
    expect(facilitationDue(WIB, received, null)).toEqual(wib('2026-12-14T09:00'));
    expect(facilitationDue(WIB, received, '2026-12-14')).toEqual(wib('2026-12-14T16:00'));
    // Friday closes at 16:30
    expect(facilitationDue(WIB, received, '2026-12-18')).toEqual(wib('2026-12-18T16:30'));
  });
});

describe('service request numbers and codes', () => {
  it('register number per agency and year', () => {
    expect(serviceRequestNumber(2026, 12)).toBe('LAY-2026-000012');
  });
  it('public code: LAY and ten Crockford characters from the random bytes', () => {
    expect(serviceRequestCodeFromBytes(new Uint8Array(7))).toBe('LAY-00000-00000');
    expect(serviceRequestCodeFromBytes(new Uint8Array([255, 255, 255, 255, 255, 255, 255]))).toBe(
      'LAY-ZZZZZ-ZZZZZ',
    );
  });
});
