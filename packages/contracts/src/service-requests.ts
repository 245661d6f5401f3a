import { z } from 'zod';
import { LIMITS, ZId, ZLang, ZLocalDate } from './common';
import { ZPin } from './complaints';
import { ZInstant, ZText as ZTextBase } from './input';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from './tracking-code';

/**
 * Service requests from the public (issue 10): the one-on-one meeting (SK 177/2024, seed 000)
 * and the technical-issue facilitation (seed 001). The rules (deadlines, the earliest
 * facilitation date) are in `@sigap/core` service-requests.
 */

export const SERVICE_KEYS = ['pertemuan-one-on-one', 'fasilitasi-kendala-teknis'] as const;
export const ZServiceKey = z.enum(SERVICE_KEYS);
export type TServiceKey = z.infer<typeof ZServiceKey>;

/** The service each SOP runs (the keys of the shipped SOPs, seeds 000 and 001). */
export const SERVICE_OF_SOP: Readonly<Record<string, TServiceKey>> = {
  'bkpm-one-on-one-meeting': 'pertemuan-one-on-one',
  'bkpm-fasilitasi-kendala-teknis': 'fasilitasi-kendala-teknis',
};

export const SERVICE_REQUEST_STATUSES = [
  'received',
  'incomplete',
  'in_progress',
  'accepted',
  'refused',
  'finished',
] as const;
export const ZServiceRequestStatus = z.enum(SERVICE_REQUEST_STATUSES);
export type TServiceRequestStatus = z.infer<typeof ZServiceRequestStatus>;

/** How the request arrived: Sigap's portal, an email to the office mailboxes, a letter brought in, an e-office memo. */
export const SERVICE_REQUEST_CHANNELS = ['portal', 'email', 'letter', 'e_office'] as const;
export const ZServiceRequestChannel = z.enum(SERVICE_REQUEST_CHANNELS);
export type TServiceRequestChannel = z.infer<typeof ZServiceRequestChannel>;

/** Seed 000: the request letter is addressed to the Minister or to the Deputy for Promotion. */
export const ADDRESSEES = ['minister', 'deputy_promotion'] as const;
export const ZAddressee = z.enum(ADDRESSEES, {
  error: (iss: { input?: unknown }) => (iss.input === undefined || iss.input === '' ? 'required' : undefined),
});

/** Seed 001: priority service for people with disabilities, the elderly and pregnant women. */
export const PRIORITY_KINDS = ['disability', 'elderly', 'pregnant'] as const;
export const CURRENCIES = ['IDR', 'USD', 'EUR', 'JPY', 'CNY', 'SGD', 'KRW', 'AUD'] as const;

/** The required contents of a one-on-one request letter (seed 000, Persyaratan 3 a-e). */
export const ONE_ON_ONE_ITEMS = {
  a: ['applicantName', 'applicantIdentity'],
  b: [
    'investmentSector',
    'kbli',
    'investmentLocation',
    'investmentValue',
    'investmentCurrency',
    'investmentTimeline',
  ],
  c: ['topics'],
  d: ['attachments'],
  e: ['contactPhone'],
} as const;
/** The required contents of a facilitation request (seed 001, Persyaratan 4). */
export const FACILITATION_ITEMS = {
  chronology: ['chronology'],
  consultation: ['consultationReference'],
  supportingData: ['attachments'],
  identity: ['applicantName', 'applicantIdentity'],
  whatsapp: ['whatsapp'],
  email: ['applicantEmail'],
  date: ['proposedDate'],
} as const;
export const MISSING_ITEMS = [
  ...(Object.keys(ONE_ON_ONE_ITEMS) as Array<keyof typeof ONE_ON_ONE_ITEMS>),
  ...(Object.keys(FACILITATION_ITEMS) as Array<keyof typeof FACILITATION_ITEMS>),
] as const;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const req = (min: number, max: number) => z.preprocess(blank, ZTextBase.trim().min(min).max(max));
const opt = (max: number) => z.preprocess(blank, ZTextBase.trim().max(max).optional());
const ZFlag = z.preprocess(
  (v) => (typeof v === 'string' ? ['true', 'on', '1', 'yes'].includes(v.toLowerCase()) : v),
  z.boolean().default(false),
);
const ZPhoneReq = z.preprocess(blank, ZTextBase.trim().regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'format' }));
const ZEmailReq = z.preprocess(blank, z.email().max(LIMITS.emailMax));
/** KBLI: the Indonesian standard industrial classification, 5 digits. */
export const ZKbli = z.preprocess(blank, ZTextBase.trim().regex(/^\d{5}$/, { error: 'kbli' }));
/** An amount of money as typed (digits, dots or commas as thousands separators), kept as digits. */
export const ZAmount = z.preprocess(
  (v) =>
    typeof v === 'string' ? (v.replace(/[.,\s]/g, '') === '' ? undefined : v.replace(/[.,\s]/g, '')) : v,
  ZTextBase.regex(/^[1-9]\d{0,17}$/, { error: 'amount' }),
);
const ZCurrency = z.preprocess(blank, z.enum(CURRENCIES));
const ZPriority = z.preprocess(blank, z.enum(PRIORITY_KINDS).optional());
const ZProposedDate = z.preprocess(blank, ZLocalDate);

