import { z } from 'zod';
import { LIMITS, ZId, ZLang, ZLocalDate } from './common';
import { textCheck, ZInstant, ZText as ZTextBase } from './input';
import { ZTrackingCode } from './tracking-code';

/**
 * Public complaints (Perka BKPM 12/2015, DESIGN §3.1). The vocabularies here mirror
 * `@sigap/core` complaints/rules (which holds the labels and the time limits).
 */
/** An enum whose absence reads "required" rather than "must be one of". */
const missingIsRequired = {
  error: (iss: { input?: unknown }) => (iss.input === undefined ? 'required' : undefined),
};

export const COMPLAINT_TYPE_CODES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const ZComplaintType = z.enum(COMPLAINT_TYPE_CODES, missingIsRequired);
export type TComplaintType = z.infer<typeof ZComplaintType>;

export const BOX_KIND_CODES = ['saran', 'pertanyaan', 'informasi', 'pengaduan', 'permasalahan'] as const;
export const ZBoxKind = z.enum(BOX_KIND_CODES, missingIsRequired);

/** Channels recorded on Form C (contact centre … forwarded by staff), plus the Sigap portal. */
export const FORM_C_CHANNELS = [
  'contact_center',
  'telephone',
  'letter',
  'fax',
  'email',
  'twitter',
  'facebook',
  'sms',
  'lapor',
  'mass_media',
  'staff',
] as const;
export const COMPLAINT_CHANNEL_CODES = ['face_to_face', 'box', ...FORM_C_CHANNELS, 'portal'] as const;
export const ZComplaintChannel = z.enum(COMPLAINT_CHANNEL_CODES);
export type TComplaintChannel = z.infer<typeof ZComplaintChannel>;

export const COMPLAINT_STATUSES = [
  /** Inbound email waiting for an officer to confirm it as a complaint. */
  'draft',
  'received',
  'in_progress',
  'with_working_group',
  'answered',
  'closed',
  'merged',
  /** An inbound email the officer judged not to be a complaint (spam, misdirected). */
  'rejected',
] as const;
export const ZComplaintStatus = z.enum(COMPLAINT_STATUSES);
export type TComplaintStatus = z.infer<typeof ZComplaintStatus>;

/** Steps the public tracking page shows (never internal names or notes). */
export const COMPLAINT_UPDATE_KINDS = [
  'received',
  'first_response',
  'forwarded',
  'examined',
  'coordination',
  'meeting',
  'answered',
  'closed',
  'info_added',
  'merged',
  'unmerged',
] as const;
export type TComplaintUpdateKind = (typeof COMPLAINT_UPDATE_KINDS)[number];

/** Attachments: each up to 10 MB, PDF/JPEG/PNG/DOCX judged by content; at most 5 per submission. */
export const COMPLAINT_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const COMPLAINT_FILES_MAX = 5;
export const COMPLAINT_FILE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optText = (max: number) => z.preprocess(blankToUndefined, ZTextBase.trim().max(max).optional());
/** Multipart fields arrive as strings: 'true'/'on'/'1' mean yes. */
const ZFlag = z.preprocess(
  (v) => (typeof v === 'string' ? ['true', 'on', '1', 'yes'].includes(v.toLowerCase()) : v),
  z.boolean().default(false),
);
const ZEmail = z.preprocess(blankToUndefined, z.email().max(LIMITS.emailMax).optional());
const ZPhone = z.preprocess(
  blankToUndefined,
  ZTextBase.trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'format' })
    .optional(),
);
export const ZNib = z.preprocess(
  blankToUndefined,
  ZTextBase.trim()
    .regex(/^\d{13}$/, { error: 'nib' })
    .optional(),
);
const ZSubject = ZTextBase.trim().min(5).max(300);
const ZDescription = ZTextBase.trim().min(20).max(LIMITS.textMax);
const ZReceivedAt = ZInstant;

/** At least one of phone or email (Form B "(**) salah satu wajib diisi"; also needed to answer). */
function requireContact(
  v: { reporterPhone?: string | undefined; reporterEmail?: string | undefined },
  ctx: z.core.$RefinementCtx,
) {
  if (!v.reporterPhone && !v.reporterEmail)
    ctx.addIssue({ code: 'custom', path: ['reporterEmail'], message: 'contact_required' });
}

