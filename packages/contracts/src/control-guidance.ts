import { z } from 'zod';
import { ZId, ZLocalDate, ZTimeOfDay } from './common';
import { ZText } from './input';

// ---------------------------------------------------------------------------------------------
// Guidance of investment implementation (pembinaan, SOPs 067/002-067/004), issue 11 item 4;
// re-exported by `@sigap/contracts/investment-control`.
// ---------------------------------------------------------------------------------------------

/** On a company's request (067/002), from supervision results (067/003), a Bimtek session (067/004). */
export const GUIDANCE_KINDS = ['on_request', 'from_supervision', 'bimtek'] as const;
export const ZGuidanceKind = z.enum(GUIDANCE_KINDS);
export type TGuidanceKind = z.infer<typeof ZGuidanceKind>;
export const GUIDANCE_STATUSES = ['planned', 'held'] as const;

/** The SOP each kind runs. */
export const GUIDANCE_SOP: Record<TGuidanceKind, string> = {
  on_request: 'dalak-067-002',
  from_supervision: 'dalak-067-003',
  bimtek: 'dalak-067-004',
};

/** The most companies one Bimtek invites, materials it keeps, and the largest material. */
export const GUIDANCE_PARTICIPANTS_MAX = 200;
export const GUIDANCE_MATERIALS_MAX = 10;
export const GUIDANCE_MATERIAL_MAX_BYTES = 20 * 1024 * 1024;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * A new guidance: the session (a working day, from-to, a place or an online link) and what the
 * kind needs: the company and its request letter (on request), the inspection whose findings
 * started it (from supervision; its company follows), or only the title (Bimtek, companies
 * invited afterwards).
 */
export const ZCreateGuidance = z
  .object({
    kind: ZGuidanceKind,
    title: ZText.trim().min(3).max(300),
    topic: z.preprocess(blank, ZText.trim().max(5000).optional()),
    companyId: z.preprocess(blank, ZId.optional()),
    requestLetterNumber: z.preprocess(blank, ZText.trim().min(1).max(100).optional()),
    requestLetterDate: z.preprocess(blank, ZLocalDate.optional()),
    inspectionId: z.preprocess(blank, ZId.optional()),
    heldOn: ZLocalDate,
    startTime: ZTimeOfDay,
    endTime: ZTimeOfDay,
    place: z.preprocess(blank, ZText.trim().max(300).optional()),
    onlineLink: z.preprocess(
      blank,
      ZText.trim()
        .max(500)
        .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, { error: 'url' })
        .optional(),
    ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'after_start' });
    if (!v.place && !v.onlineLink) ctx.addIssue({ code: 'custom', path: ['place'], message: 'required' });
    if (v.kind === 'on_request') {
      if (!v.companyId) ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'required' });
      if (!v.requestLetterNumber)
        ctx.addIssue({ code: 'custom', path: ['requestLetterNumber'], message: 'required' });
      if (!v.requestLetterDate)
        ctx.addIssue({ code: 'custom', path: ['requestLetterDate'], message: 'required' });
    }
    if (v.kind === 'from_supervision' && !v.inspectionId)
      ctx.addIssue({ code: 'custom', path: ['inspectionId'], message: 'required' });
  });
export type TCreateGuidance = z.infer<typeof ZCreateGuidance>;

/** Invite companies of the registry (their contact email gets the session's details). */
export const ZInviteGuidance = z
  .object({ companyIds: z.array(ZId).min(1).max(GUIDANCE_PARTICIPANTS_MAX) })
  .strict();
export type TInviteGuidance = z.infer<typeof ZInviteGuidance>;

/** Attendance recorded on the day: present or absent, and who came for the company. */
export const ZGuidanceAttendance = z
  .object({
    entries: z
      .array(
        z
          .object({
            participantId: ZId,
            attended: z.boolean(),
            attendeeName: z.preprocess(blank, ZText.trim().max(200).optional()),
          })
          .strict(),
      )
      .min(1)
      .max(GUIDANCE_PARTICIPANTS_MAX),
  })
  .strict();
export type TGuidanceAttendance = z.infer<typeof ZGuidanceAttendance>;

export const ZGuidanceMinutes = z.object({ minutes: ZText.trim().min(10).max(20_000) }).strict();
export type TGuidanceMinutes = z.infer<typeof ZGuidanceMinutes>;

