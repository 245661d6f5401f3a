import { formatLocalDate } from '@sigap/core';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import type { Db } from '../../../platform/use-cases/context';
import { enqueueEmail } from '../../../platform/use-cases/notifications/enqueue-email';
import type { GuidanceParticipantRow, GuidanceRow } from '../repository/guidance';

const ZONE: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const WEEKDAYS = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A local date with its weekday: `Senin, 15 Juni 2026`. */
function dayOf(date: string, lang: 'id' | 'en'): string {
  return `${WEEKDAYS[lang][new Date(`${date}T00:00:00Z`).getUTCDay()]}, ${formatLocalDate(date, lang)}`;
}

/** The session as a few lines, Indonesian then English. */
function sessionLines(g: GuidanceRow, agency: AgencyRow): { id: string[]; en: string[] } {
  const zone = ZONE[agency.timeZone] ?? agency.timeZone;
  const where = (lang: 'id' | 'en') =>
    [g.place, g.onlineLink ? `${lang === 'id' ? 'daring' : 'online'}: ${g.onlineLink}` : null]
      .filter(Boolean)
      .join('; ');
  return {
    id: [
      `Kegiatan : ${g.title}`,
      `Hari/tanggal : ${dayOf(g.heldOn, 'id')}`,
      `Pukul : ${g.startTime}-${g.endTime} ${zone}`,
      `Tempat : ${where('id')}`,
      ...(g.topic ? [`Materi : ${g.topic}`] : []),
    ],
    en: [
      `Session: ${g.title}`,
      `Date: ${dayOf(g.heldOn, 'en')}`,
      `Time: ${g.startTime}-${g.endTime} ${zone}`,
      `Place: ${where('en')}`,
    ],
  };
}

/**
 * Invites a participant's company to a guidance session by email (through the outbox, in the
 * caller's transaction), once per participant.
 */
export async function mailGuidanceInvitation(
  tx: Db,
  opts: {
    guidance: GuidanceRow;
    participant: GuidanceParticipantRow;
    companyName: string;
    agency: AgencyRow;
    now: Date;
  },
): Promise<void> {
  const { guidance: g, participant: p, agency } = opts;
  if (!p.email) return;
  const s = sessionLines(g, agency);
  const text = [
    `Yth. Pimpinan ${opts.companyName},`,
    '',
    `${agency.name} mengundang Bapak/Ibu untuk mengikuti kegiatan pembinaan pelaksanaan penanaman modal:`,
    '',
    ...s.id,
    '',
    'Mohon kehadiran tepat waktu. Terima kasih.',
    '',
    '---',
    `${agency.name} invites your company to an investment guidance session:`,
    ...s.en,
  ].join('\n');
  await enqueueEmail(tx, {
    agencyId: agency.id,
    to: p.email,
    subject: `Undangan pembinaan penanaman modal: ${g.title}`,
    text,
    dedupeKey: `guidance-invitation:${p.id}`,
    related: { type: 'control_guidance', id: g.id },
    now: opts.now,
  });
}

/** Thanks a participant who attended and sends its satisfaction survey link, once. */
export async function mailGuidanceSurvey(
  tx: Db,
  opts: {
    guidance: GuidanceRow;
    participant: GuidanceParticipantRow;
    companyName: string;
    agency: AgencyRow;
    surveyUrl: string;
    now: Date;
  },
): Promise<void> {
  const { guidance: g, participant: p, agency } = opts;
  if (!p.email) return;
  const text = [
    `Yth. Pimpinan ${opts.companyName},`,
    '',
    `Terima kasih telah mengikuti kegiatan "${g.title}" pada ${formatLocalDate(g.heldOn, 'id')}.`,
    'Mohon nilai kegiatan ini (1 sampai 4) melalui tautan berikut:',
    opts.surveyUrl,
    '',
    '---',
    `Thank you for attending "${g.title}" on ${formatLocalDate(g.heldOn, 'en')}. Please rate the session (1 to 4) at the link above.`,
  ].join('\n');
  await enqueueEmail(tx, {
    agencyId: agency.id,
    to: p.email,
    subject: `Survei kepuasan pembinaan: ${g.title}`,
    text,
    dedupeKey: `guidance-survey:${p.id}`,
    related: { type: 'control_guidance', id: g.id },
    now: opts.now,
  });
}
