import { can } from '@sigap/core';
import { findFile } from '../../../platform/db/repositories/files';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findServiceRequest, listRequestFiles } from '../repository/service-requests';

/** A file of a request (supporting data, consultation proof, the letter's scan), for the team only. */
export async function getServiceRequestFile(
  { db, actor }: AuthedCtx,
  input: { id: string; fileId: string },
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const r = await findServiceRequest(db, input.id);
  if (!r || !can(actor, 'serviceRequest.read', { agencyId: r.agencyId, unitId: r.unitId })) throw notFound();
  const linked = (await listRequestFiles(db, r.id)).some((f) => f.id === input.fileId);
  const file = linked ? await findFile(db, input.fileId) : undefined;
  if (!file || file.agencyId !== r.agencyId) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
