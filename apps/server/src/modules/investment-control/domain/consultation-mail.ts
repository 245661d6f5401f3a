import { formatDateTime } from '@sigap/core';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import type { Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import type { ConsultationRow } from '../repository/consultations';

export type ConsultationMailKind = 'received' | 'scheduled' | 'answered' | 'closed';

/**
 * Emails the business through the outbox, in its language and in the caller's transaction:
 * the acknowledgement with the ticket number, the schedule with the meeting link, the outcome,
 * or the closing with its reason. Nothing is sent without an address (a call recorded by staff).
 * A new schedule sends a new message (the key carries the time).
 */
export async function mailConsultationContact(
  tx: Db,
  opts: {
    ticket: ConsultationRow;
    companyName: string;
    agency: AgencyRow;
    kind: ConsultationMailKind;
    now: Date;
  },
): Promise<void> {
  const t = opts.ticket;
  if (!t.contactEmail) return;
  const en = t.language === 'en';
  const L = (id: string, en_: string) => (en ? en_ : id);
  const tz = opts.agency.timeZone;
  const at = (d: Date) => formatDateTime(d, tz, en ? 'en' : 'id');
  const what =
    t.kind === 'helpdesk'
      ? L('pertanyaan Helpdesk LKPM', 'LKPM helpdesk question')
      : L('permohonan konsultasi virtual (Kolosal)', 'virtual consultation request (Kolosal)');
  const lines = [L(`Yth. ${t.contactName},`, `Dear ${t.contactName},`), ''];
  const add = (id: string, en_: string) => lines.push(L(id, en_));
  switch (opts.kind) {
    case 'received':
      add(
        `${opts.agency.name} telah menerima ${what} Anda untuk ${opts.companyName} pada ${at(t.receivedAt)}.`,
        `${opts.agency.name} received your ${what} for ${opts.companyName} on ${at(t.receivedAt)}.`,
      );
      add(`Nomor tiket: ${t.number}`, `Ticket number: ${t.number}`);
      add(`Topik: ${t.topic}`, `Topic: ${t.topic}`);
      if (t.preferredAt)
        add(
          `Waktu yang Anda usulkan: ${at(t.preferredAt)}. Jadwal dan tautan pertemuan akan kami kirim melalui email.`,
          `The time you proposed: ${at(t.preferredAt)}. We will email the schedule and the meeting link.`,
        );
      add(
        'Sebutkan nomor tiket ini bila menghubungi kami.',
        'Please quote this ticket number when you contact us.',
      );
      break;
    case 'scheduled':
      add(
        `Konsultasi virtual ${t.number} (${opts.companyName}) dijadwalkan pada ${t.scheduledAt ? at(t.scheduledAt) : '-'}.`,
        `Virtual consultation ${t.number} (${opts.companyName}) is scheduled for ${t.scheduledAt ? at(t.scheduledAt) : '-'}.`,
      );
      add(`Tautan pertemuan: ${t.meetingLink ?? '-'}`, `Meeting link: ${t.meetingLink ?? '-'}`);
      if (t.scheduleNote) lines.push('', t.scheduleNote);
      break;
    case 'answered':
      add(
        `${t.kind === 'helpdesk' ? 'Pertanyaan' : 'Konsultasi'} ${t.number} (${opts.companyName}) telah selesai. Hasilnya:`,
        `${t.kind === 'helpdesk' ? 'Question' : 'Consultation'} ${t.number} (${opts.companyName}) is done. The outcome:`,
      );
      lines.push('', t.outcome ?? '');
      break;
    case 'closed':
      add(
        `Tiket ${t.number} (${opts.companyName}) ditutup dengan alasan:`,
        `Ticket ${t.number} (${opts.companyName}) is closed, because:`,
      );
      lines.push('', t.closedReason ?? '');
      break;
  }
  lines.push('', opts.agency.name);
  const subject = {
    received: L(`[${t.number}] ${what} diterima`, `[${t.number}] ${what} received`),
    scheduled: L(`[${t.number}] Jadwal konsultasi virtual`, `[${t.number}] Virtual consultation schedule`),
    answered: L(`[${t.number}] Hasil ${what}`, `[${t.number}] Outcome of your ${what}`),
    closed: L(`[${t.number}] Tiket ditutup`, `[${t.number}] Ticket closed`),
  }[opts.kind];
  await enqueueEmail(tx, {
    agencyId: t.agencyId,
    to: t.contactEmail,
    subject,
    text: lines.join('\n'),
    dedupeKey: `consultation:${t.id}:${opts.kind}${opts.kind === 'scheduled' ? `:${t.scheduledAt?.toISOString()}` : ''}`,
    related: { type: 'control_consultation', id: t.id },
    now: opts.now,
  });
}
