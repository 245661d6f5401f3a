import type { TTrackServiceRequest } from '@sigap/contracts/service-requests';
import type { Ctx } from '../../../platform/use-cases/context';
import { receiptPdfOf } from '../domain/receipt';
import { verifyServiceRequestPin } from '../domain/view';

/** The applicant downloads the receipt again with the code and PIN (the PIN is printed on it). */
export async function getPublicServiceRequestReceipt(
  { db, now }: Ctx,
  input: TTrackServiceRequest & { client: string; publicUrl: string },
): Promise<{ filename: string; body: Buffer }> {
  const r = await verifyServiceRequestPin(db, now, input);
  return receiptPdfOf(db, r, { pin: input.pin, publicUrl: input.publicUrl, now });
}
