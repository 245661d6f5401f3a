import { formatDateTime } from '@sigap/core';
import { BOX_KINDS, CHANNELS, COMPLAINT_TYPES } from '@sigap/core/complaints';
import type { Content, TableCell } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { contentWidth, renderPdf } from '../../../platform/documents/pdf';

/**
 * The printable receipt of a complaint (Tanda Terima Pengaduan): what a walk-in or box
 * reporter takes home and a portal filer can print. It carries the public tracking code and
 * the PIN the holder just typed (printing it is the point), the deadlines of Perka BKPM 12/2015 Pasal 6
 * in the office's zone, and the tracking address with its QR code. Never the reporter's
 * identity: a receipt may be left on a desk.
 */
export interface ReceiptData {
  agencyName: string;
  agencyAddress: string;
  timeZone: string;
  /** The public code (`ADU-7KQ4M-9XPT2`), never the sequential register number. */
  trackingCode: string;
  pin: string;
  receivedAt: Date;
  channel: string;
  form: string;
  type: string | null;
  boxKind: string | null;
  /** Null for a confidential complaint: its subject is not printed. */
  subject: string | null;
  firstResponseDue: Date | null;
  answerDue: Date | null;
  trackingUrl: string;
  printedAt: Date;
}

const label = (id: string, en: string): TableCell => ({
  stack: [
    { text: id, bold: true },
    { text: en, italics: true, color: '#555555', fontSize: 7.5 },
  ],
});

export async function buildComplaintReceiptPdf(d: ReceiptData): Promise<Buffer> {
  const when = (x: Date | null) => (x ? formatDateTime(x, d.timeZone, 'id') : '-');
  const whenEn = (x: Date | null) => (x ? formatDateTime(x, d.timeZone, 'en') : '');
  const both = (id: string, en: string): TableCell => ({
    stack: [
      { text: id },
      ...(en && en !== id ? [{ text: en, italics: true, color: '#555555', fontSize: 7.5 }] : []),
    ],
  });
  const channel = CHANNELS[d.channel as keyof typeof CHANNELS];
  const type = d.type ? COMPLAINT_TYPES[d.type as keyof typeof COMPLAINT_TYPES] : null;
  const box = d.boxKind ? BOX_KINDS[d.boxKind as keyof typeof BOX_KINDS] : null;
  const qr = await QRCode.toDataURL(d.trackingUrl, { margin: 1, width: 240 });

  const rows: TableCell[][] = [
    [label('Kode pelacakan', 'Tracking code'), { text: d.trackingCode, bold: true, fontSize: 16 }],
    [label('PIN', 'PIN'), { text: d.pin, bold: true, fontSize: 16 }],
    [label('Diterima', 'Received'), both(when(d.receivedAt), whenEn(d.receivedAt))],
    [
      label('Saluran', 'Channel'),
      both(
        `${channel?.id ?? d.channel} (Formulir ${d.form})`,
        channel ? `${channel.en} (Form ${d.form})` : '',
      ),
    ],
    [
      label('Jenis pengaduan', 'Type of complaint'),
      type ? both(`(${d.type}) ${type.id}`, `(${d.type}) ${type.en}`) : { text: '-' },
    ],
    ...(box ? [[label('Kategori slip', 'Slip category'), both(box.id, box.en)]] : []),
    ...(d.subject !== null ? [[label('Perihal', 'Subject'), { text: d.subject }]] : []),
    [
      label('Tanggapan awal paling lambat', 'First response by'),
      both(when(d.firstResponseDue), whenEn(d.firstResponseDue)),
    ],
    [label('Jawaban paling lambat', 'Full answer by'), both(when(d.answerDue), whenEn(d.answerDue))],
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
    { text: 'TANDA TERIMA PENGADUAN', style: 'title' },
    {
      text: 'Complaint receipt',
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
    {
      columns: [
        { width: 110, image: qr, fit: [104, 104] },
        {
          width: '*',
          stack: [
            { text: 'Lacak pengaduan Anda', bold: true, fontSize: 10 },
            { text: 'Track your complaint', italics: true, color: '#555555', margin: [0, 0, 0, 4] },
            {
              text: 'Pindai kode QR atau buka alamat berikut, lalu masukkan kode pelacakan dan PIN:',
            },
            {
              text: 'Scan the QR code or open this address, then enter the tracking code and PIN:',
              italics: true,
              color: '#555555',
              margin: [0, 0, 0, 4],
            },
            { text: d.trackingUrl, bold: true, link: d.trackingUrl, color: '#1a4f8b' },
          ],
          margin: [6, 6, 0, 0],
        },
      ],
      margin: [0, 14, 0, 0],
      unbreakable: true,
    },
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: 'PENTING: rahasiakan PIN Anda', bold: true },
                {
                  text: 'Siapa pun yang mengetahui kode pelacakan dan PIN dapat membaca isi pengaduan dan jawabannya. Jangan beritahukan PIN kepada orang lain. PIN disimpan dalam bentuk tersandi dan tidak dapat ditampilkan ulang; simpan tanda terima ini.',
                  margin: [0, 2, 0, 4],
                },
                { text: 'IMPORTANT: keep your PIN secret', bold: true, italics: true },
                {
                  text: 'Anyone who knows the tracking code and the PIN can read the complaint and its answer. Do not share the PIN. It is stored only in scrambled form and cannot be shown again; keep this receipt.',
                  italics: true,
                },
              ],
              fillColor: '#fff4d6',
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0.8,
        vLineWidth: () => 0.8,
        paddingTop: () => 6,
        paddingBottom: () => 6,
        paddingLeft: () => 8,
        paddingRight: () => 8,
      },
      margin: [0, 14, 0, 0],
      unbreakable: true,
    },
    {
      text: `Dicetak / Printed: ${formatDateTime(d.printedAt, d.timeZone, 'id')}. Batas waktu dihitung pada hari kerja ${d.agencyName} (Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 6).`,
      style: 'small',
      color: '#444444',
      margin: [0, 10, 0, 0],
    },
  ];
  return renderPdf({
    title: `Tanda Terima Pengaduan ${d.trackingCode}`,
    content,
    fontSize: 9,
    footerLeft: d.trackingCode,
  });
}
