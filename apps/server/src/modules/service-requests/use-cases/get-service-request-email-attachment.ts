import { assertCan } from '@sigap/core';
import { findFile } from '../../../platform/db/repositories/files';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { findRequestEmail, listRequestEmailFiles } from '../repository/service-request-emails';

/** An attachment of an email to the service-request mailboxes, for the administration office. */
export async function getServiceRequestEmailAttachment(
  { db, actor }: AuthedCtx,
  input: { id: string; fileId: string },
) {
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  const email = await findRequestEmail(db, actor.agency.id, input.id);
  if (!email || !(await listRequestEmailFiles(db, email.id)).some((f) => f.id === input.fileId))
    throw notFound();
  const file = await findFile(db, input.fileId);
  if (!file || file.agencyId !== email.agencyId) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}
