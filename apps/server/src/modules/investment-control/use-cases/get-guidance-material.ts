import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findAgencyFile, findGuidance } from '../repository/guidance';

/** One material of a guidance (its bytes, type and name); anything else is "not found". */
export async function getGuidanceMaterial(
  { db, actor }: AuthedCtx,
  input: { id: string; fileId: string },
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const g = await findGuidance(db, input.id);
  if (!g || g.agencyId !== actor.agencyId) throw notFound();
  if (!(g.materials as Array<{ id: string }>).some((m) => m.id === input.fileId)) throw notFound();
  const file = await findAgencyFile(db, actor.agencyId, input.fileId);
  if (!file) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
