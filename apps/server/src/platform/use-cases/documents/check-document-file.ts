import type { TVerifyFileResponse } from '@sigap/contracts';
import type { Ctx } from '../context';
import { getDocumentVerification } from './get-document-verification';
import { sha256Hex } from './support';

/**
 * Compares a file someone holds with the agency's record: the SHA-256 of its exact bytes
 * against the stored hash of the signed PDF. One changed byte makes it "does not match".
 */
export async function checkDocumentFile(
  ctx: Ctx,
  input: { id: string; bytes: Uint8Array },
): Promise<TVerifyFileResponse> {
  const record = await getDocumentVerification(ctx, input.id);
  const sha256 = sha256Hex(input.bytes);
  return { match: sha256 === record.sha256, sha256 };
}
