import { addWorkingDays, isWorkingDay, nextWorkingInstant, type WorkingCalendar } from '../calendar';
import { fromLocal, localDateString } from '../format';

/**
 * Pasal 3 Perka BKPM 12/2015: what a complaint is about, in the regulation's own words
 * (Indonesian as printed, including "dugaan": the complaint alleges, the working group finds).
 */
export const COMPLAINT_TYPES = {
  a: {
    id: 'Waktu penyelesaian layanan yang tidak memenuhi Standard Operating Procedure (SOP) yang telah ditetapkan',
    en: 'Service completion time that does not meet the established Standard Operating Procedure (SOP)',
  },
  b: {
    id: 'Dugaan kesalahan dalam prosedur pelayanan dan/atau pengambilan tindakan/kebijakan',
    en: 'Suspected error in the service procedure and/or in taking an action or policy',
  },
  c: {
    id: 'Dugaan kesalahan penyajian informasi atau penjelasan',
    en: 'Suspected error in presenting information or explanation',
  },
  d: {
    id: 'Petugas kurang optimal dalam memberikan pelayanan',
    en: 'Officer not optimal in providing the service',
  },
  e: {
    id: 'Kendala teknis dalam proses pengajuan secara daring',
    en: 'Technical problem in the online submission process',
  },
  f: {
    id: 'Pengaduan Masyarakat lainnya yang terkait dengan tugas dan fungsi BKPM',
    en: 'Other public complaints related to the duties and functions of BKPM',
  },
} as const;
export type ComplaintType = keyof typeof COMPLAINT_TYPES;

/** Form B: how a box slip classifies itself. */
export const BOX_KINDS = {
  saran: { id: 'Saran', en: 'Suggestion' },
  pertanyaan: { id: 'Pertanyaan', en: 'Question' },
  informasi: { id: 'Informasi', en: 'Information' },
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  permasalahan: { id: 'Permasalahan', en: 'Problem' },
} as const;

/**
 * Channels (Pasal 4 ayat 3-4, Lampiran I II) and the form each is recorded on (Pasal 4 ayat 6-8).
 * `portal` is Sigap's own public portal: an electronic channel of its own, not LAPOR! (the
 * national SP4N-LAPOR! system, recorded as `lapor` with its number).
 */
export const CHANNELS = {
  face_to_face: { form: 'A', id: 'Tatap muka', en: 'Face to face' },
  box: { form: 'B', id: 'Kotak pengaduan', en: 'Complaint box' },
  contact_center: { form: 'C', id: 'Contact center PTSP', en: 'Contact centre' },
  telephone: { form: 'C', id: 'Telepon', en: 'Telephone' },
  letter: { form: 'C', id: 'Surat', en: 'Letter' },
  fax: { form: 'C', id: 'Faksimili', en: 'Fax' },
  email: { form: 'C', id: 'Surat elektronik (surel)', en: 'Email' },
  twitter: { form: 'C', id: 'Twitter/X', en: 'Twitter/X' },
  facebook: { form: 'C', id: 'Facebook', en: 'Facebook' },
  sms: { form: 'C', id: 'Layanan pesan singkat (SMS)', en: 'SMS' },
  lapor: { form: 'C', id: 'LAPOR!', en: 'LAPOR!' },
  mass_media: { form: 'C', id: 'Media massa', en: 'Mass media' },
  staff: { form: 'C', id: 'Diteruskan pegawai', en: 'Forwarded by staff' },
  portal: { form: 'C', id: 'Portal Sigap', en: 'Sigap portal' },
} as const;
export type ComplaintChannel = keyof typeof CHANNELS;

export interface ComplaintDeadlines {
  /** When the complaint officer's clock starts: receipt, or the next opening of the complaint room. */
  clockStart: Date;
  /** First response (tanggapan awal): same working day; for email within 24 hours. */
  firstResponseDue: Date;
  /** Full answer: 10 working days for types a-e (Pasal 6 ayat 3); the agency's setting for type f. */
  answerDue: Date;
}

/** The end of the last working interval on the local day of `instant`, or of the next working day. */
export function endOfWorkingDay(calendar: WorkingCalendar, instant: Date): Date {
  const start = nextWorkingInstant(calendar, instant);
  const day = localDateString(start, calendar.timeZone);
  const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const intervals = calendar.hours[weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7];
  const last = intervals[intervals.length - 1]!;
  return fromLocal(day, last.end, calendar.timeZone);
}

/**
 * A deadline at the very opening of a working day is the same moment as the close of the
 * previous working day; people read "by 16.00 on Friday" better than "by 07.30 on Monday".
 */
export function closeOfPreviousDayIfOpening(calendar: WorkingCalendar, due: Date): Date {
  const tz = calendar.timeZone;
  const day = localDateString(due, tz);
  if (nextWorkingInstant(calendar, fromLocal(day, '00:00', tz)).getTime() !== due.getTime()) return due;
  let cursor = new Date(`${day}T12:00:00Z`);
  for (let i = 0; i < 60; i++) {
    cursor = new Date(cursor.getTime() - 86_400_000);
    const d = cursor.toISOString().slice(0, 10);
    if (isWorkingDay(calendar, d)) return endOfWorkingDay(calendar, fromLocal(d, '00:00', tz));
  }
  return due;
}

/**
 * The time limits of Perka BKPM 12/2015 Pasal 6: a face-to-face complaint gets its first
 * answer the same day; an email complaint a first response within 24 hours of the officer
 * receiving it (counted in clock hours from when the complaint room is open, as the rule says
 * "jam", not "hari kerja"); complaints of types a-e a first response on the day of receipt and
 * the full answer within 10 working days. Type f follows the agency's setting (working days).
 */