const oneOnOneFields = {
  applicantName: req(2, LIMITS.nameMax),
  /** Position, company or institution, and the identity document's number. */
  applicantIdentity: req(2, 500),
  applicantEmail: ZEmailReq,
  contactPhone: ZPhoneReq,
  companyName: opt(200),
  addressee: ZAddressee,
  investmentSector: req(2, 200),
  kbli: ZKbli,
  investmentLocation: req(2, 300),
  investmentValue: ZAmount,
  investmentCurrency: ZCurrency,
  investmentTimeline: req(2, 300),
  topics: req(10, LIMITS.textMax),
};

/** The public one-on-one request (multipart text fields; files `attachments`: the supporting data, required). */
export const ZOneOnOneFields = z
  .object({ agencyId: ZId, ...oneOnOneFields, language: ZLang.default('id') })
  .strict();
export type TOneOnOneFields = z.infer<typeof ZOneOnOneFields>;

const facilitationFields = {
  applicantName: req(2, LIMITS.nameMax),
  applicantIdentity: req(2, 500),
  applicantEmail: ZEmailReq,
  whatsapp: ZPhoneReq,
  companyName: opt(200),
  nib: z.preprocess(
    blank,
    ZTextBase.trim()
      .regex(/^\d{13}$/, { error: 'nib' })
      .optional(),
  ),
  chronology: req(20, LIMITS.textMax),
  /** The reference number of the earlier consultation (or an upload in `consultationProof`). */
  consultationReference: opt(100),
  /** The regular units could not solve it (seed 001: for problems the units could not settle). */
  regularUnitsFailed: ZFlag,
  proposedDate: ZProposedDate,
  priority: ZPriority,
};

/**
 * The public facilitation request (multipart text fields; files `attachments`: supporting data,
 * required; `consultationProof`: proof of the earlier consultation, required unless
 * `consultationReference` is given).
 */
export const ZFacilitationFields = z
  .object({ agencyId: ZId, ...facilitationFields, language: ZLang.default('id') })
  .strict();
export type TFacilitationFields = z.infer<typeof ZFacilitationFields>;

/**
 * The administration office registers a request from a letter brought in person, an email or an
 * e-office memo. Contents may be missing: the request is then held incomplete (its clock paused)
 * and the applicant told what is missing.
 */
