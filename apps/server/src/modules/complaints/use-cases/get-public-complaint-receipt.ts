import type { TTrackRequest } from '@sigap/contracts/complaints';
import type { Ctx } from '../../../platform/use-cases/context';
import { verifyComplaintPin } from '../domain/public-view';
import { receiptPdfOf } from '../domain/reports';

/**
 * The printable receipt for whoever holds the tracking code and the PIN (the portal filer, or
 * a reporter printing it again at home). The PIN is checked and throttled exactly as tracking
 * checks it. Public: no policy.
 */
export async function getPublicComplaintReceipt(
  { db, now }: Ctx,
  input: TTrackRequest & { publicUrl: string; client: string },
): Promise<{ filename: string; body: Buffer }> {
  const c = await verifyComplaintPin(db, now, input);
  return receiptPdfOf(db, c, { pin: input.pin, publicUrl: input.publicUrl, now });
}
