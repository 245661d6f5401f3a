import type { TServiceKey } from '@sigap/contracts/service-requests';
import { findAgency } from '../../../platform/db/repositories/org';
import { surveyUrl } from '../../../platform/satisfaction/invite';
import { findInvitationOfRecord } from '../../../platform/satisfaction/repository';
import type { Db } from '../../../platform/use-cases/context';
import { buildServiceRequestReceiptPdf } from '../renderers/service-request-receipt';
import type { ServiceRequestRow } from '../repository/service-requests';
import { SERVICE_REQUEST_RECORD, trackingUrlOf } from './support';

/** The receipt PDF of a request whose PIN the caller has checked. */
export async function receiptPdfOf(
  db: Db,
  r: ServiceRequestRow,
  opts: { pin: string; publicUrl: string; now: Date },
): Promise<{ filename: string; body: Buffer }> {
  const agency = await findAgency(db, r.agencyId);
  const invitation = await findInvitationOfRecord(db, SERVICE_REQUEST_RECORD, r.id);
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
    surveyUrl: invitation && !invitation.answered ? surveyUrl(opts.publicUrl, invitation.token) : null,
    printedAt: opts.now,
  });
  return { filename: `tanda-terima-${r.trackingCode}.pdf`, body };
}
