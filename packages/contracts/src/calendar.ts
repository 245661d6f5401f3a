import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZText } from './input';

export const CALENDAR_DAY_KINDS = ['holiday', 'collective_leave', 'regional'] as const;

export const ZCalendarDay = z.object({
  id: ZId.nullable(),
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  nameId: z.string(),
  nameEn: z.string(),
  source: z.string(),
  scope: z.enum(['national', 'agency']),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

export const ZCreateCalendarDayRequest = z
  .object({
    date: ZLocalDate,
    kind: z.enum(CALENDAR_DAY_KINDS),
    nameId: ZText.trim().min(2).max(200),
    nameEn: ZText.trim().min(2).max(200),
    source: ZText.trim().min(2).max(500),
    /** national days are kept by the administrator for every agency; regional days for this agency only */
    scope: z.enum(['national', 'agency']),
  })
  .strict();
export type TCreateCalendarDayRequest = z.infer<typeof ZCreateCalendarDayRequest>;

export const ZCalendarResponse = z.object({
  year: z.number(),
  timeZone: z.string(),
  days: z.array(ZCalendarDay),
  warning: z.object({ year: z.number(), message: z.string() }).nullable(),
});
export type TCalendarResponse = z.infer<typeof ZCalendarResponse>;