/** The public portal form (multipart text fields; files in `attachments`). */
export const ZPortalComplaintFields = z
  .object({
    agencyId: ZId,
    type: ZComplaintType,
    subject: ZSubject,
    description: ZDescription,
    reporterName: ZTextBase.trim().min(2).max(LIMITS.nameMax),
    reporterEmail: z.email().max(LIMITS.emailMax),
    reporterPhone: ZPhone,
    reporterInstitution: optText(200),
    reporterAddress: optText(500),
    companyName: optText(200),
    nib: ZNib,
    anonymous: ZFlag,
    confidential: ZFlag,
    language: ZLang.default('id'),
  })
  .strict();
export type TPortalComplaintFields = z.infer<typeof ZPortalComplaintFields>;

const officerCommon = {
  type: ZComplaintType,
  companyName: optText(200),
  nib: ZNib,
  anonymous: z.boolean().default(false),
  confidential: z.boolean().default(false),
  language: ZLang.default('id'),
  /** First response given at once (Pasal 6 (1): face to face the same day); completes the intake step. */
  firstResponse: optText(LIMITS.textMax),
};

/** Form A: face to face (Lampiran II.A). */
export const ZFormARequest = z
  .object({
    form: z.literal('A'),
    ...officerCommon,
    reporterName: ZTextBase.trim().min(2).max(LIMITS.nameMax),
    reporterInstitution: optText(200),
    reporterAddress: optText(500),
    reporterPhone: ZPhone,
    reporterEmail: ZEmail,
    /** B. Waktu pengaduan: pukul, hari/tanggal. */
    receivedAt: ZReceivedAt,
    /** C. Masalah pengaduan. */
    subject: ZSubject,
    /** D. Uraian pengaduan. */
    description: ZDescription,
  })
  .strict()
  .superRefine(requireContact);

/** Form B: complaint box slip (Lampiran II.B). */
export const ZFormBRequest = z
  .object({
    form: z.literal('B'),
    ...officerCommon,
    /** The slip promises "kerahasiaan pengirim dijamin": confidential unless the officer says otherwise. */
    confidential: z.boolean().default(true),
    /** Jenis pengaduan (*) wajib: saran/pertanyaan/informasi/pengaduan/masalah. */
    boxKind: ZBoxKind,
    /** Isi pengaduan. */
    description: ZDescription,
    /** Not on the slip; the officer may give one (otherwise the content's opening words). */
    subject: optText(300),
    reporterName: optText(LIMITS.nameMax),
    reporterAddress: optText(500),
    reporterGender: z.preprocess(blankToUndefined, z.enum(['male', 'female']).optional()),
    reporterPhone: ZPhone,
    reporterEmail: ZEmail,
    /** When the slip was taken from the box. */
    receivedAt: ZReceivedAt,
  })
  .strict()
  .superRefine(requireContact);

/** Form C: contact centre, telephone, letter, fax, email, social media, SMS, LAPOR!, mass media, staff (Lampiran II.C). */
export const ZFormCRequest = z
  .object({
    form: z.literal('C'),
    ...officerCommon,
    channel: z.enum(FORM_C_CHANNELS, missingIsRequired),
    reporterName: optText(LIMITS.nameMax),
    reporterInstitution: optText(200),
    reporterAddress: optText(500),
    reporterPhone: ZPhone,
    reporterEmail: ZEmail,
    /** Twitter/X or Facebook account. */
    reporterHandle: optText(100),
    receivedAt: ZReceivedAt,
    subject: ZSubject,
    /** C. Materi pengaduan. */
    description: ZDescription,
    /** Mass media only: the medium and the date of publication or broadcast. */
    mediaName: optText(200),
    publicationDate: z.preprocess(blankToUndefined, ZLocalDate.optional()),
    /** LAPOR! only: its tracking number. */
    laporNumber: optText(40),
    /** Forwarded by staff only: who forwarded it (name, unit). */
    forwardedBy: optText(200),
  })
  .strict()
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, when: boolean) => {
      if (when && !v[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
    };
    need('mediaName', v.channel === 'mass_media');
    need('publicationDate', v.channel === 'mass_media');
    need('laporNumber', v.channel === 'lapor');
    need('forwardedBy', v.channel === 'staff');
    need('reporterName', v.channel !== 'mass_media');
    if (v.channel !== 'mass_media' && !v.reporterPhone && !v.reporterEmail && !v.reporterHandle)
      ctx.addIssue({ code: 'custom', path: ['reporterEmail'], message: 'contact_required' });
  });

export const ZRecordComplaintRequest = z.discriminatedUnion('form', [
  ZFormARequest,
  ZFormBRequest,
  ZFormCRequest,
]);
export type TRecordComplaintRequest = z.infer<typeof ZRecordComplaintRequest>;