export const ZGuidanceQuery = z.object({
  kind: z.preprocess(blank, ZGuidanceKind.optional()),
  companyId: z.preprocess(blank, ZId.optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(50)),
});
export type TGuidanceQuery = z.infer<typeof ZGuidanceQuery>;

/**
 * LKPM filing before and after a guidance, over the companies that attended it: the period
 * before is the last one that ended before the session (by the company's scale: a quarter, or a
 * half-year for small businesses), the period after the one the session fell in; `afterDue`
 * tells whether that period's deadline has passed (before it, late filers still count as not
 * yet). Micro businesses do not file and are left out.
 */
export const ZGuidanceEvaluation = z.object({
  companies: z.number().int(),
  reportedBefore: z.number().int(),
  reportedAfter: z.number().int(),
  /** Percent, one decimal; null without companies. */
  rateBefore: z.number().nullable(),
  rateAfter: z.number().nullable(),
  afterDue: z.boolean(),
});
export type TGuidanceEvaluation = z.infer<typeof ZGuidanceEvaluation>;

export const ZGuidanceParticipant = z.object({
  id: ZId,
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  email: z.string().nullable(),
  invitedAt: z.string().nullable(),
  attended: z.boolean().nullable(),
  attendeeName: z.string().nullable(),
  /** The participant's public survey page (path), for staff to hand over. */
  surveyPath: z.string(),
  surveyScore: z.number().int().nullable(),
  surveyComment: z.string().nullable(),
  surveyAnsweredAt: z.string().nullable(),
  /** LKPM filed for the periods before and after (null: not a filer, micro). */
  reportedBefore: z.boolean().nullable(),
  reportedAfter: z.boolean().nullable(),
});
export type TGuidanceParticipant = z.infer<typeof ZGuidanceParticipant>;

export const ZGuidanceSummary = z.object({
  id: ZId,
  kind: ZGuidanceKind,
  status: z.enum(GUIDANCE_STATUSES),
  title: z.string(),
  heldOn: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  /** The company of a guidance on request or from supervision. */
  companyName: z.string().nullable(),
  participants: z.number().int(),
  attended: z.number().int(),
  caseNumber: z.string().nullable(),
  evaluation: ZGuidanceEvaluation,
});
export type TGuidanceSummary = z.infer<typeof ZGuidanceSummary>;

export const ZGuidance = ZGuidanceSummary.extend({
  topic: z.string().nullable(),
  companyId: ZId.nullable(),
  requestLetterNumber: z.string().nullable(),
  requestLetterDate: z.string().nullable(),
  inspectionId: ZId.nullable(),
  minutes: z.string().nullable(),
  minutesAt: z.string().nullable(),
  materials: z.array(z.object({ id: ZId, filename: z.string(), contentType: z.string() })),
  caseId: ZId.nullable(),
  participantList: z.array(ZGuidanceParticipant),
  /** Satisfaction: answers and the average score (1-4, two decimals). */
  survey: z.object({ answers: z.number().int(), average: z.number().nullable() }),
  /** The periods compared, as codes (`2026-Q3`, `2026-S1`) by kind. */
  periods: z.array(z.object({ kind: z.string(), before: z.string(), after: z.string() })),
  /** Whether the session's day has come (in the office zone): attendance and minutes are open. */
  sessionStarted: z.boolean(),
  createdAt: z.string(),
  canManage: z.boolean(),
});
export type TGuidance = z.infer<typeof ZGuidance>;

export const ZGuidanceList = z.object({
  items: z.array(ZGuidanceSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The evaluation summed over every guidance listed (all pages). */
  evaluation: ZGuidanceEvaluation,
});
export type TGuidanceList = z.infer<typeof ZGuidanceList>;

/** The public survey page of one participant (no account: the token is the key). */
export const ZGuidanceSurvey = z.object({
  agencyName: z.string(),
  title: z.string(),
  heldOn: z.string(),
  companyName: z.string(),
  answered: z.boolean(),
  score: z.number().int().nullable(),
});
export type TGuidanceSurvey = z.infer<typeof ZGuidanceSurvey>;

export const ZGuidanceSurveyAnswer = z
  .object({
    score: z.number().int().min(1).max(4),
    comment: z.preprocess(blank, ZText.trim().max(2000).optional()),
  })
  .strict();
export type TGuidanceSurveyAnswer = z.infer<typeof ZGuidanceSurveyAnswer>;

export const ZGuidanceSurveyToken = z.object({
  token: ZText.regex(/^[A-Za-z0-9_-]{20,64}$/, { error: 'format' }),
});
