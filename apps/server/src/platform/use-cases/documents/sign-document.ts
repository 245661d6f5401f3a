import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import { insertFile } from '../../db/repositories/documents';
import { builtInSigner, type DocumentSigner } from '../../documents/signer';
import { AppError } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import type { DocumentActionResult } from './act-on-document';
import { renderDocumentPdf } from './rendering';
import {
  applyOrThrow,
  loadVisibleDocument,
  personInfo,
  printedUnitCode,
  reviewOf,
  saveReview,
  sha256Hex,
} from './support';
import { takeLetterNumber } from './take-letter-number';

/** The address behind the QR code of a signed document. */
export const verifyUrlOf = (publicUrl: string, documentId: string) =>
  `${publicUrl.replace(/\/+$/, '')}${pagePath(PORTAL_PAGES.verify, { id: documentId })}`;

/**
 * The signer in turn signs. In one transaction: the hash of the draft the signer approved is
 * recorded, the number is taken from the unit's register (so a number exists only for a
 * signed document, and a failure leaves no gap), the final PDF is rendered with the number,
 * the date, the signer block and the verification QR code, passed through the signer
 * (built-in, or BSrE), stored, and its SHA-256 kept for the public verification page.
 */
export async function signDocument(
  { db, now, actor }: AuthedCtx,
  input: { id: string; publicUrl: string; signer?: DocumentSigner },
): Promise<DocumentActionResult> {
  const signer = input.signer ?? builtInSigner;
  return db.transaction(async (tx) => {
    const row = await loadVisibleDocument(tx, actor, input.id, { forUpdate: true });
    const state = reviewOf(row);
    applyOrThrow(state, { type: 'sign', pdfSha256: '' }, actor.userId, now);

    const approved = await renderDocumentPdf(tx, { agency: actor.agency, row, now });
    const approvedSha256 = sha256Hex(approved.pdf);
    const next = applyOrThrow(state, { type: 'sign', pdfSha256: approvedSha256 }, actor.userId, now);

    const me = (await personInfo(tx, actor.agency, [actor.userId], now)).get(actor.userId);
    if (!me?.position) throw new AppError('FORBIDDEN');
    const taken = await takeLetterNumber(tx, {
      agencyId: row.agencyId,
      unitCode: await printedUnitCode(tx, row.agencyId, row.unitId),
      classification: row.classification,
      subject: row.title,
      documentId: row.id,
      userId: actor.userId,
      now,
      timeZone: actor.agency.timeZone,
      pattern: actor.agency.letterNumberPattern,
    });
    const signedRow = { ...row, review: next };
    const final = await renderDocumentPdf(tx, {
      agency: actor.agency,
      row: signedRow,
      now,
      final: {
        number: taken.number,
        signedAt: now,
        signer: me,
        verifyUrl: verifyUrlOf(input.publicUrl, row.id),
      },
    });
    const signed = await signer.sign(final.pdf, { userId: me.userId, name: me.name, nip: me.nip });
    const pdfSha256 = sha256Hex(signed);
    const file = await insertFile(tx, {
      agencyId: row.agencyId,
      documentId: row.id,
      kind: 'signed',
      filename: `${taken.number.replace(/[^\w.-]+/g, '_')}.pdf`,
      contentType: 'application/pdf',
      size: signed.length,
      sha256: pdfSha256,
      bytes: signed,
      createdAt: now,
      createdBy: actor.userId,
    });
    await saveReview(tx, {
      row,
      next,
      actorUserId: actor.userId,
      now,
      action: 'document.signed',
      after: {
        number: taken.number,
        letterNumberId: taken.id,
        approvedPdfSha256: approvedSha256,
        pdfSha256,
        fileId: file.id,
        signer: signer.id,
      },
      values: {
        number: taken.number,
        letterNumberId: taken.id,
        signedAt: now,
        signerUserId: actor.userId,
        pdfSha256,
        bodyText: final.text,
      },
    });
    return { status: next.status, number: taken.number, pdfSha256 };
  });
}
