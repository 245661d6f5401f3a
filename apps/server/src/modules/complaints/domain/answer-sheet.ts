import { findDocument } from '../../../platform/db/repositories/documents';
import { findAgency } from '../../../platform/db/repositories/org';
import { AppError, conflict } from '../../../platform/lib/errors';
import { surveyUrlOfRecord } from '../../../platform/satisfaction/invite';
import type { Db } from '../../../platform/use-cases/context';
import { buildComplaintAnswerPdf } from '../renderers/complaint-answer';
import type { ComplaintRow } from '../repository/complaints';
import { COMPLAINT_RECORD } from './support';

/**
 * The printable answer of an answered complaint, with the survey QR code of its invitation.
 * A complaint not answered yet has no answer to print: 409 (the caller has checked access).
 */
export async function answerSheetPdfOf(
  db: Db,
  c: ComplaintRow,
  opts: { publicUrl: string; now: Date },
): Promise<{ filename: string; body: Buffer }> {
  if (!c.answeredAt || !c.answer) throw conflict('the complaint is not answered yet');
  const agency = await findAgency(db, c.agencyId);
  if (!agency) throw new AppError('INTERNAL');
  const letter = c.answerDocumentId ? await findDocument(db, c.answerDocumentId) : null;
  const body = await buildComplaintAnswerPdf({
    agencyName: agency.name,
    agencyAddress: agency.address,
    timeZone: agency.timeZone,
    trackingCode: c.trackingCode,
    receivedAt: c.receivedAt,
    answeredAt: c.answeredAt,
    subject: c.confidential ? null : c.subject,
    answer: c.answer,
    letterNumber: letter?.number ?? null,
    surveyUrl: await surveyUrlOfRecord(db, opts.publicUrl, COMPLAINT_RECORD, c.id),
    printedAt: opts.now,
  });
  return { filename: `jawaban-pengaduan_${c.trackingCode}.pdf`, body };
}
