import { z } from 'zod';
import { localDateCheck, ZText } from './input';

export const LANGS = ['id', 'en'] as const;
export const ZLang = z.enum(LANGS);
export type TLang = z.infer<typeof ZLang>;

export const ZId = z.uuid();
/**
 * An office-local calendar date `YYYY-MM-DD`: a real day (no 30 February) between DATE_MIN and
 * DATE_MAX (rules `date_format`, `date_invalid`, `date_out_of_range`). Documented as `format: date`.
 */
export const ZLocalDate = ZText.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format' })
  .check(localDateCheck)
  .meta({ format: 'date' });
export const ZTimeOfDay = ZText.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time_format' });
export const ZLocalized = z.object({ id: ZText.min(1).max(500), en: ZText.min(1).max(500) });
export type TLocalized = z.infer<typeof ZLocalized>;

/** Indonesian time zones used by agency offices (DESIGN §3.2). */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const ZTimeZone = z.enum(TIME_ZONES);

/** Shared limits: the server enforces them and the web forms show them. */
export const LIMITS = {
  nameMax: 200,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  codeMax: 40,
  textMax: 10_000,
  sessionDays: 7,
} as const;

export const ZFieldError = z.object({ field: z.string(), rule: z.string(), message: z.string() });
export type TFieldError = z.infer<typeof ZFieldError>;

/** The one error shape every 4xx/5xx answer uses (DESIGN §5.5). */
export const ZErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(ZFieldError).optional(),
  requestId: z.string().optional(),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZOk = z.object({ ok: z.literal(true) });
export type TTimeZone = z.infer<typeof ZTimeZone>;
