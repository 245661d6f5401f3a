import type { TServiceKey } from '@sigap/contracts/service-requests';
import { formatDateTime, formatLocalDate } from '@sigap/core';
import { bilingual, emphasis, renderReceiptPdf, trackingQrBlock } from '../../../platform/documents/receipt';
import { surveyQrBlock } from '../../../platform/satisfaction/qr';
import { itemList, PRIORITY_LABELS, SERVICE_NAMES } from '../domain/labels';

/**
 * The receipt of a service request (Tanda Terima Permohonan Layanan): the public code and the
 * PIN the holder typed, the service, the due date in the office's zone, the priority-service
 * flag (seed 001), what is still missing, and the tracking address with its QR code; once the
 * service is finished, the satisfaction survey's QR code too (seed 000: the officer at the counter
 * gives it to the applicant). Never the
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
  /** Once the service is finished: the satisfaction survey's link, printed as a QR code too. */
  surveyUrl?: string | null;
  printedAt: Date;
}

export async function buildServiceRequestReceiptPdf(d: ServiceReceiptData): Promise<Buffer> {
  const when = (x: Date) =>
    bilingual(formatDateTime(x, d.timeZone, 'id'), formatDateTime(x, d.timeZone, 'en'));
  const name = SERVICE_NAMES[d.service];
  const priority = d.priority ? PRIORITY_LABELS[d.priority] : null;
  const meeting = d.service === 'pertemuan-one-on-one';
  return renderReceiptPdf({
    agency: { name: d.agencyName },
    title: { id: 'TANDA TERIMA PERMOHONAN LAYANAN', en: 'Service request receipt' },
    rows: [
      [{ id: 'Kode pelacakan', en: 'Tracking code' }, emphasis(d.trackingCode)],
      [{ id: 'PIN', en: 'PIN' }, emphasis(d.pin)],
      [{ id: 'Layanan', en: 'Service' }, bilingual(name.id, name.en)],
      [{ id: 'Diterima', en: 'Received' }, when(d.receivedAt)],
      !!d.proposedDate && [
        { id: 'Usulan tanggal fasilitasi', en: 'Proposed facilitation date' },
        bilingual(formatLocalDate(d.proposedDate, 'id'), formatLocalDate(d.proposedDate, 'en')),
      ],
      [
        meeting
          ? { id: 'Balasan paling lambat', en: 'Reply by' }
          : { id: 'Selesai paling lambat', en: 'Done by' },
        d.dueAt
          ? when(d.dueAt)
          : bilingual(
              'Dihentikan sementara sampai permohonan lengkap',
              'Paused until the request is complete',
            ),
      ],
      !!priority && [
        { id: 'Pelayanan prioritas', en: 'Priority service' },
        {
          stack: [
            { text: `PRIORITAS: ${priority.id}`, bold: true, color: '#8a1c1c' },
            { text: `PRIORITY: ${priority.en}`, italics: true, color: '#8a1c1c', fontSize: 7.5 },
          ],
        },
      ],
      d.missingItems.length > 0 && [
        { id: 'Belum lengkap', en: 'Missing' },
        bilingual(itemList(d.missingItems, 'id'), itemList(d.missingItems, 'en')),
      ],
      [{ id: 'Biaya', en: 'Fee' }, bilingual('Tidak dipungut biaya', 'Free of charge')],
    ],
    qr: d.surveyUrl
      ? {
          stack: [
            await trackingQrBlock(d.trackingUrl, { id: 'Lacak permohonan Anda', en: 'Track your request' }),
            { text: ' ', margin: [0, 4, 0, 0] },
            await surveyQrBlock(d.surveyUrl),
          ],
        }
      : await trackingQrBlock(d.trackingUrl, { id: 'Lacak permohonan Anda', en: 'Track your request' }),
    notice: {
      text: 'PENTING: rahasiakan PIN Anda; PIN tidak dapat ditampilkan ulang. / IMPORTANT: keep your PIN secret; it cannot be shown again.',
      bold: true,
    },
    printed: {
      at: d.printedAt,
      timeZone: d.timeZone,
      note: `Batas waktu dihitung pada hari kerja ${d.agencyName}.`,
    },
    documentTitle: `Tanda Terima Permohonan ${d.trackingCode}`,
    footerLeft: d.trackingCode,
    creationDate: d.printedAt,
  });
}
