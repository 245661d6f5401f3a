import type { TPublicComplaint, TTrackRequest } from '@sigap/contracts';
import type { Ctx } from '../context';
import { publicComplaintView, verifyComplaintPin } from './public-view';

/** Tracking Pengaduan (Pasal 7): the reporter follows the complaint with its number and PIN. */
export async function trackComplaint({ db, now }: Ctx, input: TTrackRequest): Promise<TPublicComplaint> {
  const c = await verifyComplaintPin(db, now, input.trackingNumber, input.pin);
  return publicComplaintView(db, c, true);
}