export const ZRegisterServiceRequest = z
  .object({
    service: ZServiceKey,
    channel: z.enum(['email', 'letter', 'e_office']),
    receivedAt: ZInstant,
    incomingLetterId: z.preprocess(blank, ZId.optional()),
    applicantName: opt(LIMITS.nameMax),
    applicantIdentity: opt(500),
    applicantEmail: z.preprocess(blank, z.email().max(LIMITS.emailMax).optional()),
    contactPhone: z.preprocess(
      blank,
      ZTextBase.trim()
        .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'format' })
        .optional(),
    ),
    companyName: opt(200),
    addressee: z.preprocess(blank, z.enum(ADDRESSEES).optional()),
    investmentSector: opt(200),
    kbli: z.preprocess(
      blank,
      ZTextBase.trim()
        .regex(/^\d{5}$/, { error: 'kbli' })
        .optional(),
    ),
    investmentLocation: opt(300),
    investmentValue: ZAmount.optional(),
    investmentCurrency: z.preprocess(blank, z.enum(CURRENCIES).optional()),
    investmentTimeline: opt(300),
    topics: opt(LIMITS.textMax),
    chronology: opt(LIMITS.textMax),
    consultationReference: opt(100),
    regularUnitsFailed: z.boolean().default(false),
    proposedDate: z.preprocess(blank, ZLocalDate.optional()),
    priority: ZPriority,
    /** The supporting data came with the letter (on paper or attached to the email). */
    supportingDataReceived: z.boolean().default(false),
  })
  .strict();
export type TRegisterServiceRequest = z.infer<typeof ZRegisterServiceRequest>;

/** What the applicant receives once: the public code and the PIN. */
export const ZServiceRequestReceipt = z.object({
  id: ZId.optional(),
  trackingCode: z.string(),
  /** The register number (`LAY-2026-000012`), for the staff member who registered it. */
  number: z.string().optional(),
  pin: z.string(),
  service: ZServiceKey,
  status: ZServiceRequestStatus,
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  priority: z.enum(PRIORITY_KINDS).nullable(),
  missingItems: z.array(z.string()),
  agencyName: z.string(),
  agencyTimeZone: z.string(),
});
export type TServiceRequestReceipt = z.infer<typeof ZServiceRequestReceipt>;

const CODE = new RegExp(`^LAY-[${TRACKING_CODE_ALPHABET}]{5}-[${TRACKING_CODE_ALPHABET}]{5}$`);
/** A typed service-request code in its written form, or null (as `normalizeTrackingCode` for `ADU`). */
export function normalizeServiceRequestCode(input: string): string | null {
  let s = input.toUpperCase().replace(/[\s.\-_]/g, '');
  if (!s.startsWith('LAY')) return null;
  s = s.slice(3).replace(/[IL]/g, '1').replace(/O/g, '0');
  if (s.length !== TRACKING_CODE_LENGTH || [...s].some((ch) => !TRACKING_CODE_ALPHABET.includes(ch)))
    return null;
  return `LAY-${s.slice(0, 5)}-${s.slice(5)}`;
}
/** Whether a typed code is a service request's (`LAY-…`) rather than a complaint's (`ADU-…`). */
export function isServiceRequestCode(input: string): boolean {
  return normalizeServiceRequestCode(input) !== null;
}
export const ZServiceRequestCode = ZTextBase.trim()
  .max(40)
  .overwrite((v) => normalizeServiceRequestCode(v) ?? v)
  .regex(CODE, { error: 'service_request_code' });
export const ZTrackServiceRequest = z.object({ trackingCode: ZServiceRequestCode, pin: ZPin }).strict();
export type TTrackServiceRequest = z.infer<typeof ZTrackServiceRequest>;

export const SERVICE_REQUEST_UPDATE_KINDS = [
  'received',
  'incomplete',
  'completed_requirements',
  'registered',
  'assigned',
  'rescheduled',
  'accepted',
  'refused',
  'finished',
] as const;

