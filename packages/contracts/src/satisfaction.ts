import { z } from 'zod';
import { ZId } from './common';
import { ZInt, ZQueryInt, ZText } from './input';

/**
 * The satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017): the public
 * questionnaire reached by an invitation's link, and the IKM reports. The vocabularies here
 * are codes; their labels (id/en) and the arithmetic live in `@sigap/core` satisfaction.
 */

/** The services whose users are surveyed (seed 002 complaints, seed 000, seed 001). */
export const SURVEY_SERVICE_CODES = [
  'pengaduan-masyarakat',
  'pertemuan-one-on-one',
  'fasilitasi-kendala-teknis',
] as const;
export const ZSurveyService = z.enum(SURVEY_SERVICE_CODES);
export type TSurveyService = z.infer<typeof ZSurveyService>;

/** The nine service elements U1-U9, in the regulation's order. */
export const SURVEY_ELEMENT_CODES = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type TSurveyElement = (typeof SURVEY_ELEMENT_CODES)[number];

export const GENDER_CODES = ['male', 'female'] as const;
export const AGE_BAND_CODES = ['under_20', '20_29', '30_39', '40_49', '50_59', '60_plus'] as const;
export const EDUCATION_CODES = ['sd', 'smp', 'sma', 'diploma', 's1', 's2_plus'] as const;
export const OCCUPATION_CODES = ['pns', 'tni_polri', 'private', 'business', 'student', 'other'] as const;

export const SURVEY_SUGGESTION_MAX = 2000;

/** The survey's link token: 32 base64url characters (24 random bytes). */
export const ZSurveyToken = ZText.regex(/^[A-Za-z0-9_-]{32}$/, { error: 'format' });

/** One answer on the 1-4 scale (a missing one reads "required"). */
const answer = ZInt.min(1).max(4);
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optCode = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.preprocess(blankToUndefined, z.enum(codes).optional());

export const ZSurveyAnswers = z
  .object({
    u1: answer,
    u2: answer,
    u3: answer,
    u4: answer,
    u5: answer,
    u6: answer,
    u7: answer,
    u8: answer,
    u9: answer,
  })
  .strict();

export const ZAnswerSurveyRequest = z
  .object({
    answers: ZSurveyAnswers,
    gender: optCode(GENDER_CODES),
    ageBand: optCode(AGE_BAND_CODES),
    education: optCode(EDUCATION_CODES),
    occupation: optCode(OCCUPATION_CODES),
    suggestion: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      ZText.trim().max(SURVEY_SUGGESTION_MAX).optional(),
    ),
  })
  .strict();
export type TAnswerSurveyRequest = z.infer<typeof ZAnswerSurveyRequest>;

/** What the survey page shows before the answer: whose service it was, and whether it is answered. */
export const ZPublicSurvey = z.object({
  agencyName: z.string(),
  service: ZSurveyService,
  answered: z.boolean(),
});
export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;

export const IKM_PERIODS = ['month', 'quarter', 'year'] as const;
export const ZIkmReportQuery = z.object({
  service: ZSurveyService.default('pengaduan-masyarakat'),
  unitId: z.preprocess(blankToUndefined, ZId.optional()),
  period: z.enum(IKM_PERIODS).default('year'),
  year: ZQueryInt.min(2015).max(2100).optional(),
  /** 1-12 with `period=month`, 1-4 with `period=quarter`; the current one when absent. */
  part: ZQueryInt.min(1).max(12).optional(),
});
export type TIkmReportQuery = z.infer<typeof ZIkmReportQuery>;

export const ZIkmElement = z.object({ key: z.enum(SURVEY_ELEMENT_CODES), average: z.number().nullable() });
export const ZIkmGrade = z.enum(['A', 'B', 'C', 'D']);

/**
 * The office's IKM report of one service, unit and period. Anonymous by construction: answers
 * and suggestions carry no record, person or contact, and suggestions only their month.
 */
export const ZIkmReport = z.object({
  agencyName: z.string(),
  service: ZSurveyService,
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  period: z.enum(IKM_PERIODS),
  year: z.number().int(),
  part: z.number().int().nullable(),
  /** First and last local day of the period. */
  from: z.string(),
  to: z.string(),
  respondents: z.number().int(),
  /** Finished records of the service in the period (the invitations sent). */
  population: z.number().int(),
  minimumSample: z.number().int(),
  elements: z.array(ZIkmElement),
  weightedAverage: z.number().nullable(),
  index: z.number().nullable(),
  grade: ZIkmGrade.nullable(),
  /** Month by month within the period's year up to its end: respondents and the index. */
  trend: z.array(
    z.object({ month: z.string(), respondents: z.number().int(), index: z.number().nullable() }),
  ),
  profile: z.object({
    gender: z.record(z.string(), z.number().int()),
    ageBand: z.record(z.string(), z.number().int()),
    education: z.record(z.string(), z.number().int()),
    occupation: z.record(z.string(), z.number().int()),
  }),
  /** Suggestions, newest first, with the month they were given in (no day, no record). */
  suggestions: z.array(z.object({ month: z.string(), text: z.string() })),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TIkmReport = z.infer<typeof ZIkmReport>;

export const ZPublicIkmQuery = z.object({
  agencyId: ZId,
  year: ZQueryInt.min(2015).max(2100).optional(),
});
export const ZPublicIkm = z.object({
  agencyName: z.string(),
  year: z.number().int(),
  services: z.array(
    z.object({
      service: ZSurveyService,
      respondents: z.number().int(),
      elements: z.array(ZIkmElement),
      index: z.number().nullable(),
      grade: ZIkmGrade.nullable(),
    }),
  ),
});
export type TPublicIkm = z.infer<typeof ZPublicIkm>;
