import type { TTrackRequest } from '@sigap/contracts/complaints';
import type { Ctx } from '../../../platform/use-cases/context';
import { answerSheetPdfOf } from '../domain/answer-sheet';
import { verifyComplaintPin } from '../domain/public-view';

/**
 * The printable answer, with the survey QR code, for whoever holds the tracking code and the
 * PIN. The PIN is checked and throttled exactly as tracking checks it. Public: no policy.
 */
export async function getPublicComplaintAnswer(
  { db, now }: Ctx,
  input: TTrackRequest & { publicUrl: string; client: string },
): Promise<{ filename: string; body: Buffer }> {
  const c = await verifyComplaintPin(db, now, input);
  return answerSheetPdfOf(db, c, { publicUrl: input.publicUrl, now });
}
