import { addWorkingDays, type WorkingCalendar } from '../calendar';
import { closeOfPreviousDayIfOpening, endOfWorkingDay } from '../complaints/rules';
import { TRACKING_CODE_BYTES, trackingCodeFromBytes } from '../complaints/tracking-code';
import { fromLocal, localDateString } from '../format';

/** Prefix of a service request's public code and register number (Layanan). */
export const SERVICE_REQUEST_PREFIX = 'LAY';

/**
 * Working days the two service standards promise: the one-on-one meeting's reply to the
 * applicant (SK 177/2024, Persyaratan 4: "paling lambat 5 hari") and the facilitation's
 * completion and earliest schedule (seed 001: "paling cepat 5 hari kerja", "selambatnya 5 hari
 * kerja sejak permohonan diterima unit kerja").
 */
export const SERVICE_REQUEST_WORKING_DAYS = 5;

/**
 * When the one-on-one meeting applicant must have had the reply (letter or recorded oral
 * communication): 5 working days after receipt on the office's calendar, a deadline at the
 * opening of a day read as the close of the day before. Pauses (the request held incomplete)
 * push it later by exactly the paused working time.
 */
export function replyDue(
  calendar: WorkingCalendar,
  receivedAt: Date,
  pauses: ReadonlyArray<{ start: Date; end: Date }> = [],
): Date {
  return closeOfPreviousDayIfOpening(
    calendar,
    addWorkingDays(calendar, receivedAt, SERVICE_REQUEST_WORKING_DAYS, pauses),
  );
}

/**
 * The earliest facilitation date an applicant may propose (seed 001, Persyaratan 6): the local
 * date of the fifth working day after the directorate received the request, holidays and
 * collective leave skipped. A request that arrives outside working hours counts from the next
 * working morning.
 */
export function earliestFacilitationDate(calendar: WorkingCalendar, receivedAt: Date): string {
  return localDateString(
    addWorkingDays(calendar, receivedAt, SERVICE_REQUEST_WORKING_DAYS),
    calendar.timeZone,
  );
}

/** Whether a proposed facilitation date respects the earliest allowed date; names that date when not. */
export function checkFacilitationDate(
  calendar: WorkingCalendar,
  receivedAt: Date,
  proposedDate: string,
): { ok: true; earliest: string } | { ok: false; earliest: string } {
  const earliest = earliestFacilitationDate(calendar, receivedAt);
  return proposedDate >= earliest ? { ok: true, earliest } : { ok: false, earliest };
}

/**
 * When a facilitation is due: 5 working days after receipt, unless the applicant agreed to a
 * later date, then the close of that date's working day (the agreed date is the due date, not
 * an overdue).
 */
export function facilitationDue(
  calendar: WorkingCalendar,
  receivedAt: Date,
  agreedDate: string | null,
  pauses: ReadonlyArray<{ start: Date; end: Date }> = [],
): Date {
  const standard = replyDue(calendar, receivedAt, pauses);
  if (!agreedDate) return standard;
  const agreed = endOfWorkingDay(calendar, fromLocal(agreedDate, '00:00', calendar.timeZone));
  return agreed.getTime() > standard.getTime() ? agreed : standard;
}

/** A service request's public code (`LAY-7KQ4M-9XPT2`): 50 random bits, as a complaint's. */
export function serviceRequestCodeFromBytes(bytes: Uint8Array): string {
  return `${SERVICE_REQUEST_PREFIX}${trackingCodeFromBytes(bytes).slice(3)}`;
}
export { TRACKING_CODE_BYTES as SERVICE_REQUEST_CODE_BYTES };

/** The register number of a request, per agency and year (`LAY-2026-000012`): for staff. */
export function serviceRequestNumber(year: number, sequence: number): string {
  return `${SERVICE_REQUEST_PREFIX}-${year}-${String(sequence).padStart(6, '0')}`;
}
