import { assertCan } from '@sigap/core';
import { AppError, invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { receiptPdfOf } from '../domain/receipt';
import { verifyServiceRequestPin } from '../domain/view';
import { findServiceRequest } from '../repository/service-requests';

/**
 * The administration office prints the receipt for an applicant who brought the letter, typing
 * the PIN given at registration (only its hash is stored); the PIN is checked and throttled as
 * tracking checks it. Another agency's request is "not found".
 */
export async function printServiceRequestReceipt(
  { db, now, actor }: AuthedCtx,
  input: { id: string; pin: string; publicUrl: string; client: string },
): Promise<{ filename: string; body: Buffer }> {
  const r = await findServiceRequest(db, input.id);
  if (!r || r.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'serviceRequest.read', { agencyId: r.agencyId });
  try {
    await verifyServiceRequestPin(db, now, {
      trackingCode: r.trackingCode,
      pin: input.pin,
      client: input.client,
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'TRACKING_NOT_FOUND') throw invalidField('pin', 'invalid');
    throw err;
  }
  return receiptPdfOf(db, r, { pin: input.pin, publicUrl: input.publicUrl, now });
}
