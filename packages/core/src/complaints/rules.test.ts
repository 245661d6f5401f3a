import { describe, expect, it } from 'vitest';
import { WIB, WITA, wib, wita } from '../calendar/test-fixtures';
import {
  CHANNELS,
  COMPLAINT_TYPES,
  complaintDeadlines,
  duplicateReasons,
  endOfWorkingDay,
  officerMaySettle,
  pinFromBytes,
  SOP_CHANNEL_VALUE,
  textSimilarity,
  trackingNumber,
} from './rules';

describe('complaint time limits (Perka BKPM 12/2015 Pasal 6)', () => {
  it('face to face: answered the same day; received in the Friday break the clock starts at 13:30', () => {
    const d = complaintDeadlines({
      receivedAt: wib('2026-11-27T11:45'),
      channel: 'face_to_face',
      type: 'd',
      calendar: WIB,
      otherTypeWorkingDays: 14,
    });
    expect(d.clockStart).toEqual(wib('2026-11-27T13:30'));
    expect(d.firstResponseDue).toEqual(wib('2026-11-27T16:30'));
  });

  it('face to face on a Thursday: by 16:00 that day', () => {
    const d = complaintDeadlines({
      receivedAt: wib('2026-11-26T09:10'),
      channel: 'face_to_face',
      type: 'a',
      calendar: WIB,
      otherTypeWorkingDays: 14,
    });
    expect(d.firstResponseDue).toEqual(wib('2026-11-26T16:00'));
  });

  it('email: first response within 24 hours of the officer receiving it (weekend arrival counts from Monday 07:30)', () => {
    const sat = complaintDeadlines({
      receivedAt: wib('2026-11-28T10:00'),
      channel: 'email',
      type: 'e',
      calendar: WIB,
      otherTypeWorkingDays: 14,
    });
    expect(sat.clockStart).toEqual(wib('2026-11-30T07:30'));
    expect(sat.firstResponseDue).toEqual(wib('2026-12-01T07:30'));
    const tue = complaintDeadlines({
      receivedAt: wib('2026-12-01T14:00'),
      channel: 'email',
      type: 'e',
      calendar: WIB,
      otherTypeWorkingDays: 14,
    });
    expect(tue.firstResponseDue).toEqual(wib('2026-12-02T14:00'));
  });

  it('types a-e: full answer within 10 working days, across holidays and collective leave', () => {
    // received Tuesday 17 March 2026 09:00 WITA: 18-24 March are leave/holidays, 3 April Good Friday
    const d = complaintDeadlines({
      receivedAt: wita('2026-03-17T09:00'),
      channel: 'letter',
      type: 'b',
      calendar: WITA,
      otherTypeWorkingDays: 14,
    });
    expect(d.firstResponseDue).toEqual(wita('2026-03-17T16:00'));
    expect(d.answerDue).toEqual(wita('2026-04-08T09:00'));
  });

  it('type f follows the agency setting', () => {
    const d = complaintDeadlines({
      receivedAt: wib('2026-11-23T08:00'),
      channel: 'portal',
      type: 'f',
      calendar: WIB,
      otherTypeWorkingDays: 5,
    });
    expect(d.answerDue).toEqual(wib('2026-11-30T08:00'));
  });

  it('a complaint received on a holiday starts the next working day', () => {
    // 25 December 2026 (Friday) is Christmas, 24 Dec collective leave: the room opens Monday 28 December
    expect(endOfWorkingDay(WIB, wib('2026-12-25T10:00'))).toEqual(wib('2026-12-28T16:00'));
  });
});

describe('answer deadline at a day boundary', () => {
  it('a complaint filed after hours is due at the close of the tenth working day, not the opening of the eleventh', () => {
    // Friday 27 Nov 2026 20:00 WIB: the clock starts Monday 30 Nov 07:30; ten working days end
    // on Friday 11 Dec (16:30, the Friday close), the same moment as Monday 14 Dec 07:30
    const d = complaintDeadlines({
      receivedAt: wib('2026-11-27T20:00'),
      channel: 'portal',
      type: 'a',
      calendar: WIB,
      otherTypeWorkingDays: 14,
    });
    expect(d.clockStart).toEqual(wib('2026-11-30T07:30'));
    expect(d.answerDue).toEqual(wib('2026-12-11T16:30'));
  });
});

describe('tracking, PIN and duplicates', () => {
  it('formats tracking numbers and PINs', () => {
    expect(trackingNumber('ADU', 2026, 123)).toBe('ADU-2026-000123');
    expect(pinFromBytes(new Uint8Array([0, 0, 0, 7]))).toBe('000007');
    expect(pinFromBytes(new Uint8Array([255, 255, 255, 255]))).toMatch(/^\d{6}$/);
  });

  it('finds a duplicate by contact, NIB or similar text', () => {
    const a = {
      contact: 'budi@contoh.id',
      nib: '1234567890123',
      text: 'Izin usaha PT Maju tidak kunjung terbit di OSS sejak tiga minggu',
    };
    expect(duplicateReasons(a, { contact: 'BUDI@contoh.id ', text: 'lain' })).toEqual(['contact']);
    expect(duplicateReasons(a, { nib: '1234567890123', text: 'lain' })).toEqual(['nib']);
    expect(
      duplicateReasons(a, { text: 'Izin usaha PT Maju tidak kunjung terbit di OSS sejak 3 minggu' }),
    ).toEqual(['text']);
    expect(duplicateReasons(a, { text: 'Petugas tidak ramah di loket' })).toEqual([]);
    expect(textSimilarity('', 'x')).toBe(0);
  });
});

describe('routing by channel (Lampiran I II)', () => {
  it('lets the officer settle only face-to-face complaints and those passed on by an ASN officer', () => {
    const settleable = (Object.keys(CHANNELS) as Array<keyof typeof CHANNELS>).filter(officerMaySettle);
    expect(settleable).toEqual(['face_to_face', 'staff']);
    // box slips, letters, electronic media (the portal included) and mass media go to the working group
    for (const c of ['box', 'letter', 'email', 'contact_center', 'lapor', 'mass_media', 'portal'] as const)
      expect(officerMaySettle(c), c).toBe(false);
  });
});

describe('vocabulary of Pasal 3 and Pasal 4', () => {
  it('prints the types word for word, "dugaan" included', () => {
    expect(COMPLAINT_TYPES.a.id).toBe(
      'Waktu penyelesaian layanan yang tidak memenuhi Standard Operating Procedure (SOP) yang telah ditetapkan',
    );
    expect(COMPLAINT_TYPES.b.id).toBe(
      'Dugaan kesalahan dalam prosedur pelayanan dan/atau pengambilan tindakan/kebijakan',
    );
    expect(COMPLAINT_TYPES.c.id).toBe('Dugaan kesalahan penyajian informasi atau penjelasan');
    expect(COMPLAINT_TYPES.d.id).toBe('Petugas kurang optimal dalam memberikan pelayanan');
    expect(COMPLAINT_TYPES.e.id).toBe('Kendala teknis dalam proses pengajuan secara daring');
    expect(COMPLAINT_TYPES.f.id).toBe(
      'Pengaduan Masyarakat lainnya yang terkait dengan tugas dan fungsi BKPM',
    );
  });

  it('records the Sigap portal as its own channel, not as LAPOR!', () => {
    expect(SOP_CHANNEL_VALUE.portal).toBe('portal_sigap');
    expect(SOP_CHANNEL_VALUE.lapor).toBe('lapor');
  });
});
