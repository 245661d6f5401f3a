import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { answerSheetPdfOf } from '../domain/answer-sheet';
import { findComplaint } from '../repository/complaints';

/**
 * The complaint team prints the answer of an answered complaint for its reporter, with the QR
 * code to the satisfaction survey (seed 000: the officer hands the survey code out at the
 * counter). No PIN is needed: the sheet carries neither the PIN nor the reporter's identity,
 * and the team reads the answer anyway. Another agency's complaint is "not found".
 */
export async function printComplaintAnswer(
  { db, now, actor }: AuthedCtx,
  input: { id: string; publicUrl: string },
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'complaint.handle', { agencyId: actor.agencyId });
  const c = await findComplaint(db, input.id);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  return answerSheetPdfOf(db, c, { publicUrl: input.publicUrl, now });
}
