import { can } from '@sigap/core';
import { findFile } from '../../../platform/db/repositories/files';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findAttachment, findComplaint } from '../repository/complaints';

/** An attachment of a complaint, for the complaint team only (it may identify the reporter). */
export async function getComplaintAttachment(
  { db, actor }: AuthedCtx,
  input: { id: string; fileId: string },
) {
  const c = await findComplaint(db, input.id);
  if (!c || !can(actor, 'complaint.handle', { agencyId: c.agencyId })) throw notFound();
  const link = await findAttachment(db, c.id, input.fileId);
  const file = link ? await findFile(db, input.fileId) : undefined;
  if (!file || file.agencyId !== c.agencyId) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
