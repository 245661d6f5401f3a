import { formatDateTime } from '@sigap/core';
import { BOX_KINDS, CHANNELS, COMPLAINT_TYPES } from '@sigap/core/complaints';
import type { Content } from 'pdfmake/interfaces';
import { bilingual, emphasis, renderReceiptPdf, trackingQrBlock } from '../../../platform/documents/receipt';

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

/** The warning under the tracking block: the PIN opens the complaint and cannot be shown again. */
const PIN_NOTICE: Content = {
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
  unbreakable: true,
};

export async function buildComplaintReceiptPdf(d: ReceiptData): Promise<Buffer> {
  const when = (x: Date | null) =>
    x
      ? bilingual(formatDateTime(x, d.timeZone, 'id'), formatDateTime(x, d.timeZone, 'en'))
      : bilingual('-', '');
  const channel = CHANNELS[d.channel as keyof typeof CHANNELS];
  const type = d.type ? COMPLAINT_TYPES[d.type as keyof typeof COMPLAINT_TYPES] : null;
  const box = d.boxKind ? BOX_KINDS[d.boxKind as keyof typeof BOX_KINDS] : null;
  return renderReceiptPdf({
    agency: { name: d.agencyName, address: d.agencyAddress },
    title: { id: 'TANDA TERIMA PENGADUAN', en: 'Complaint receipt' },
    rows: [
      [{ id: 'Kode pelacakan', en: 'Tracking code' }, emphasis(d.trackingCode)],
      [{ id: 'PIN', en: 'PIN' }, emphasis(d.pin)],
      [{ id: 'Diterima', en: 'Received' }, when(d.receivedAt)],
      [
        { id: 'Saluran', en: 'Channel' },
        bilingual(
          `${channel?.id ?? d.channel} (Formulir ${d.form})`,
          channel ? `${channel.en} (Form ${d.form})` : '',
        ),
      ],
      [
        { id: 'Jenis pengaduan', en: 'Type of complaint' },
        type ? bilingual(`(${d.type}) ${type.id}`, `(${d.type}) ${type.en}`) : { text: '-' },
      ],
      !!box && [{ id: 'Kategori slip', en: 'Slip category' }, bilingual(box.id, box.en)],
      d.subject !== null && [{ id: 'Perihal', en: 'Subject' }, { text: d.subject }],
      [{ id: 'Tanggapan awal paling lambat', en: 'First response by' }, when(d.firstResponseDue)],
      [{ id: 'Jawaban paling lambat', en: 'Full answer by' }, when(d.answerDue)],
    ],
    qr: await trackingQrBlock(d.trackingUrl, { id: 'Lacak pengaduan Anda', en: 'Track your complaint' }),
    notice: PIN_NOTICE,
    printed: {
      at: d.printedAt,
      timeZone: d.timeZone,
      note: `Batas waktu dihitung pada hari kerja ${d.agencyName} (Peraturan Kepala BKPM Nomor 12 Tahun 2015 Pasal 6).`,
    },
    documentTitle: `Tanda Terima Pengaduan ${d.trackingCode}`,
    footerLeft: d.trackingCode,
  });
}
