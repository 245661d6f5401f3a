import { z } from 'zod';
import { ZRole } from './auth';
import { LIMITS, ZId, ZLocalDate } from './common';
import { ZText } from './input';
import { UNIT_KINDS } from './roles';

export const ZUnitKind = z.enum(UNIT_KINDS);

export const ZUnit = z.object({
  id: ZId,
  agencyId: ZId,
  parentId: ZId.nullable(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: ZUnitKind,
});
export type TUnit = z.infer<typeof ZUnit>;

const unitFields = {
  parentId: ZId.nullable(),
  code: ZText.min(1)
    .max(LIMITS.codeMax)
    .regex(/^[A-Za-z0-9._-]+$/, { error: 'format' }),
  name: ZText.trim().min(2).max(LIMITS.nameMax),
  nameEn: ZText.trim().min(2).max(LIMITS.nameMax),
  kind: ZUnitKind,
};
export const ZCreateUnitRequest = z.object(unitFields).strict();
export type TCreateUnitRequest = z.infer<typeof ZCreateUnitRequest>;
export const ZUpdateUnitRequest = z.object(unitFields).partial().strict();
export type TUpdateUnitRequest = z.infer<typeof ZUpdateUnitRequest>;

export const ZPosition = z.object({
  id: ZId,
  unitId: ZId,
  title: z.string(),
  titleEn: z.string(),
  roles: z.array(z.string()),
  isHead: z.boolean(),
  holders: z.array(
    z.object({
      assignmentId: ZId,
      userId: ZId,
      name: z.string(),
      kind: z.enum(['definitive', 'plt', 'plh']),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
  ),
});
export type TPosition = z.infer<typeof ZPosition>;

const positionFields = {
  unitId: ZId,
  title: ZText.trim().min(2).max(LIMITS.nameMax),
  titleEn: ZText.trim().min(2).max(LIMITS.nameMax),
  roles: z.array(ZRole).min(1).max(10),
  isHead: z.boolean(),
};
export const ZCreatePositionRequest = z.object(positionFields).strict();
export type TCreatePositionRequest = z.infer<typeof ZCreatePositionRequest>;
export const ZUpdatePositionRequest = z.object(positionFields).partial().strict();
export type TUpdatePositionRequest = z.infer<typeof ZUpdatePositionRequest>;

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  language: z.enum(['id', 'en']),
  active: z.boolean(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZCreateUserRequest = z
  .object({
    email: z.email().max(LIMITS.emailMax),
    name: ZText.trim().min(2).max(LIMITS.nameMax),
    nip: ZText.regex(/^\d{18}$/, { error: 'format' })
      .nullable()
      .optional(),
    language: z.enum(['id', 'en']).default('id'),
    password: ZText.min(LIMITS.passwordMin).max(LIMITS.passwordMax),
  })
  .strict();
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z
  .object({
    name: ZText.trim().min(2).max(LIMITS.nameMax),
    nip: ZText.regex(/^\d{18}$/, { error: 'format' }).nullable(),
    language: z.enum(['id', 'en']),
    active: z.boolean(),
    password: ZText.min(LIMITS.passwordMin).max(LIMITS.passwordMax),
  })
  .partial()
  .strict();
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

export const ZAssignPositionRequest = z
  .object({
    userId: ZId,
    positionId: ZId,
    kind: z.enum(['definitive', 'plt', 'plh']),
    startsOn: ZLocalDate,
    endsOn: ZLocalDate.nullable().optional(),
  })
  .strict()
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ['endsOn'], error: 'date_range' });
export type TAssignPositionRequest = z.infer<typeof ZAssignPositionRequest>;

export const ZOrgResponse = z.object({
  units: z.array(ZUnit),
  positions: z.array(ZPosition),
  users: z.array(ZUser),
});
export type TOrgResponse = z.infer<typeof ZOrgResponse>;
