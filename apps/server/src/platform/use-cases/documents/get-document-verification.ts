import type { TPublicVerification } from '@sigap/contracts';
import { findDocument } from '../../db/repositories/documents';
import { findAgency } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { Ctx } from '../context';
import { personInfo } from './support';

/**
 * What the QR code on a signed document leads to, for anyone: the number, date, title, signer,
 * agency and the SHA-256 of the signed PDF, and whether it was cancelled. Never the body text.
 * Drafts answer "not found", as an unknown id does.
 */
export async function getDocumentVerification({ db }: Ctx, id: string): Promise<TPublicVerification> {
  const row = await findDocument(db, id);
  if (!row?.pdfSha256 || !row.number || !row.signedAt || !row.signerUserId) throw notFound();
  if (row.status !== 'signed' && row.status !== 'sent' && row.status !== 'cancelled') throw notFound();
  const agency = await findAgency(db, row.agencyId);
  if (!agency) throw notFound();
  const signer = (await personInfo(db, agency, [row.signerUserId], row.signedAt)).get(row.signerUserId);
  return {
    id: row.id,
    number: row.number,
    date: row.signedAt.toISOString(),
    title: row.title,
    signerName: signer?.name ?? '',
    signerPosition: signer?.position ?? '',
    agency: agency.name,
    sha256: row.pdfSha256,
    status: row.status,
    timeZone: agency.timeZone,
  };
}
