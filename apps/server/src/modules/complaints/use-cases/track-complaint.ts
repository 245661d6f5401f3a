import type { TPublicComplaint, TTrackRequest } from '@sigap/contracts/complaints';
import type { Ctx } from '../../../platform/use-cases/context';
import { publicComplaintView, verifyComplaintPin } from '../domain/public-view';

/** Tracking Pengaduan (Pasal 7): the reporter follows the complaint with its public code and PIN. */
export async function trackComplaint(
  { db, now }: Ctx,
  input: TTrackRequest & { client: string },
): Promise<TPublicComplaint> {
  const c = await verifyComplaintPin(db, now, input);
  return publicComplaintView(db, c, true);
}
