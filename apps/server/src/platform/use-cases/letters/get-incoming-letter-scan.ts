import { assertCan } from '@sigap/core';
import { findFile } from '../../db/repositories/files';
import { findIncomingLetter } from '../../db/repositories/incoming-letters';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/** The scan of an incoming letter, for its own agency only (another agency's answers 404). */
export async function getIncomingLetterScan(
  { db, actor }: AuthedCtx,
  id: string,
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  assertCan(actor, 'incomingLetter.read', { agencyId: actor.agencyId });
  const letter = await findIncomingLetter(db, id);
  if (!letter || letter.agencyId !== actor.agencyId || !letter.scanFileId) throw notFound();
  const file = await findFile(db, letter.scanFileId);
  if (!file || file.agencyId !== actor.agencyId) throw notFound();
  return { filename: file.filename, contentType: file.contentType, bytes: file.bytes };
}
