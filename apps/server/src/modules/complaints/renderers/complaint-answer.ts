import { formatDateTime } from '@sigap/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { contentWidth, renderPdf } from '../../../platform/documents/pdf';
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

const label = (id: string, en: string): TableCell => ({
  stack: [
    { text: id, bold: true },
    { text: en, italics: true, color: '#555555', fontSize: 7.5 },
  ],
});

export async function buildComplaintAnswerPdf(d: AnswerSheetData): Promise<Buffer> {
  const when = (x: Date): TableCell => ({
    stack: [
      { text: formatDateTime(x, d.timeZone, 'id') },
      { text: formatDateTime(x, d.timeZone, 'en'), italics: true, color: '#555555', fontSize: 7.5 },
    ],
  });
  const rows: TableCell[][] = [
    [label('Kode pelacakan', 'Tracking code'), { text: d.trackingCode, bold: true, fontSize: 12 }],
    [label('Diterima', 'Received'), when(d.receivedAt)],
    [label('Dijawab', 'Answered'), when(d.answeredAt)],
    ...(d.subject !== null ? [[label('Perihal', 'Subject'), { text: d.subject }]] : []),
    ...(d.letterNumber
      ? [[label('Nomor surat jawaban', 'Answer letter number'), { text: d.letterNumber }]]
      : []),
  ];
  const content: Content[] = [
    { text: d.agencyName.toUpperCase(), bold: true, alignment: 'center', fontSize: 11 },
    ...(d.agencyAddress
      ? [{ text: d.agencyAddress, alignment: 'center' as const, fontSize: 8, color: '#444444' }]
      : []),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth('portrait'), y2: 0, lineWidth: 1 }],
      margin: [0, 6, 0, 10],
    },
    { text: 'JAWABAN ATAS PENGADUAN', style: 'title' },
    {
      text: 'Answer to your complaint',
      italics: true,
      alignment: 'center',
      color: '#555555',
      margin: [0, 0, 0, 12],
    },
    {
      table: { widths: [150, '*'], body: rows, dontBreakRows: true },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => '#888888',
        vLineColor: () => '#888888',
        paddingTop: () => 4,
        paddingBottom: () => 4,
        paddingLeft: () => 6,
        paddingRight: () => 6,
      },
    },
    { text: 'Jawaban', bold: true, fontSize: 10, margin: [0, 14, 0, 0] },
    { text: 'Answer', italics: true, color: '#555555', margin: [0, 0, 0, 4] },
    { text: d.answer },
    ...(d.surveyUrl ? [{ stack: [await surveyQrBlock(d.surveyUrl)], margin: [0, 18, 0, 0] } as Content] : []),
    {
      text: `Dicetak / Printed: ${formatDateTime(d.printedAt, d.timeZone, 'id')}. Peraturan Kepala BKPM Nomor 12 Tahun 2015.`,
      style: 'small',
      color: '#444444',
      margin: [0, 12, 0, 0],
    },
  ];
  return renderPdf({
    title: `Jawaban atas Pengaduan ${d.trackingCode}`,
    content,
    fontSize: 9,
    footerLeft: d.trackingCode,
  });
}