/** Given once, at intake: the PIN is never shown again (only its hash is kept). */
export const ZComplaintReceipt = z.object({
  id: ZId.optional(),
  /** What the reporter tracks with: the random public code (`ADU-7KQ4M-9XPT2`). */
  trackingCode: z.string(),
  /** The register number (`ADU-2026-000123`), for the staff member who recorded it; not on the portal. */
  trackingNumber: z.string().optional(),
  pin: z.string(),
  receivedAt: z.string(),
  firstResponseDue: z.string(),
  answerDue: z.string(),
  agencyName: z.string(),
  agencyTimeZone: z.string(),
});
export type TComplaintReceipt = z.infer<typeof ZComplaintReceipt>;

export const ZPin = ZTextBase.trim().regex(/^\d{6}$/, { error: 'pin' });
/** Only the public code tracks: a register number answers as an unknown code does. */
export const ZTrackRequest = z.object({ trackingCode: ZTrackingCode, pin: ZPin }).strict();
export type TTrackRequest = z.infer<typeof ZTrackRequest>;

/** What the public sees for one step: what happened and when, never who or internal notes. */
export const ZPublicComplaintStep = z.object({
  kind: z.enum(COMPLAINT_UPDATE_KINDS),
  at: z.string(),
  /** The reporter's own addition, or the text given to the reporter (first response, answer). */
  text: z.string().nullable(),
  files: z.array(z.object({ id: ZId, filename: z.string() })),
});

/** Tracking page: without the PIN only status and step dates (and nothing for a confidential complaint). */
export const ZPublicComplaint = z.object({
  trackingCode: z.string(),
  agencyName: z.string(),
  agencyTimeZone: z.string(),
  status: ZComplaintStatus,
  type: ZComplaintType.nullable(),
  channel: ZComplaintChannel,
  receivedAt: z.string(),
  firstResponseDue: z.string().nullable(),
  answerDue: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** Only with the PIN. */
  subject: z.string().nullable(),
  description: z.string().nullable(),
  answer: z.string().nullable(),
  steps: z.array(ZPublicComplaintStep),
  withPin: z.boolean(),
  canAddInfo: z.boolean(),
  /** When merged: the complaint it continues in (the reporter tracks that one). */
  mergedIntoTrackingCode: z.string().nullable(),
  /** The satisfaction survey, once answered (built with service requests). */
  surveyUrl: z.string().nullable(),
});
export type TPublicComplaint = z.infer<typeof ZPublicComplaint>;

export const ZAddInfoFields = z
  .object({
    trackingCode: ZTrackingCode,
    pin: ZPin,
    text: ZTextBase.trim().min(3).max(LIMITS.textMax),
  })
  .strict();

// ---------------------------------------------------------------- office

