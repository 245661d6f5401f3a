import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import type { TWeeklyRecap } from '@sigap/contracts/complaints';
import { isRealLocalDate, summariseWeek, weekPeriod } from '@sigap/core/complaints';
import { findAgency } from '../../../platform/db/repositories/org';
import { AppError, invalidField } from '../../../platform/lib/errors';
import type { Db } from '../../../platform/use-cases/context';
import { buildComplaintReceiptPdf } from '../renderers/complaint-receipt';
import { listRecapComplaints } from '../repository/complaint-reports';
import type { ComplaintRow } from '../repository/complaints';

/** A query's local date, refused (400, naming the field) unless it is a real calendar date. */
export function checkedDate<T extends string | undefined>(field: string, value: T): T {
  if (value !== undefined && !isRealLocalDate(value)) throw invalidField(field, 'date_format');
  return value;
}

/**
 * The weekly recap of the Monday-Sunday week containing `anyDate` in the agency's zone, from
 * the database as it is now. Shared by the office endpoints and the Monday job.
 */
export async function weeklyRecapOf(
  db: Db,
  agency: { id: string; name: string; timeZone: string },
  anyDate: string,
): Promise<TWeeklyRecap> {
  const week = weekPeriod(anyDate, agency.timeZone);
  const rows = await listRecapComplaints(db, agency.id, week.start, week.end);
  return { agencyName: agency.name, ...summariseWeek(rows, week, agency.timeZone) };
}

export const recapFilename = (weekStart: string, ext: 'pdf' | 'xlsx') =>
  `rekap-pengaduan-mingguan_${weekStart}.${ext}`;

/** The tracking page's address for a complaint's public code (the same one the reporter's emails carry). */
export const trackingUrlOf = (publicUrl: string, trackingCode: string) =>
  `${publicUrl.replace(/\/+$/, '')}${pagePath(PORTAL_PAGES.track, {}, { kode: trackingCode })}`;

/** The receipt PDF of a complaint whose PIN the caller has checked. */
export async function receiptPdfOf(
  db: Db,
  c: ComplaintRow,
  opts: { pin: string; publicUrl: string; now: Date },
): Promise<{ filename: string; body: Buffer }> {
  const agency = await findAgency(db, c.agencyId);
  if (!agency) throw new AppError('INTERNAL');
  const body = await buildComplaintReceiptPdf({
    agencyName: agency.name,
    agencyAddress: agency.address,
    timeZone: agency.timeZone,
    trackingCode: c.trackingCode,
    pin: opts.pin,
    receivedAt: c.receivedAt,
    channel: c.channel,
    form: c.form,
    type: c.type,
    boxKind: c.boxKind,
    subject: c.confidential ? null : c.subject,
    firstResponseDue: c.firstResponseDue,
    answerDue: c.answerDue,
    trackingUrl: trackingUrlOf(opts.publicUrl, c.trackingCode),
    printedAt: opts.now,
  });
  return { filename: `tanda-terima_${c.trackingCode}.pdf`, body };
}
