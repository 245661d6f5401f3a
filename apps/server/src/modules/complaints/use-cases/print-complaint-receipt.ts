import { assertCan } from '@sigap/core';
import { AppError, invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { verifyComplaintPin } from '../domain/public-view';
import { receiptPdfOf } from '../domain/reports';
import { findComplaint } from '../repository/complaints';

/**
 * The complaint team prints the receipt for a walk-in or box reporter, who types the PIN given
 * at intake (only its hash is stored, so the office cannot print it otherwise). The PIN is
 * checked and throttled as tracking checks it (against the public code). Another agency's
 * complaint is "not found".
 */
export async function printComplaintReceipt(
  { db, now, actor }: AuthedCtx,
  input: { id: string; pin: string; publicUrl: string; client: string },
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'complaint.handle', { agencyId: actor.agencyId });
  const c = await findComplaint(db, input.id);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  try {
    await verifyComplaintPin(db, now, { trackingCode: c.trackingCode, pin: input.pin, client: input.client });
  } catch (err) {
    // the officer knows the number exists: say which field is wrong (a lock still answers 429)
    if (
      err instanceof AppError &&
      err.code === 'TRACKING_NOT_FOUND' &&
      !['draft', 'rejected'].includes(c.status)
    )
      throw invalidField('pin', 'invalid');
    throw err;
  }
  return receiptPdfOf(db, c, { pin: input.pin, publicUrl: input.publicUrl, now });
}