export const ZComplaintQuery = z.object({
  status: z.preprocess(blankToUndefined, z.enum([...COMPLAINT_STATUSES, 'open']).optional()),
  type: z.preprocess(blankToUndefined, ZComplaintType.optional()),
  channel: z.preprocess(blankToUndefined, ZComplaintChannel.optional()),
  q: optText(200),
  overdue: z.preprocess(blankToUndefined, z.enum(['true', 'false']).optional()),
  /** Only those the officer settled at once, reported to the working-group chair (Pasal 9 huruf c). */
  settledAtOnce: z.preprocess(blankToUndefined, z.enum(['true', 'false']).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TComplaintQuery = z.infer<typeof ZComplaintQuery>;

export const ZReporter = z.object({
  name: z.string().nullable(),
  institution: z.string().nullable(),
  address: z.string().nullable(),
  gender: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  handle: z.string().nullable(),
});
export type TReporter = z.infer<typeof ZReporter>;

export const ZComplaintListItem = z.object({
  id: ZId,
  /** The register number (sequential): the complaint's number in the office and its case. */
  trackingNumber: z.string(),
  /** The reporter's public code, so staff can find the complaint when a reporter calls with it. */
  trackingCode: z.string(),
  status: ZComplaintStatus,
  type: ZComplaintType.nullable(),
  channel: ZComplaintChannel,
  form: z.enum(['A', 'B', 'C']),
  subject: z.string(),
  receivedAt: z.string(),
  firstResponseDue: z.string().nullable(),
  answerDue: z.string().nullable(),
  answeredAt: z.string().nullable(),
  overdue: z.boolean(),
  anonymous: z.boolean(),
  confidential: z.boolean(),
  /** Null when the reader may not see the identity. */
  reporterName: z.string().nullable(),
});
export type TComplaintListItem = z.infer<typeof ZComplaintListItem>;
export const ZComplaintList = z.object({
  items: z.array(ZComplaintListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TComplaintList = z.infer<typeof ZComplaintList>;

export const ZInputRequest = z.object({
  id: ZId,
  complaintId: ZId,
  trackingNumber: z.string(),
  complaintSubject: z.string(),
  unitId: ZId,
  unitName: z.string(),
  question: z.string(),
  dueAt: z.string(),
  requestedAt: z.string(),
  requestedByName: z.string(),
  status: z.enum(['open', 'answered', 'cancelled']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  /** The reporter, only for the complaint team and for whom it was revealed to (never for an anonymous complaint). */
  reporter: ZReporter.nullable(),
});
export type TInputRequest = z.infer<typeof ZInputRequest>;

export const ZComplaintDuplicate = z.object({
  id: ZId,
  trackingNumber: z.string(),
  subject: z.string(),
  status: ZComplaintStatus,
  receivedAt: z.string(),
  reasons: z.array(z.enum(['contact', 'nib', 'company', 'text'])),
});

/** What the handler can do next (the complaint's open SOP step and the actor's lanes). */
export const COMPLAINT_ACTIONS = [
  'confirmDraft',
  'rejectDraft',
  'firstResponse',
  'settle',
  'forward',
  'examine',
  'requestInput',
  'coordinate',
  'decideMeeting',
  'recordMeeting',
  'answer',
  'close',
  'merge',
  'unmerge',
  'revealIdentity',
] as const;

export const ZComplaint = ZComplaintListItem.extend({
  description: z.string(),
  boxKind: ZBoxKind.nullable(),
  companyName: z.string().nullable(),
  nib: z.string().nullable(),
  language: ZLang,
  channelDetails: z.record(z.string(), z.string()),
  reporter: ZReporter.nullable(),
  identityHidden: z.boolean(),
  revealedTo: z.array(z.object({ userName: z.string(), reason: z.string(), at: z.string() })),
  firstResponse: z.string().nullable(),
  firstRespondedAt: z.string().nullable(),
  answer: z.string().nullable(),
  answerChannel: z.string().nullable(),
  clockStart: z.string().nullable(),
  closedAt: z.string().nullable(),
  recordedByName: z.string().nullable(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  /** The complaint's current SOP step (s1…s11), or null when none is open. */
  currentStep: z.string().nullable(),
  actions: z.array(z.enum(COMPLAINT_ACTIONS)),
  mergedInto: z.object({ id: ZId, trackingNumber: z.string() }).nullable(),
  mergedFrom: z.array(z.object({ id: ZId, trackingNumber: z.string() })),
  attachments: z.array(
    z.object({ id: ZId, filename: z.string(), size: z.number(), source: z.string(), at: z.string() }),
  ),
  updates: z.array(ZPublicComplaintStep.extend({ public: z.boolean() })),
  inputRequests: z.array(ZInputRequest),
  duplicates: z.array(ZComplaintDuplicate),
  documents: z.array(
    z.object({ id: ZId, title: z.string(), status: z.string(), number: z.string().nullable() }),
  ),
});
export type TComplaint = z.infer<typeof ZComplaint>;

const ZText = ZTextBase.trim().min(3).max(LIMITS.textMax);
export const ZComplaintAction = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('confirmDraft'),
      complaintType: ZComplaintType,
      subject: ZSubject,
      reporterName: ZTextBase.trim().min(2).max(LIMITS.nameMax),
      /** What the sender asked for in the mail, set by the officer. */
      anonymous: z.boolean().optional(),
      confidential: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('rejectDraft'), reason: ZText }).strict(),
  z.object({ type: z.literal('firstResponse'), text: ZText }).strict(),
  z.object({ type: z.literal('settle'), answer: ZText }).strict(),
  z.object({ type: z.literal('forward'), note: optText(LIMITS.textMax) }).strict(),
  z.object({ type: z.literal('examine'), findings: ZText }).strict(),
  z
    .object({
      type: z.literal('requestInput'),
      unitId: ZId,
      question: ZText,
      dueWorkingDays: z.number().int().min(1).max(10),
    })
    .strict(),
  z.object({ type: z.literal('coordinate'), summary: ZText }).strict(),
  z.object({ type: z.literal('decideMeeting'), needed: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('recordMeeting'),
      basis: ZText,
      purpose: ZText,
      meetingDate: ZLocalDate,
      meetingTime: ZTextBase.trim().regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, { error: 'time_format' }),
      place: ZTextBase.trim().min(2).max(300),
      chair: ZTextBase.trim().min(2).max(200),
      participants: ZText,
      presenter: optText(LIMITS.textMax),
      opinions: ZText,
      decisions: ZText,
      followUpPlan: ZText,
    })
    .strict(),
  z
    .object({
      type: z.literal('answer'),
      channel: z.enum(['email', 'letter', 'mass_media']),
      text: ZText,
      /** A signed document of this complaint's case (the answer letter) to send with it. */
      documentId: ZId.optional(),
    })
    .strict(),
  z.object({ type: z.literal('close'), report: ZText }).strict(),
  z.object({ type: z.literal('merge'), intoComplaintId: ZId, reason: ZText }).strict(),
  z.object({ type: z.literal('unmerge'), reason: ZText }).strict(),
  z.object({ type: z.literal('revealIdentity'), userId: ZId, reason: ZText }).strict(),
]);
export type TComplaintAction = z.infer<typeof ZComplaintAction>;

export const ZAnswerInputRequest = z.object({ answer: ZText }).strict();

// ---------------------------------------------------------------- reports

export const ZDailyTallyQuery = z.object({ date: ZLocalDate.optional() });
export const ZTally = z.object({
  total: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  byChannel: z.record(z.string(), z.number().int()),
  byStatus: z.record(z.string(), z.number().int()),
});
export const ZDailyTally = ZTally.extend({ date: z.string(), agencyName: z.string() });
export type TDailyTally = z.infer<typeof ZDailyTally>;

/** The week starting on a Monday (any date in it may be given). */
export const ZWeeklyRecapQuery = z.object({ week: ZLocalDate.optional() });
export const ZWeeklyRecap = ZTally.extend({
  agencyName: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  answered: z.number().int(),
  answeredWithinTime: z.number().int(),
  overdue: z.number().int(),
  openAtEnd: z.number().int(),
  perDay: z.array(z.object({ date: z.string(), count: z.number().int() })),
  followUps: z.array(
    z.object({
      trackingNumber: z.string(),
      subject: z.string(),
      type: z.string().nullable(),
      status: z.string(),
      answerDue: z.string().nullable(),
      overdue: z.boolean(),
      lastStep: z.string().nullable(),
    }),
  ),
});
export type TWeeklyRecap = z.infer<typeof ZWeeklyRecap>;

/**
 * The week's report to the head of the agency (Pasal 10 ayat 2): Sigap prepares the recap on
 * Monday morning; the working-group chair reviews it and sends it with a note.
 */
export const ZWeeklyRecapDelivery = z.object({
  status: z.enum(['prepared', 'sent']),
  preparedAt: z.string(),
  sentAt: z.string().nullable(),
  sentByName: z.string().nullable(),
  note: z.string().nullable(),
  /** Whether the reader (a working-group chair) may send it now. */
  canSend: z.boolean(),
});
export type TWeeklyRecapDelivery = z.infer<typeof ZWeeklyRecapDelivery>;

/** The recap with its delivery (null until the Monday job has prepared that week). */
export const ZWeeklyRecapView = ZWeeklyRecap.extend({ delivery: ZWeeklyRecapDelivery.nullable() });
export type TWeeklyRecapView = z.infer<typeof ZWeeklyRecapView>;

/** The chair sends the prepared recap of the week containing `week` to the head, with a note. */
export const ZSendWeeklyRecapRequest = z.object({ week: ZLocalDate, note: optText(LIMITS.textMax) }).strict();
export type TSendWeeklyRecapRequest = z.infer<typeof ZSendWeeklyRecapRequest>;

export const ZPublicStatsQuery = z.object({
  agencyId: ZId,
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2015).max(2100).optional()),
});
export const ZPublicStats = z.object({
  agencyName: z.string(),
  year: z.number().int(),
  total: z.number().int(),
  answered: z.number().int(),
  answeredOnTimeShare: z.number().nullable(),
  averageWorkingDaysToAnswer: z.number().nullable(),
  byType: z.record(z.string(), z.number().int()),
  byChannel: z.record(z.string(), z.number().int()),
  byMonth: z.array(z.object({ month: z.number().int(), count: z.number().int() })),
});
export type TPublicStats = z.infer<typeof ZPublicStats>;

export const ZComplaintSettings = z
  .object({
    /** Working days to answer a type-f complaint (the regulation leaves it to the agency). */
    otherTypeWorkingDays: z.number().int().min(1).max(60),
    /** The mailbox whose messages become draft complaints. */
    mailbox: z.email().max(LIMITS.emailMax).nullable(),
    /**
     * The agency's satisfaction survey (SKM), to which reporters are invited after the answer;
     * Sigap's own survey replaces it once service requests are built.
     */
    surveyUrl: z
      .url({ protocol: /^https?$/ })
      .check(textCheck)
      .max(500)
      .nullable()
      .default(null),
  })
  .strict();
export type TComplaintSettings = z.infer<typeof ZComplaintSettings>;