export function complaintDeadlines(opts: {
  receivedAt: Date;
  channel: ComplaintChannel;
  type: ComplaintType;
  calendar: WorkingCalendar;
  otherTypeWorkingDays: number;
}): ComplaintDeadlines {
  const clockStart = nextWorkingInstant(opts.calendar, opts.receivedAt);
  const sameDay = endOfWorkingDay(opts.calendar, clockStart);
  const firstResponseDue =
    opts.channel === 'email' ? new Date(clockStart.getTime() + 24 * 3_600_000) : sameDay;
  const days = opts.type === 'f' ? opts.otherTypeWorkingDays : 10;
  const answerDue = closeOfPreviousDayIfOpening(
    opts.calendar,
    addWorkingDays(opts.calendar, clockStart, days),
  );
  return { clockStart, firstResponseDue, answerDue };
}

/** Tracking numbers as `ADU-2026-000123`: agency-wide, per year, from a gap-free counter. */
export function trackingNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A 6-digit PIN from caller-supplied random bytes (the server passes crypto.randomBytes): the
 * reporter gets it once; only its hash is stored.
 */
export function pinFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 4) throw new RangeError('need at least 4 random bytes');
  const n = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  return String(n % 1_000_000).padStart(6, '0');
}

/** The words of a text as duplicate matching compares them (lower case, no accents or punctuation, 3+ letters). */
export function textWords(text: string): Set<string> {
  return words(text);
}

/** Jaccard similarity of two word sets (0..1); tokenise a text once with `textWords` when comparing it many times. */
export function wordSimilarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
}

/** Jaccard similarity of two texts' words (0..1). */
export function textSimilarity(a: string, b: string): number {
  return wordSimilarity(words(a), words(b));
}

export interface DuplicateCandidate {
  contact?: string | null;
  nib?: string | null;
  company?: string | null;
  text: string;
  /** `textWords(text)`, when the caller already has it (comparing one complaint with many). */
  words?: ReadonlySet<string>;
}

/**
 * Why a new complaint looks like an open one: same reporter contact, same company or NIB, or
 * similar text. Returns the reasons (empty when it does not look like a duplicate).
 */
export function duplicateReasons(a: DuplicateCandidate, b: DuplicateCandidate, threshold = 0.45): string[] {
  const reasons: string[] = [];
  const norm = (s?: string | null) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (norm(a.contact) && norm(a.contact) === norm(b.contact)) reasons.push('contact');
  if (norm(a.nib) && norm(a.nib) === norm(b.nib)) reasons.push('nib');
  if (norm(a.company) && norm(a.company) === norm(b.company)) reasons.push('company');
  if (wordSimilarity(a.words ?? words(a.text), b.words ?? words(b.text)) >= threshold) reasons.push('text');
  return reasons;
}

/**
 * Keys that identify a reporter's contact for duplicate matching: the email in lower case and
 * the phone as digits with the Indonesian country code (0812… and +62812… are the same number).
 */
export function contactKeys(email?: string | null, phone?: string | null): string[] {
  const keys: string[] = [];
  const e = (email ?? '').trim().toLowerCase();
  if (e) keys.push(`email:${e}`);
  let digits = (phone ?? '').replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  if (digits.length >= 6) keys.push(`phone:${digits}`);
  return keys;
}

/** The complaint SOP's step-1 form values (sops/pengaduan) for each channel, type and box kind. */
export const SOP_CHANNEL_VALUE: Record<ComplaintChannel, string> = {
  face_to_face: 'tatap_muka',
  box: 'kotak_pengaduan',
  contact_center: 'contact_center',
  telephone: 'telepon',
  letter: 'surat',
  fax: 'faksimili',
  email: 'surel',
  twitter: 'twitter',
  facebook: 'facebook',
  sms: 'pesan_singkat',
  lapor: 'lapor',
  mass_media: 'media_massa',
  staff: 'pegawai_asn',
  // Sigap's own portal is its own channel (complaint SOP version 2), never recorded as LAPOR!
  portal: 'portal_sigap',
};
export const SOP_TYPE_VALUE: Record<ComplaintType, string> = {
  a: 'a_waktu_layanan',
  b: 'b_prosedur_keputusan',
  c: 'c_informasi',
  d: 'd_petugas',
  e: 'e_kendala_daring',
  f: 'f_lainnya',
};
export const SOP_BOX_KIND_VALUE: Record<keyof typeof BOX_KINDS, string> = {
  saran: 'saran',
  pertanyaan: 'pertanyaan',
  informasi: 'informasi',
  pengaduan: 'pengaduan',
  permasalahan: 'masalah',
};

/**
 * Lampiran I II.1 and II.2.e: a complaint made face to face (Form A) or passed on by an ASN
 * officer may be settled by the complaint officer on the spot (and reported to the chair,
 * Pasal 9 huruf c). Box slips (II.2.a), letters (II.2.b), electronic media (II.2.c, which the
 * Sigap portal is) and mass media (II.2.d) go to the working group, which answers.
 */
export const OFFICER_MAY_SETTLE_CHANNELS: readonly ComplaintChannel[] = ['face_to_face', 'staff'];

/** Whether the complaint officer may settle a complaint of this channel alone (Lampiran I II). */
export function officerMaySettle(channel: ComplaintChannel): boolean {
  return OFFICER_MAY_SETTLE_CHANNELS.includes(channel);
}

/** The key of the shipped complaint SOP (sops/pengaduan/pengaduan-masyarakat-v1.yaml). */
export const COMPLAINT_SOP_KEY = 'bkpm-pengaduan-masyarakat';
