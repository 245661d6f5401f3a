import { z } from 'zod';
import { ZId, ZLocalDate } from './common';

/**
 * SOP compliance analytics (DESIGN §4.3): cases started between two office-local dates, in a
 * unit and the units below it (default: the whole agency for an administrator, the leader's
 * own scope otherwise).
 */
export const ZSopAnalyticsQuery = z.object({
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
  unitId: ZId.optional(),
});
export type TSopAnalyticsQuery = z.infer<typeof ZSopAnalyticsQuery>;

const ZText = z.object({ id: z.string(), en: z.string() });

/** One step of an SOP over the finished tasks of the selected cases; times in working minutes. */
export const ZSopStepAnalytics = z.object({
  stepId: z.string(),
  no: z.number(),
  activity: ZText,
  /** The standard in working minutes; null when it is in days, a lead time, or absent. */
  standardMinutes: z.number().nullable(),
  standardText: z.string().nullable(),
  /** Finished tasks of the step (every iteration counts). */
  count: z.number(),
  medianMinutes: z.number().nullable(),
  /** 90th percentile, linear interpolation between closest ranks (Excel PERCENTILE.INC). */
  p90Minutes: z.number().nullable(),
  /** Share 0-1 of the finished tasks within the standard (minutes, or else the due time); null when none can be judged. */
  withinStandardShare: z.number().nullable(),
  /** Ready → claimed. */
  waitingMedianMinutes: z.number().nullable(),
  /** Claimed → completed. */
  workingMedianMinutes: z.number().nullable(),
  /** Decisions and returns that sent work back from this step, by the role that sent it. */
  sentBack: z.array(z.object({ role: z.string().nullable(), count: z.number() })),
});
export type TSopStepAnalytics = z.infer<typeof ZSopStepAnalytics>;

export const ZSopAnalytics = z.object({
  key: z.string(),
  code: z.string().nullable(),
  title: ZText,
  casesRun: z.number(),
  casesCompleted: z.number(),
  steps: z.array(ZSopStepAnalytics),
});
export type TSopAnalytics = z.infer<typeof ZSopAnalytics>;

export const ZSopAnalyticsResponse = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  unitId: ZId.nullable(),
  timeZone: z.string(),
  sops: z.array(ZSopAnalytics),
});
export type TSopAnalyticsResponse = z.infer<typeof ZSopAnalyticsResponse>;
