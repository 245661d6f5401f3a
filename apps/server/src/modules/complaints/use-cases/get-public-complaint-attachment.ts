import type { TTrackRequest } from '@sigap/contracts/complaints';
import { findFile } from '../../../platform/db/repositories/files';
import { notFound } from '../../../platform/lib/errors';
import type { Ctx } from '../../../platform/use-cases/context';
import { verifyComplaintPin } from '../domain/public-view';
import { findAttachment } from '../repository/complaints';

/**
 * A file the reporter attached, downloaded again with the public code and PIN (checked and
 * throttled as tracking checks them). Files the complaint team added stay with the team.
 */
export async function getPublicComplaintAttachment(
  { db, now }: Ctx,
  input: TTrackRequest & { fileId: string; client: string },
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const c = await verifyComplaintPin(db, now, input);
  const link = await findAttachment(db, c.id, input.fileId);
  if (link?.source !== 'reporter') throw notFound();
  const file = await findFile(db, input.fileId);
  if (!file) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
