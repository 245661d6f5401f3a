import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZText } from './input';

// ---------------------------------------------------------------------------------------------
// Monitoring rounds (issue 11 item 5): monitoring of investment implementation (SOP 067/001) and
// of the licensing service process (SOP 067/005); re-exported by
// `@sigap/contracts/investment-control`.
// ---------------------------------------------------------------------------------------------

/** `investment`: SOP 067/001 (Pemantauan Pelaksanaan Penanaman Modal); `licensing`: SOP 067/005. */
export const MONITORING_KINDS = ['investment', 'licensing'] as const;
export const ZMonitoringKind = z.enum(MONITORING_KINDS);
export type TMonitoringKind = z.infer<typeof ZMonitoringKind>;

export const MONITORING_STATUSES = ['open', 'reported'] as const;
export const ZMonitoringStatus = z.enum(MONITORING_STATUSES);

/** What a company's result leads to: nothing, guidance (SOPs 067/002-067/004), or an incidental supervision (SOP 067/010). */
export const MONITORING_FOLLOW_UPS = ['none', 'guidance', 'supervision'] as const;
export const ZMonitoringFollowUp = z.enum(MONITORING_FOLLOW_UPS);
export type TMonitoringFollowUp = z.infer<typeof ZMonitoringFollowUp>;

/** The most companies one round may cover (a larger scope is split into rounds). */
export const MONITORING_MAX_COMPANIES = 200;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The registry filters that choose a round's companies (all optional; together they narrow). */
export const ZMonitoringScope = z
  .object({
    regency: z.preprocess(blank, ZText.trim().max(100).optional()),
    riskLevel: z.preprocess(blank, z.enum(['low', 'medium_low', 'medium_high', 'high']).optional()),
    investmentType: z.preprocess(blank, z.enum(['PMA', 'PMDN']).optional()),
    scale: z.preprocess(blank, z.enum(['micro', 'small', 'medium', 'large']).optional()),
    /** A KBLI code or its first digits (e.g. `05` for coal mining). */
    kbli: z.preprocess(
      blank,
      ZText.trim()
        .regex(/^\d{1,5}$/, { error: 'kbli' })
        .optional(),
    ),
  })
  .strict();
export type TMonitoringScope = z.infer<typeof ZMonitoringScope>;

export const ZCreateMonitoringRound = z
  .object({
    kind: ZMonitoringKind,
    title: ZText.trim().min(3).max(200),
    periodFrom: ZLocalDate,
    periodTo: ZLocalDate,
    scope: ZMonitoringScope,
  })
  .strict()
  .refine((v) => v.periodTo >= v.periodFrom, { path: ['periodTo'], error: 'date_range' });
export type TCreateMonitoringRound = z.infer<typeof ZCreateMonitoringRound>;

export const ZMonitoringResultInput = z
  .object({
    statusNote: ZText.trim().min(3).max(4000),
    problems: ZText.trim().max(4000).optional(),
    followUp: ZMonitoringFollowUp,
  })
  .strict();
export type TMonitoringResultInput = z.infer<typeof ZMonitoringResultInput>;

export const ZMonitoringReportInput = z.object({ report: ZText.trim().min(10).max(20_000) }).strict();
export type TMonitoringReportInput = z.infer<typeof ZMonitoringReportInput>;

export const ZMonitoringQuery = z.object({
  kind: z.preprocess(blank, ZMonitoringKind.optional()),
  status: z.preprocess(blank, ZMonitoringStatus.optional()),
  q: z.preprocess(blank, ZText.trim().max(100).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TMonitoringQuery = z.infer<typeof ZMonitoringQuery>;

export const ZMonitoringRound = z.object({
  id: ZId,
  kind: ZMonitoringKind,
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  /** The filters as chosen (plain strings in the answer). */
  scope: z.object({
    regency: z.string().optional(),
    riskLevel: z.string().optional(),
    investmentType: z.string().optional(),
    scale: z.string().optional(),
    kbli: z.string().optional(),
  }),
  status: ZMonitoringStatus,
  companies: z.number().int(),
  recorded: z.number().int(),
  /** Recorded results by follow-up. */
  guidance: z.number().int(),
  supervision: z.number().int(),
  report: z.string().nullable(),
  reportedAt: z.string().nullable(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  createdAt: z.string(),
});
export type TMonitoringRound = z.infer<typeof ZMonitoringRound>;

export const ZMonitoringResult = z.object({
  id: ZId,
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  regency: z.string().nullable(),
  riskLevel: z.string(),
  statusNote: z.string().nullable(),
  problems: z.string().nullable(),
  followUp: ZMonitoringFollowUp.nullable(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type TMonitoringResult = z.infer<typeof ZMonitoringResult>;

export const ZMonitoringRoundDetail = ZMonitoringRound.extend({ results: z.array(ZMonitoringResult) });
export type TMonitoringRoundDetail = z.infer<typeof ZMonitoringRoundDetail>;

export const ZMonitoringList = z.object({
  items: z.array(ZMonitoringRound),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TMonitoringList = z.infer<typeof ZMonitoringList>;
