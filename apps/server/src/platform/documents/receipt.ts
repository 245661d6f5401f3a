import { formatDateTime } from '@sigap/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { contentWidth, renderPdf } from './pdf';

/**
 * The one layout of the slips Sigap hands to the public (a complaint's receipt and its answer, a
 * service request's receipt): the agency's name as the letterhead, a bilingual title, a table of
 * facts (Indonesian label over its English one), then what the slip says besides (paragraphs,
 * a QR code block, a notice) and the printed line. Every slip is A4, 9 pt, with its public code
 * at the foot of each page. Modules give the words; this gives the look, so the slips match.
 */

/** A text in Indonesian and in English. */
export interface Bilingual {
  id: string;
  en: string;
}

/** One line of the facts table: its label and its value (see `bilingual` and `emphasis`). */
export type ReceiptRow = readonly [label: Bilingual, value: TableCell];

export interface ReceiptSheet {
  agency: { name: string; address?: string | null };
  /** The heading, e.g. TANDA TERIMA PENGADUAN / Complaint receipt. */
  title: Bilingual;
  /** The facts; `null` and `false` leave a line out (a fact the slip does not show). */
  rows: ReadonlyArray<ReceiptRow | null | false>;
  /** Between the facts and the QR block, e.g. the answer's text. */
  paragraphs?: Content[];
  /** The QR code block (`trackingQrBlock`, or the survey's `surveyQrBlock`). */
  qr?: Content | null;
  /** After the QR block, e.g. the warning to keep the PIN secret. */
  notice?: Content | null;
  /** The printed line: "Dicetak / Printed: <when>. <note>" in the office's zone. */
  printed: { at: Date; timeZone: string; note: string };
  /** The PDF's document title. */
  documentTitle: string;
  /** Printed at the left of every page's footer: the slip's public code. */
  footerLeft: string;
  /** Given, the same slip renders to the same bytes. */
  creationDate?: Date;
}

const MUTED = '#555555';
const SMALL = 7.5;

/** A label: the Indonesian in bold, the English under it. */
export const receiptLabel = ({ id, en }: Bilingual): TableCell => ({
  stack: [
    { text: id, bold: true },
    { text: en, italics: true, color: MUTED, fontSize: SMALL },
  ],
});

/** A value in both languages; the English line is left out when empty or the same. */
export const bilingual = (id: string, en: string): TableCell => ({
  stack: [
    { text: id },
    ...(en && en !== id ? [{ text: en, italics: true, color: MUTED, fontSize: SMALL }] : []),
  ],
});

/** A value to read out at the counter (a code, a PIN): bold and large. */
export const emphasis = (text: string, fontSize = 16): TableCell => ({ text, bold: true, fontSize });

/**
 * The block that sends the holder to the tracking page: its QR code, a heading, how to use it,
 * and the address written out.
 */
export async function trackingQrBlock(url: string, heading: Bilingual): Promise<Content> {
  const qr = await QRCode.toDataURL(url, { margin: 1, width: 240 });
  return {
    columns: [
      { width: 110, image: qr, fit: [104, 104] },
      {
        width: '*',
        stack: [
          { text: heading.id, bold: true, fontSize: 10 },
          { text: heading.en, italics: true, color: MUTED, margin: [0, 0, 0, 4] },
          { text: 'Pindai kode QR atau buka alamat berikut, lalu masukkan kode pelacakan dan PIN:' },
          {
            text: 'Scan the QR code or open this address, then enter the tracking code and PIN:',
            italics: true,
            color: MUTED,
            margin: [0, 0, 0, 4],
          },
          { text: url, bold: true, link: url, color: '#1a4f8b' },
        ],
        margin: [6, 6, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

/** The slip as pdfmake content (for a document that carries one inside it). */
export function receiptContent(s: ReceiptSheet): Content[] {
  const rows = s.rows
    .filter((r): r is ReceiptRow => !!r)
    .map(([label, value]) => [receiptLabel(label), value]);
  return [
    { text: s.agency.name.toUpperCase(), bold: true, alignment: 'center', fontSize: 11 },
    ...(s.agency.address
      ? [{ text: s.agency.address, alignment: 'center' as const, fontSize: 8, color: '#444444' }]
      : []),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth('portrait'), y2: 0, lineWidth: 1 }],
      margin: [0, 6, 0, 10],
    },
    { text: s.title.id, style: 'title' },
    { text: s.title.en, italics: true, alignment: 'center', color: MUTED, margin: [0, 0, 0, 12] },
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
    ...(s.paragraphs ?? []),
    ...(s.qr ? [{ stack: [s.qr], margin: [0, 14, 0, 0], unbreakable: true } as Content] : []),
    ...(s.notice ? [{ stack: [s.notice], margin: [0, 12, 0, 0] } as Content] : []),
    {
      text: `Dicetak / Printed: ${formatDateTime(s.printed.at, s.printed.timeZone, 'id')}. ${s.printed.note}`,
      style: 'small',
      color: '#444444',
      margin: [0, 10, 0, 0],
    },
  ];
}

/** The slip as an A4 PDF. */
export function renderReceiptPdf(s: ReceiptSheet): Promise<Buffer> {
  return renderPdf({
    title: s.documentTitle,
    content: receiptContent(s),
    fontSize: 9,
    footerLeft: s.footerLeft,
    ...(s.creationDate ? { creationDate: s.creationDate } : {}),
  });
}
