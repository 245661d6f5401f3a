import type { TServiceKey } from '@sigap/contracts/service-requests';
import { findAgency } from '../../../platform/db/repositories/org';
import type { Db } from '../../../platform/use-cases/context';
import { buildServiceRequestReceiptPdf } from '../renderers/service-request-receipt';
import type { ServiceRequestRow } from '../repository/service-requests';
import { trackingUrlOf } from './support';

/** The receipt PDF of a request whose PIN the caller has checked. */
export async function receiptPdfOf(
  db: Db,
  r: ServiceRequestRow,
  opts: { pin: string; publicUrl: string; now: Date },
): Promise<{ filename: string; body: Buffer }> {
  const agency = await findAgency(db, r.agencyId);
  const body = await buildServiceRequestReceiptPdf({
    agencyName: agency?.name ?? '',
    timeZone: agency?.timeZone ?? 'Asia/Jakarta',
    trackingCode: r.trackingCode,
    pin: opts.pin,
    service: r.service as TServiceKey,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    proposedDate: r.agreedDate ?? r.proposedDate,
    priority: r.priority,
    missingItems: r.missingItems as string[],
    trackingUrl: trackingUrlOf(opts.publicUrl, r.trackingCode),
    printedAt: opts.now,
  });
  return { filename: `tanda-terima-${r.trackingCode}.pdf`, body };
}
