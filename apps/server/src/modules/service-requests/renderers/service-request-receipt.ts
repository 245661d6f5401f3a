import type { TServiceKey } from '@sigap/contracts/service-requests';
import { formatDateTime, formatLocalDate } from '@sigap/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { contentWidth, renderPdf } from '../../../platform/documents/pdf';
import { itemList, PRIORITY_LABELS, SERVICE_NAMES } from '../domain/labels';

/**
 * The receipt of a service request (Tanda Terima Permohonan Layanan): the public code and the
 * PIN the holder typed, the service, the due date in the office's zone, the priority-service
 * flag (seed 001), what is still missing, and the tracking address with its QR code. Never the
 * applicant's identity: a receipt may be left on a desk.
 */
export interface ServiceReceiptData {
  agencyName: string;
  timeZone: string;
  trackingCode: string;
  pin: string;
  service: TServiceKey;
  receivedAt: Date;
  dueAt: Date | null;
  proposedDate: string | null;
  priority: string | null;
  missingItems: string[];
  trackingUrl: string;
  printedAt: Date;
}

const label = (id: string, en: string): TableCell => ({
  stack: [
    { text: id, bold: true },
    { text: en, italics: true, color: '#555555', fontSize: 7.5 },
  ],
});
const both = (id: string, en: string): TableCell => ({
  stack: [
    { text: id },
    ...(en && en !== id ? [{ text: en, italics: true, color: '#555555', fontSize: 7.5 }] : []),
  ],
});

export async function buildServiceRequestReceiptPdf(d: ServiceReceiptData): Promise<Buffer> {
  const when = (x: Date | null, lang: 'id' | 'en') => (x ? formatDateTime(x, d.timeZone, lang) : '-');
  const qr = await QRCode.toDataURL(d.trackingUrl, { margin: 1, width: 240 });
  const name = SERVICE_NAMES[d.service];
  const priority = d.priority ? PRIORITY_LABELS[d.priority] : null;
  const rows: TableCell[][] = [
    [label('Kode pelacakan', 'Tracking code'), { text: d.trackingCode, bold: true, fontSize: 16 }],
    [label('PIN', 'PIN'), { text: d.pin, bold: true, fontSize: 16 }],
    [label('Layanan', 'Service'), both(name.id, name.en)],
    [label('Diterima', 'Received'), both(when(d.receivedAt, 'id'), when(d.receivedAt, 'en'))],
    ...(d.proposedDate
      ? [
          [
            label('Usulan tanggal fasilitasi', 'Proposed facilitation date'),
            both(formatLocalDate(d.proposedDate, 'id'), formatLocalDate(d.proposedDate, 'en')),
          ],
        ]
      : []),
    [
      label(
        d.service === 'pertemuan-one-on-one' ? 'Balasan paling lambat' : 'Selesai paling lambat',
        d.service === 'pertemuan-one-on-one' ? 'Reply by' : 'Done by',
      ),
      d.dueAt
        ? both(when(d.dueAt, 'id'), when(d.dueAt, 'en'))
        : both('Dihentikan sementara sampai permohonan lengkap', 'Paused until the request is complete'),
    ],
    ...(priority
      ? [
          [
            label('Pelayanan prioritas', 'Priority service'),
            {
              stack: [
                { text: `PRIORITAS: ${priority.id}`, bold: true, color: '#8a1c1c' },
                { text: `PRIORITY: ${priority.en}`, italics: true, color: '#8a1c1c', fontSize: 7.5 },
              ],
            },
          ],
        ]
      : []),
    ...(d.missingItems.length
      ? [
          [
            label('Belum lengkap', 'Missing'),
            both(itemList(d.missingItems, 'id'), itemList(d.missingItems, 'en')),
          ],
        ]
      : []),
    [label('Biaya', 'Fee'), both('Tidak dipungut biaya', 'Free of charge')],
  ];
  const content: Content[] = [
    { text: d.agencyName.toUpperCase(), bold: true, alignment: 'center', fontSize: 11 },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth('portrait'), y2: 0, lineWidth: 1 }],
      margin: [0, 6, 0, 10],
    },
    { text: 'TANDA TERIMA PERMOHONAN LAYANAN', style: 'title' },
    {
      text: 'Service request receipt',
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
            { text: 'Lacak permohonan Anda', bold: true, fontSize: 10 },
            { text: 'Track your request', italics: true, color: '#555555', margin: [0, 0, 0, 4] },
            { text: 'Pindai kode QR atau buka alamat berikut, lalu masukkan kode pelacakan dan PIN:' },
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
      text: 'PENTING: rahasiakan PIN Anda; PIN tidak dapat ditampilkan ulang. / IMPORTANT: keep your PIN secret; it cannot be shown again.',
      bold: true,
      margin: [0, 12, 0, 0],
    },
    {
      text: `Dicetak / Printed: ${formatDateTime(d.printedAt, d.timeZone, 'id')}. Batas waktu dihitung pada hari kerja ${d.agencyName}.`,
      style: 'small',
      color: '#444444',
      margin: [0, 10, 0, 0],
    },
  ];
  return renderPdf({
    title: `Tanda Terima Permohonan ${d.trackingCode}`,
    content,
    fontSize: 9,
    footerLeft: d.trackingCode,
    creationDate: d.printedAt,
  });
}