export const ZPublicServiceRequest = z.object({
  trackingCode: z.string(),
  service: ZServiceKey,
  agencyName: z.string(),
  agencyTimeZone: z.string(),
  status: ZServiceRequestStatus,
  priority: z.enum(PRIORITY_KINDS).nullable(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  /** Facilitation: the date proposed, then the date agreed (after a rescheduling). */
  proposedDate: z.string().nullable(),
  agreedDate: z.string().nullable(),
  missingItems: z.array(z.string()),
  steps: z.array(
    z.object({ kind: z.enum(SERVICE_REQUEST_UPDATE_KINDS), at: z.string(), text: z.string().nullable() }),
  ),
  /** The satisfaction survey's link once the service is finished (one invitation per request). */
  surveyUrl: z.string().nullable(),
});
export type TPublicServiceRequest = z.infer<typeof ZPublicServiceRequest>;

export const ZEarliestDate = z.object({ earliest: z.string(), receivedAt: z.string(), timeZone: z.string() });

/** The actions on a request; each completes the matching SOP steps (see `@sigap/core` managed-sops). */
export const ZServiceRequestAction = z.discriminatedUnion('type', [
  /** One-on-one: the reply to the applicant (letter or recorded oral communication). */
  z
    .object({
      type: z.literal('reply'),
      decision: z.enum(['accept', 'refuse']),
      mode: z.enum(['letter', 'oral']),
      /** The reply's text: for a refusal, its reasons. */
      text: req(10, LIMITS.textMax),
      /** By letter: the signed letter of the request's case (document service), sent with the email. */
      documentId: z.preprocess(blank, ZId.optional()),
    })
    .strict(),
  /** Facilitation: registered in e-office and disposed by the Deputy (s2). */
  z.object({ type: z.literal('register'), note: opt(2000) }).strict(),
  /** Facilitation: the Director assigns an officer (s3). */
  z.object({ type: z.literal('assign'), note: opt(2000) }).strict(),
  /** Facilitation: rescheduled by agreement with the applicant (s4 no, s5). */
  z.object({ type: z.literal('reschedule'), newDate: ZLocalDate, reason: req(5, 2000) }).strict(),
  /** Facilitation: done by online meeting (link, attendees, minutes) or by reply letter (s4 yes, s6). */
  z
    .object({
      type: z.literal('finish'),
      product: z.enum(['online_meeting', 'reply_letter']),
      meetingLink: z.preprocess(
        blank,
        ZTextBase.trim()
          .max(500)
          .regex(/^https?:\/\/\S+$/, { error: 'format' })
          .optional(),
      ),
      attendees: opt(2000),
      minutes: opt(LIMITS.textMax),
      /** The reply letter's cover text in the email (optional; the letter itself is `documentId`). */
      letterText: opt(LIMITS.textMax),
      /** The signed reply letter of the request's case (document service), required for `reply_letter`. */
      documentId: z.preprocess(blank, ZId.optional()),
      priorityServiceGiven: z.boolean().default(false),
    })
    .strict(),
  /** A request held incomplete gets what was missing; when nothing is missing any more its clock resumes. */
  z
    .object({
      type: z.literal('completeRequirements'),
      values: ZRegisterServiceRequest.pick({
        applicantName: true,
        applicantIdentity: true,
        applicantEmail: true,
        contactPhone: true,
        addressee: true,
        investmentSector: true,
        kbli: true,
        investmentLocation: true,
        investmentValue: true,
        investmentCurrency: true,
        investmentTimeline: true,
        topics: true,
        chronology: true,
        consultationReference: true,
        proposedDate: true,
      })
        .partial()
        .extend({
          regularUnitsFailed: z.boolean().optional(),
          supportingDataReceived: z.boolean().optional(),
        }),
    })
    .strict(),
]);
export type TServiceRequestAction = z.infer<typeof ZServiceRequestAction>;

export const ZServiceRequestQuery = z.object({
  service: z.preprocess(blank, ZServiceKey.optional()),
  status: z.preprocess(blank, ZServiceRequestStatus.optional()),
  priority: z.preprocess(blank, z.enum(['true', 'false']).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TServiceRequestQuery = z.infer<typeof ZServiceRequestQuery>;

export const ZServiceRequestListItem = z.object({
  id: ZId,
  number: z.string(),
  trackingCode: z.string(),
  service: ZServiceKey,
  status: ZServiceRequestStatus,
  channel: ZServiceRequestChannel,
  priority: z.enum(PRIORITY_KINDS).nullable(),
  applicantName: z.string().nullable(),
  companyName: z.string().nullable(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
});
export type TServiceRequestListItem = z.infer<typeof ZServiceRequestListItem>;
export const ZServiceRequestList = z.object({
  items: z.array(ZServiceRequestListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TServiceRequestList = z.infer<typeof ZServiceRequestList>;

export const ZServiceRequest = ZServiceRequestListItem.extend({
  agencyTimeZone: z.string(),
  caseId: ZId.nullable(),
  openSteps: z.array(z.string()),
  details: z.record(z.string(), z.string().nullable()),
  missingItems: z.array(z.string()),
  proposedDate: z.string().nullable(),
  agreedDate: z.string().nullable(),
  reply: z
    .object({
      decision: z.enum(['accept', 'refuse']),
      mode: z.enum(['letter', 'oral']),
      text: z.string(),
      at: z.string(),
      /** The number of the signed reply letter sent with it, if any. */
      letterNumber: z.string().nullable().optional(),
    })
    .nullable(),
  result: z.record(z.string(), z.union([z.string(), z.boolean()]).nullable()).nullable(),
  schedules: z.array(z.object({ date: z.string(), reason: z.string().nullable(), at: z.string() })),
  attachments: z.array(z.object({ id: ZId, filename: z.string(), role: z.string() })),
  /** The official documents of the request's case (a reply letter drafted, signed and numbered there). */
  documents: z.array(
    z.object({ id: ZId, title: z.string(), status: z.string(), number: z.string().nullable() }),
  ),
  steps: ZPublicServiceRequest.shape.steps,
});
export type TServiceRequest = z.infer<typeof ZServiceRequest>;

/**
 * The agency's service-request settings: the mailboxes whose emails the administration office
 * registers as requests (inbound SMTP, like the complaint mailbox).
 */
export const ZServiceRequestSettings = z
  .object({
    mailboxes: z.array(z.email().max(LIMITS.emailMax)).max(5),
  })
  .strict();
export type TServiceRequestSettings = z.infer<typeof ZServiceRequestSettings>;

/** An email to a service-request mailbox: waiting, registered as a request, or dismissed. */
export const SERVICE_REQUEST_EMAIL_STATUSES = ['new', 'registered', 'dismissed'] as const;
export const ZServiceRequestEmailStatus = z.enum(SERVICE_REQUEST_EMAIL_STATUSES);
export type TServiceRequestEmailStatus = z.infer<typeof ZServiceRequestEmailStatus>;

export const ZServiceRequestEmailQuery = z.object({
  status: z.preprocess(blank, ZServiceRequestEmailStatus.default('new')),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TServiceRequestEmailQuery = z.infer<typeof ZServiceRequestEmailQuery>;

export const ZServiceRequestEmailListItem = z.object({
  id: ZId,
  status: ZServiceRequestEmailStatus,
  mailbox: z.string(),
  fromAddress: z.string(),
  fromName: z.string().nullable(),
  subject: z.string(),
  receivedAt: z.string(),
  attachmentCount: z.number().int(),
});
export type TServiceRequestEmailListItem = z.infer<typeof ZServiceRequestEmailListItem>;
export const ZServiceRequestEmailList = z.object({
  items: z.array(ZServiceRequestEmailListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TServiceRequestEmailList = z.infer<typeof ZServiceRequestEmailList>;

export const ZServiceRequestEmail = ZServiceRequestEmailListItem.extend({
  body: z.string(),
  sentAt: z.string().nullable(),
  agencyTimeZone: z.string(),
  attachments: z.array(
    z.object({ id: ZId, filename: z.string(), contentType: z.string(), size: z.number() }),
  ),
  refusedAttachments: z.array(z.string()),
  request: z.object({ id: ZId, number: z.string() }).nullable(),
  dismissReason: z.string().nullable(),
  handledAt: z.string().nullable(),
});
export type TServiceRequestEmail = z.infer<typeof ZServiceRequestEmail>;

export const ZDismissServiceRequestEmail = z.object({ reason: ZTextBase.trim().min(3).max(500) }).strict();
export type TDismissServiceRequestEmail = z.infer<typeof ZDismissServiceRequestEmail>;
