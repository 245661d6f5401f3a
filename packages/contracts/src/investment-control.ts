import { z } from 'zod';

/**
 * Investment control (seed 004, SOPs 067/001-067/014, issue 11): the shared vocabulary of the
 * company registry, licences and LKPM reports. Request and response schemas of each part live
 * beside these constants (one section per part).
 */

/** Nomor Induk Berusaha: exactly 13 digits. */
export const NIB_PATTERN = /^\d{13}$/;

export const INVESTMENT_TYPES = ['PMA', 'PMDN'] as const;
export const ZInvestmentType = z.enum(INVESTMENT_TYPES);

/** Business scale: small files LKPM half-yearly, medium and large quarterly; micro is exempt. */
export const BUSINESS_SCALES = ['micro', 'small', 'medium', 'large'] as const;
export const ZBusinessScale = z.enum(BUSINESS_SCALES);

/** Risk levels of risk-based licensing (DESIGN §3.2). */
export const RISK_LEVELS = ['low', 'medium_low', 'medium_high', 'high'] as const;
export const ZRiskLevel = z.enum(RISK_LEVELS);
export type TRiskLevel = z.infer<typeof ZRiskLevel>;

export const LICENCE_TYPES = [
  'nib',
  'standard_certificate',
  'licence',
  'umku',
  'pkkpr',
  'pbg',
  'environmental_approval',
] as const;
export const ZLicenceType = z.enum(LICENCE_TYPES);

export const LICENCE_STATUSES = ['active', 'suspended', 'revoked'] as const;
export const ZLicenceStatus = z.enum(LICENCE_STATUSES);

/** DRAF → TERKIRIM → PERLU PERBAIKAN → SUDAH DIPERBAIKI → DISETUJUI. */
export const LKPM_STATUSES = ['draft', 'submitted', 'needs_correction', 'corrected', 'approved'] as const;
export const ZLkpmStatus = z.enum(LKPM_STATUSES);
export type TLkpmStatus = z.infer<typeof ZLkpmStatus>;

/** A quarter (medium and large businesses) or a half-year (small ones). */
export const LKPM_PERIOD_KINDS = ['quarter', 'half'] as const;
export const ZLkpmPeriodKind = z.enum(LKPM_PERIOD_KINDS);

/** The realised investment's components, in whole rupiah. */
export const LKPM_COMPONENTS = ['land', 'buildings', 'machinery', 'workingCapital', 'other'] as const;

/** What an import reads: the registry (one row per company, or per licence) or LKPM reports. */
export const CONTROL_IMPORT_KINDS = ['companies', 'licences', 'lkpm'] as const;
export const ZControlImportKind = z.enum(CONTROL_IMPORT_KINDS);
