import { z } from 'zod';
import { LIMITS, ZId, ZLang, ZLocalDate, ZTimeOfDay } from './common';
import { ZText } from './input';

// ---------------------------------------------------------------------------------------------
// Consultation tickets (issue 11 item 3): the LKPM helpdesk (SOP 067/008) and the virtual
// consultation on investment problems (Kolosal, SOP 067/007); re-exported by
// `@sigap/contracts/investment-control`.
// ---------------------------------------------------------------------------------------------

/** `helpdesk`: a question on filing the LKPM (067/008); `virtual`: a virtual consultation (067/007). */
export const CONSULTATION_KINDS = ['helpdesk', 'virtual'] as const;
export const ZConsultationKind = z.enum(CONSULTATION_KINDS);
export type TConsultationKind = z.infer<typeof ZConsultationKind>;

/** received → scheduled (virtual, with its meeting link) → done (outcome and minutes), or closed. */
export const CONSULTATION_STATUSES = ['received', 'scheduled', 'done', 'closed'] as const;
export const ZConsultationStatus = z.enum(CONSULTATION_STATUSES);
export type TConsultationStatus = z.infer<typeof ZConsultationStatus>;

/** Where the ticket came from: the portal, or staff recording a call, a visit or an email. */
export const CONSULTATION_CHANNELS = ['portal', 'phone', 'walk_in', 'email'] as const;
export const ZConsultationChannel = z.enum(CONSULTATION_CHANNELS);
export type TConsultationChannel = z.infer<typeof ZConsultationChannel>;
export const STAFF_CONSULTATION_CHANNELS = ['phone', 'walk_in', 'email'] as const;

/** The SOP each kind runs. */
export const CONSULTATION_SOP_KEYS: Record<TConsultationKind, string> = {
  helpdesk: 'dalak-067-008',
  virtual: 'dalak-067-007',
};

/** How long a virtual consultation is booked for: the whole hour must fall in office hours. */
export const CONSULTATION_MINUTES = 60;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const req = (min: number, max: number) => z.preprocess(blank, ZText.trim().min(min).max(max));
const opt = (max: number) => z.preprocess(blank, ZText.trim().max(max).optional());
const ZConsultationNib = z.preprocess(blank, ZText.trim().regex(/^\d{13}$/, { error: 'nib' }));
const ZContactEmail = z.preprocess(blank, z.email().max(LIMITS.emailMax));
const ZContactPhone = z.preprocess(blank, ZText.trim().regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'format' }));
/** A meeting address: https only (Zoom, Google Meet, Teams…). */
export const ZMeetingLink = z.preprocess(
  blank,
  ZText.trim()
    .max(500)
    .regex(/^https:\/\/[^\s/]+\.[^\s]+$/, { error: 'meeting_link' }),
);

const fields = {
  kind: ZConsultationKind,
  nib: ZConsultationNib,
  contactName: req(2, LIMITS.nameMax),
  contactEmail: ZContactEmail,
  contactPhone: ZContactPhone,
  topic: req(3, 200),
  question: req(10, LIMITS.textMax),
  /** Virtual consultation: the day and time the business would like (office-local); required for `virtual`. */
  preferredDate: z.preprocess(blank, ZLocalDate.optional()),
  preferredTime: z.preprocess(blank, ZTimeOfDay.optional()),
  language: ZLang.default('id'),
};

/** The portal form: a business opens a ticket with the agency it reports to. */
export const ZPublicConsultationRequest = z.object({ agencyId: ZId, ...fields }).strict();
export type TPublicConsultationRequest = z.infer<typeof ZPublicConsultationRequest>;

/** Staff record a ticket from a call, a visit or an email (the email may be missing). */
export const ZRecordConsultation = z
  .object({
    ...fields,
    contactEmail: z.preprocess(blank, z.email().max(LIMITS.emailMax).optional()),
    channel: z.enum(STAFF_CONSULTATION_CHANNELS),
  })
  .strict();
export type TRecordConsultation = z.infer<typeof ZRecordConsultation>;

/** A virtual consultation's agreed date, time and meeting link; the business is emailed. */
export const ZScheduleConsultation = z
  .object({
    date: ZLocalDate,
    time: ZTimeOfDay,
    meetingLink: ZMeetingLink,
    note: opt(2000),
  })
  .strict();
export type TScheduleConsultation = z.infer<typeof ZScheduleConsultation>;

/** The answer: the outcome told to the business and the minutes (Berita Acara / notulen). */
export const ZConsultationOutcome = z
  .object({
    outcome: req(10, LIMITS.textMax),
    minutes: req(10, 20_000),
  })
  .strict();
export type TConsultationOutcome = z.infer<typeof ZConsultationOutcome>;

/** Closed without an answer (withdrawn, duplicate, not reachable), with the reason. */
export const ZCloseConsultation = z.object({ reason: req(5, 2000) }).strict();
export type TCloseConsultation = z.infer<typeof ZCloseConsultation>;

export const ZConsultationQuery = z.object({
  companyId: z.preprocess(blank, ZId.optional()),
  kind: z.preprocess(blank, ZConsultationKind.optional()),
  status: z.preprocess(blank, ZConsultationStatus.optional()),
  /** Ticket number, company name or NIB, contact name or topic (part of either). */
  q: z.preprocess(blank, ZText.trim().max(100).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(25)),
});
export type TConsultationQuery = z.infer<typeof ZConsultationQuery>;

/** The company's last LKPM report, as the ticket links it. */
export const ZConsultationLkpm = z.object({
  id: ZId,
  /** `2026-Q2`, `2026-H1`. */
  period: z.string(),
  status: z.string(),
  submittedAt: z.string().nullable(),
});

export const ZConsultationSummary = z.object({
  id: ZId,
  number: z.string(),
  kind: ZConsultationKind,
  status: ZConsultationStatus,
  channel: ZConsultationChannel,
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  contactName: z.string(),
  topic: z.string(),
  receivedAt: z.string(),
  preferredAt: z.string().nullable(),
  scheduledAt: z.string().nullable(),
});
export type TConsultationSummary = z.infer<typeof ZConsultationSummary>;

export const ZConsultation = ZConsultationSummary.extend({
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  question: z.string(),
  language: ZLang,
  meetingLink: z.string().nullable(),
  scheduleNote: z.string().nullable(),
  outcome: z.string().nullable(),
  minutes: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  closedReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  lastLkpm: ZConsultationLkpm.nullable(),
  sopKey: z.string(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  can: z.object({ schedule: z.boolean(), answer: z.boolean(), close: z.boolean() }),
});
export type TConsultation = z.infer<typeof ZConsultation>;

export const ZConsultationList = z.object({
  items: z.array(ZConsultationSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TConsultationList = z.infer<typeof ZConsultationList>;

/** What the portal answers: the ticket number to quote; the acknowledgement goes by email. */
export const ZConsultationReceipt = z.object({
  number: z.string(),
  kind: ZConsultationKind,
  receivedAt: z.string(),
  preferredAt: z.string().nullable(),
  email: z.string(),
});
export type TConsultationReceipt = z.infer<typeof ZConsultationReceipt>;
