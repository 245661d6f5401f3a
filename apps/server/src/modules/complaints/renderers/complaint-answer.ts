import { formatDateTime } from '@sigap/core';
import { bilingual, emphasis, renderReceiptPdf } from '../../../platform/documents/receipt';
import { surveyQrBlock } from '../../../platform/satisfaction/qr';

/**
 * The printable answer to a complaint (Jawaban atas Pengaduan): what the reporter takes home
 * when the service is finished, from the counter (the officer settles a walk-in complaint and
 * hands it over) or from the tracking page. It carries the answer, the letter's number when the
 * answer went with a signed letter, and the QR code to the satisfaction survey (DESIGN §3.1:
 * after service the user gets a QR code to the survey; seed 000: the officer hands it out at
 * the counter). Never the reporter's identity or the PIN.
 */
export interface AnswerSheetData {
  agencyName: string;
  agencyAddress: string;
  timeZone: string;
  trackingCode: string;
  receivedAt: Date;
  answeredAt: Date;
  /** Null for a confidential complaint: its subject is not printed. */
  subject: string | null;
  answer: string;
  /** The signed answer letter's number, when the answer went with one. */
  letterNumber: string | null;
  /** Sigap's survey link of this complaint, when it has an invitation. */
  surveyUrl: string | null;
  printedAt: Date;
}

export async function buildComplaintAnswerPdf(d: AnswerSheetData): Promise<Buffer> {
  const when = (x: Date) =>
    bilingual(formatDateTime(x, d.timeZone, 'id'), formatDateTime(x, d.timeZone, 'en'));
  return renderReceiptPdf({
    agency: { name: d.agencyName, address: d.agencyAddress },
    title: { id: 'JAWABAN ATAS PENGADUAN', en: 'Answer to your complaint' },
    rows: [
      [{ id: 'Kode pelacakan', en: 'Tracking code' }, emphasis(d.trackingCode, 12)],
      [{ id: 'Diterima', en: 'Received' }, when(d.receivedAt)],
      [{ id: 'Dijawab', en: 'Answered' }, when(d.answeredAt)],
      d.subject !== null && [{ id: 'Perihal', en: 'Subject' }, { text: d.subject }],
      !!d.letterNumber && [
        { id: 'Nomor surat jawaban', en: 'Answer letter number' },
        { text: d.letterNumber },
      ],
    ],
    paragraphs: [
      { text: 'Jawaban', bold: true, fontSize: 10, margin: [0, 14, 0, 0] },
      { text: 'Answer', italics: true, color: '#555555', margin: [0, 0, 0, 4] },
      { text: d.answer },
    ],
    qr: d.surveyUrl ? await surveyQrBlock(d.surveyUrl) : null,
    printed: { at: d.printedAt, timeZone: d.timeZone, note: 'Peraturan Kepala BKPM Nomor 12 Tahun 2015.' },
    documentTitle: `Jawaban atas Pengaduan ${d.trackingCode}`,
    footerLeft: d.trackingCode,
  });
}
