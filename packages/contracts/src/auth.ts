import { z } from 'zod';
import { LIMITS, ZId, ZLang, ZTimeZone } from './common';
import { ZText } from './input';
import { ROLE_CODES } from './roles';

export const ZRole = z.enum(ROLE_CODES as [string, ...string[]]);

export const ZLoginRequest = z
  .object({
    email: z.email().max(LIMITS.emailMax),
    password: ZText.min(1).max(LIMITS.passwordMax),
  })
  .strict();
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZChangePasswordRequest = z
  .object({
    currentPassword: ZText.min(1).max(LIMITS.passwordMax),
    newPassword: ZText.min(LIMITS.passwordMin).max(LIMITS.passwordMax),
  })
  .strict();
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZSetLanguageRequest = z.object({ language: ZLang }).strict();

export const ZAgencySummary = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  timeZone: ZTimeZone,
});
export type TAgencySummary = z.infer<typeof ZAgencySummary>;

export const ZPositionHeld = z.object({
  positionId: ZId,
  title: z.string(),
  titleEn: z.string(),
  unitId: ZId,
  unitName: z.string(),
  unitNameEn: z.string(),
  roles: z.array(z.string()),
  kind: z.enum(['definitive', 'plt', 'plh']),
  endsOn: z.string().nullable(),
});

export const ZMeResponse = z.object({
  user: z.object({ id: ZId, email: z.string(), name: z.string(), language: ZLang }),
  agency: ZAgencySummary,
  roles: z.array(z.string()),
  positions: z.array(ZPositionHeld),
  csrfToken: z.string(),
});
export type TMeResponse = z.infer<typeof ZMeResponse>;
