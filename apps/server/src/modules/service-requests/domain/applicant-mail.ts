import type { TLang } from '@sigap/contracts';
import type { TServiceKey } from '@sigap/contracts/service-requests';
import { formatDateTime, formatLocalDate } from '@sigap/core';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import type { Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import type { ServiceRequestRow } from '../repository/service-requests';
import { itemList, SERVICE_NAMES } from './labels';
import { trackingUrlOf } from './support';

export type ApplicantMailKind =
  | 'received'
  | 'incomplete'
  | 'completed'
  | 'accepted'
  | 'refused'
  | 'rescheduled'
  | 'finished';

/**
 * Emails the applicant through the outbox, in the request's language and in the caller's
 * transaction: receipt, what is missing, the reply, a new agreed date, the result. Never the
 * PIN (it is shown once on the receipt). Nothing is sent without an address.
 */
export async function mailApplicant(
  tx: Db,
  opts: {
    request: ServiceRequestRow;
    agency: AgencyRow;
    kind: ApplicantMailKind;
    publicUrl: string;
    now: Date;
    text?: string | null;
    dedupeSuffix?: string;
    /** Files sent with the email (the signed reply letter). */
    attachments?: Array<{ fileId: string; filename: string }>;
  },
): Promise<void> {
  const r = opts.request;
  if (!r.applicantEmail) return;
  const lang: TLang = r.language === 'en' ? 'en' : 'id';
  const L = (id: string, en: string) => (lang === 'en' ? en : id);
  const tz = opts.agency.timeZone;
  const service = SERVICE_NAMES[r.service as TServiceKey][lang];
  const due = r.dueAt ? formatDateTime(r.dueAt, tz, lang) : '-';
  const lines = [L(`Yth. ${r.applicantName ?? 'Pemohon'},`, `Dear ${r.applicantName ?? 'applicant'},`), ''];
  const add = (id: string, en: string) => lines.push(L(id, en));
  switch (opts.kind) {
    case 'received':
      add(
        `Permohonan ${service} Anda telah diterima ${opts.agency.name} pada ${formatDateTime(r.receivedAt, tz, lang)}.`,
        `${opts.agency.name} received your request (${service}) on ${formatDateTime(r.receivedAt, tz, lang)}.`,
      );
      add(`Kode pelacakan: ${r.trackingCode}`, `Tracking code: ${r.trackingCode}`);
      add(`Paling lambat: ${due}`, `Due by: ${due}`);
      break;
    case 'incomplete':
      add(
        `Permohonan ${r.trackingCode} belum lengkap. Mohon lengkapi: ${itemList(r.missingItems as string[], lang)}. Waktu penyelesaian dihentikan sementara sampai permohonan lengkap.`,
        `Request ${r.trackingCode} is incomplete. Please send: ${itemList(r.missingItems as string[], lang)}. The service time is paused until the request is complete.`,
      );
      break;
    case 'completed':
      add(
        `Permohonan ${r.trackingCode} sudah lengkap dan diproses. Paling lambat: ${due}.`,
        `Request ${r.trackingCode} is complete and being handled. Due by: ${due}.`,
      );
      break;
    case 'accepted':
      add(
        `Permohonan ${r.trackingCode} diterima; jadwal pertemuan akan ditetapkan kemudian.`,
        `Request ${r.trackingCode} is accepted; the meeting will be scheduled.`,
      );
      lines.push('', opts.text ?? '');
      break;
    case 'refused':
      add(
        `Permohonan ${r.trackingCode} tidak dapat dipenuhi, dengan alasan:`,
        `Request ${r.trackingCode} cannot be granted, because:`,
      );
      lines.push('', opts.text ?? '');
      break;
    case 'rescheduled':
      add(
        `Fasilitasi untuk permohonan ${r.trackingCode} dijadwalkan ulang sesuai kesepakatan ke ${r.agreedDate ? formatLocalDate(r.agreedDate, lang) : '-'}.`,
        `The facilitation of request ${r.trackingCode} is rescheduled as agreed to ${r.agreedDate ? formatLocalDate(r.agreedDate, lang) : '-'}.`,
      );
      if (opts.text) lines.push('', opts.text);
      break;
    case 'finished':
      add(
        `Fasilitasi permohonan ${r.trackingCode} telah selesai.`,
        `The facilitation of request ${r.trackingCode} is finished.`,
      );
      if (opts.text) lines.push('', opts.text);
      break;
  }
  lines.push(
    '',
    L(
      `Lacak permohonan: ${trackingUrlOf(opts.publicUrl, r.trackingCode)}`,
      `Track it: ${trackingUrlOf(opts.publicUrl, r.trackingCode)}`,
    ),
  );
  lines.push('', opts.agency.name);
  await enqueueEmail(tx, {
    agencyId: r.agencyId,
    to: r.applicantEmail,
    subject: L(`[${r.trackingCode}] ${service}`, `[${r.trackingCode}] ${service}`),
    text: lines.join('\n'),
    dedupeKey: `service-request:${r.id}:${opts.kind}${opts.dedupeSuffix ? `:${opts.dedupeSuffix}` : ''}`,
    related: { type: 'service_request', id: r.id },
    ...(opts.attachments?.length ? { attachments: opts.attachments } : {}),
    now: opts.now,
  });
}
