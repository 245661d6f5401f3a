import { formatDate } from '@sigap/core';
import { findDocumentFile } from '../../db/repositories/documents';
import { AppError, invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { enqueueEmail } from '../notifications/enqueue-email';
import type { DocumentActionResult } from './act-on-document';
import { maySend } from './get-document';
import { verifyUrlOf } from './sign-document';
import { applyOrThrow, loadVisibleDocument, reviewOf, saveReview } from './support';

/**
 * Sends a signed document to its recipient: the email with the signed PDF attached is queued
 * in the same transaction (the outbox job delivers it, with retries), and 'document.sent' goes
 * into the case history.
 */
export async function sendDocument(
  { db, now, actor }: AuthedCtx,
  input: { id: string; publicUrl: string },
): Promise<DocumentActionResult> {
  return db.transaction(async (tx) => {
    const row = await loadVisibleDocument(tx, actor, input.id, { forUpdate: true });
    if (!maySend(actor, row)) throw new AppError('FORBIDDEN');
    const next = applyOrThrow(reviewOf(row), { type: 'send' }, actor.userId, now);
    if (!row.recipientEmail) throw invalidField('recipientEmail', 'required');
    const file = await findDocumentFile(tx, row.id, 'signed');
    if (!file || !row.number) throw new AppError('CONFLICT', { detail: 'the signed PDF is missing' });
    const agency = actor.agency;
    const date = row.signedAt ? formatDate(row.signedAt, agency.timeZone, 'id') : '';
    const verifyUrl = verifyUrlOf(input.publicUrl, row.id);
    const text = [
      'Yth. Bapak/Ibu,',
      '',
      `Bersama ini kami sampaikan ${row.title} Nomor ${row.number} tanggal ${date} (terlampir).`,
      `Keaslian dokumen dapat diperiksa di ${verifyUrl}`,
      '',
      'Hormat kami,',
      agency.name,
      agency.address,
    ].join('\n');
    const mail = await enqueueEmail(tx, {
      agencyId: row.agencyId,
      to: row.recipientEmail,
      subject: `${row.number} · ${row.title}`,
      text,
      attachments: [{ fileId: file.id, filename: file.filename }],
      dedupeKey: `document-sent:${row.id}`,
      related: { type: 'document', id: row.id },
      now,
    });
    await saveReview(tx, {
      row,
      next,
      actorUserId: actor.userId,
      now,
      action: 'document.sent',
      after: { number: row.number, to: row.recipientEmail, outboxId: mail.id },
      values: { sentAt: now },
    });
    return { status: next.status, number: row.number, pdfSha256: row.pdfSha256 };
  });
}
