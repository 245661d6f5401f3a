/** Why an inbound email was not turned into a draft complaint. */
export type AutomaticMailReason = 'no_sender' | 'auto_submitted' | 'bulk' | 'delivery_report';

/**
 * Whether an inbound email was sent by a machine rather than a person: out-of-office replies,
 * bounces, delivery and read receipts, list and bulk mail. Such mail must never become a
 * complaint (nor be answered: answering an auto-reply starts a mail loop). `headers` are keyed
 * in lower case; `envelopeFrom` is the SMTP reverse path, '' for a bounce (RFC 5321 §4.5.5).
 */
export function automaticMailReason(opts: {
  headers: Record<string, string | undefined>;
  fromAddress: string | null | undefined;
  envelopeFrom?: string | null | undefined;
}): AutomaticMailReason | null {
  const h = (name: string) => (opts.headers[name] ?? '').trim().toLowerCase();
  if (!opts.fromAddress?.trim() || opts.envelopeFrom === '') return 'no_sender';
  // RFC 3834: anything but "no" (auto-generated, auto-replied, auto-notified) is automatic
  const autoSubmitted = h('auto-submitted').split(';')[0]!.trim();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_submitted';
  if (h('x-autoreply') === 'yes' || h('x-autorespond')) return 'auto_submitted';
  if (['bulk', 'junk', 'list'].includes(h('precedence'))) return 'bulk';
  // delivery status notifications and read receipts (RFC 6522 multipart/report)
  if (h('content-type').startsWith('multipart/report')) return 'delivery_report';
  return null;
}

/** Perihal limits of a complaint (as on the portal form). */
export const EMAIL_SUBJECT_MIN = 5;
export const EMAIL_SUBJECT_MAX = 300;
export const NO_SUBJECT = '(tanpa perihal)';

/**
 * A complaint subject from an email's Subject: whitespace collapsed, cut to 300 characters, and
 * a subject shorter than the complaint's minimum of 5 completed with "(tanpa perihal)" so the
 * draft can be stored; the officer corrects it when confirming.
 */
export function complaintSubjectFromEmail(subject: string | null | undefined): string {
  const s = (subject ?? '').replace(/\s+/g, ' ').trim();
  if (s.length >= EMAIL_SUBJECT_MIN) return s.slice(0, EMAIL_SUBJECT_MAX);
  return s ? `${s} ${NO_SUBJECT}` : NO_SUBJECT;
}

const ENGLISH = new Set(
  'the and of to is are was were in for on with this that my our your we you i it be have has not please would could dear regards thank thanks from about application company permit'.split(
    ' ',
  ),
);
const INDONESIAN = new Set(
  'yang dan di ke dari ini itu untuk dengan tidak kami saya kita anda pada adalah sudah belum mohon terima kasih bapak ibu perusahaan izin atas dalam akan bisa atau juga tersebut hormat'.split(
    ' ',
  ),
);

/**
 * The language to answer an email complaint in: English when its words are clearly more English
 * than Indonesian (counting common function words of each), otherwise Indonesian, the default of
 * every Indonesian public service. A rough guess the officer can correct; no dictionary needed.
 */
export function guessEmailLanguage(text: string): 'id' | 'en' {
  let en = 0;
  let id = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ENGLISH.has(w)) en++;
    if (INDONESIAN.has(w)) id++;
  }
  return en >= 3 && en > 2 * id ? 'en' : 'id';
}
