import type { TTrackRequest } from '@sigap/contracts';
import type { Ctx } from '../../context';
import { verifyComplaintPin } from '../public-view';
import { receiptPdfOf } from './support';

/**
 * The printable receipt for whoever holds the tracking number and the PIN (the portal filer,
 * or a reporter printing it again at home). The PIN is checked exactly as tracking checks it,
 * so a wrong one counts against the number and five in a row lock it. Public: no policy.
 */
export async function getPublicComplaintReceipt(
  { db, now }: Ctx,
  input: TTrackRequest & { publicUrl: string },
): Promise<{ filename: string; body: Buffer }> {
  const c = await verifyComplaintPin(db, now, input.trackingNumber, input.pin);
  return receiptPdfOf(db, c, { pin: input.pin, publicUrl: input.publicUrl, now });
}
