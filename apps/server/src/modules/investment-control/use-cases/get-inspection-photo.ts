import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findInspection, findPhotoFile } from '../repository/inspections';

/** One photo of an inspection's report (its bytes, type and name); anything else is "not found". */
export async function getInspectionPhoto(
  { db, actor }: AuthedCtx,
  input: { id: string; fileId: string },
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const row = await findInspection(db, input.id);
  if (!row || row.agencyId !== actor.agencyId) throw notFound();
  const photos = row.photos as Array<{ id: string }>;
  if (!photos.some((p) => p.id === input.fileId)) throw notFound();
  const file = await findPhotoFile(db, actor.agencyId, input.fileId);
  if (!file) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
