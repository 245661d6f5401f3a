import type { TLang } from '@sigap/contracts';
import { formatDateTime } from '@sigap/core';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { inviteToSurvey } from '../../../platform/satisfaction/invite';
import type { Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import { enqueueShortMessage } from '../../../platform/use-cases/notifications/enqueue-short-message';
import type { ComplaintRow, ReporterRow } from '../repository/complaints';
import { trackingUrlOf } from './reports';
import { COMPLAINT_RECORD, complaintSettings, typeLabel } from './support';

export type ReporterMailKind =
  | 'received'
  | 'first_response'
  | 'forwarded'
  | 'answered'
  | 'closed'
  | 'merged'
  | 'info_added';

const SUBJECTS: Record<ReporterMailKind, Record<TLang, string>> = {
  received: { id: 'Pengaduan Anda diterima', en: 'Your complaint has been received' },
  first_response: { id: 'Tanggapan awal atas pengaduan Anda', en: 'First response to your complaint' },
  forwarded: {
    id: 'Pengaduan Anda ditangani Kelompok Kerja Penanganan Pengaduan',
    en: 'Your complaint is with the complaint working group',
  },
  answered: { id: 'Jawaban atas pengaduan Anda', en: 'The answer to your complaint' },
  closed: { id: 'Pengaduan Anda selesai ditangani', en: 'Your complaint has been closed' },
  merged: {
    id: 'Pengaduan Anda ditangani bersama pengaduan lain',
    en: 'Your complaint is handled together with another one',
  },
  info_added: { id: 'Tambahan informasi Anda diterima', en: 'We received your additional information' },
};

/**
 * Emails the reporter, in the language they used, at receipt, at each public status change and
 * at the answer. Goes through the outbox in the caller's transaction (sent by the background
 * job with retries); once per complaint and kind. Nothing is sent when there is no email.
 */
export async function mailReporter(
  tx: Db,
  opts: {
    complaint: ComplaintRow;
    reporter: (Pick<ReporterRow, 'email' | 'name'> & { phone?: string | null }) | null | undefined;
    agency: AgencyRow;
    kind: ReporterMailKind;
    publicUrl: string;
    now: Date;
    /** The text given to the reporter: the first response or the answer. */
    text?: string | null;
    /** The PIN, only in the receipt email (the reporter keeps it; only its hash is stored). */
    pin?: string | null;
    mergedIntoTrackingCode?: string | null;
    attachments?: Array<{ fileId: string; filename: string }>;
    dedupeSuffix?: string;
  },
): Promise<void> {
  const to = opts.reporter?.email;
  const lang = (opts.complaint.language === 'en' ? 'en' : 'id') as TLang;
  const c = opts.complaint;
  const tz = opts.agency.timeZone;
  const when = (d: Date | null) => (d ? formatDateTime(d, tz, lang) : '-');
  // the reporter's public code, never the register number (which does not track)
  const code = c.trackingCode;
  const url = trackingUrlOf(opts.publicUrl, code);
  const hello =
    lang === 'en'
      ? `Dear ${opts.reporter?.name || 'reporter'},`
      : `Yth. ${opts.reporter?.name || 'Pelapor'},`;
  const lines: string[] = [hello, ''];
  const L = (id: string, en: string) => lines.push(lang === 'en' ? en : id);
  switch (opts.kind) {
    case 'received':
      L(
        `Pengaduan Anda kepada ${opts.agency.name} telah kami terima pada ${when(c.receivedAt)}.`,
        `${opts.agency.name} received your complaint on ${when(c.receivedAt)}.`,
      );
      L(`Kode pelacakan: ${code}`, `Tracking code: ${code}`);
      if (opts.pin)
        L(
          `PIN: ${opts.pin} (simpan PIN ini; PIN tidak akan ditampilkan lagi)`,
          `PIN: ${opts.pin} (keep it; it will not be shown again)`,
        );
      L(`Jenis pengaduan: ${typeLabel(c.type, 'id')}`, `Type: ${typeLabel(c.type, 'en')}`);
      L(
        `Tanggapan awal paling lambat: ${when(c.firstResponseDue)}`,
        `First response by: ${when(c.firstResponseDue)}`,
      );
      L(`Jawaban paling lambat: ${when(c.answerDue)}`, `Answer by: ${when(c.answerDue)}`);
      break;
    case 'first_response':
      L(`Tanggapan awal atas pengaduan ${code}:`, `First response to complaint ${code}:`);
      lines.push('', opts.text ?? '');
      break;
    case 'forwarded':
      L(
        `Pengaduan ${code} diteruskan kepada Kelompok Kerja Penanganan Pengaduan Masyarakat untuk ditindaklanjuti. Jawaban paling lambat ${when(c.answerDue)}.`,
        `Complaint ${code} was passed to the complaint working group for follow-up. You will be answered by ${when(c.answerDue)}.`,
      );
      break;
    case 'answered': {
      L(`Jawaban atas pengaduan ${code}:`, `The answer to complaint ${code}:`);
      lines.push('', opts.text ?? '');
      // the satisfaction survey (PermenPANRB 14/2017): Sigap's own, and the agency's external one if set
      const survey = await inviteToSurvey(tx, {
        agencyId: c.agencyId,
        recordType: COMPLAINT_RECORD,
        recordId: c.id,
        service: 'pengaduan-masyarakat',
        unitId: c.unitId,
        now: opts.now,
        publicUrl: opts.publicUrl,
      });
      const external = complaintSettings(opts.agency).surveyUrl;
      lines.push('');
      L(
        `Bantu kami memperbaiki layanan: isi survei kepuasan masyarakat di ${survey.url}`,
        `Help us improve: please answer the satisfaction survey at ${survey.url}`,
      );
      if (external)
        L(`Survei kepuasan instansi: ${external}`, `The agency's satisfaction survey: ${external}`);
      break;
    }
    case 'closed':
      L(`Penanganan pengaduan ${code} telah selesai.`, `Complaint ${code} has been closed.`);
      break;
    case 'merged':
      L(
        `Pengaduan ${code} sama dengan pengaduan ${opts.mergedIntoTrackingCode} yang sedang ditangani, sehingga keduanya ditangani bersama. Jawaban akan dikirim kepada Anda.`,
        `Complaint ${code} is the same matter as complaint ${opts.mergedIntoTrackingCode}, which is being handled, so both are handled together. You will receive the answer.`,
      );
      break;
    case 'info_added':
      L(
        `Tambahan informasi untuk pengaduan ${code} telah kami terima.`,
        `We received your additional information for complaint ${code}.`,
      );
      break;
  }
  lines.push('');
  L(`Pantau pengaduan Anda: ${url}`, `Track your complaint: ${url}`);
  lines.push('', opts.agency.name);
  const dedupeKey = `complaint:${c.id}:${opts.kind}${opts.dedupeSuffix ? `:${opts.dedupeSuffix}` : ''}`;
  if (!to) {
    // no email: a short message to the phone, through the SMS provider when one is configured
    if (opts.reporter?.phone)
      await enqueueShortMessage(tx, {
        agencyId: opts.agency.id,
        channel: 'sms',
        to: opts.reporter.phone,
        text: `${SUBJECTS[opts.kind][lang]} (${code}). ${opts.text ? `${opts.text.slice(0, 300)} ` : ''}${url}`,
        dedupeKey,
        related: { type: 'complaint', id: c.id },
        now: opts.now,
      });
    return;
  }
  await enqueueEmail(tx, {
    agencyId: opts.agency.id,
    to,
    subject: `${SUBJECTS[opts.kind][lang]} (${code})`,
    text: lines.join('\n'),
    attachments: opts.attachments ?? [],
    dedupeKey,
    related: { type: 'complaint', id: c.id },
    now: opts.now,
  });
}
