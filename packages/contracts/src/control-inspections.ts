import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZText } from './input';

// ---------------------------------------------------------------------------------------------
// Inspection reports (Berita Acara Pemeriksaan) and incidental supervision (SOP 067/010),
// issue 11 item 5; re-exported by `@sigap/contracts/investment-control`.
// ---------------------------------------------------------------------------------------------

/** The items the inspectors check on site, each `ok` or `finding` with a note. */
export const INSPECTION_ITEMS = [
  'location',
  'investment',
  'workers',
  'machinery',
  'buildings',
  'obligations',
  'partnership',
] as const;
export const ZInspectionItemKey = z.enum(INSPECTION_ITEMS);
export type TInspectionItemKey = z.infer<typeof ZInspectionItemKey>;

export const INSPECTION_GRADES = ['compliant', 'partly_compliant', 'not_compliant'] as const;
export const ZInspectionGrade = z.enum(INSPECTION_GRADES);
export type TInspectionGrade = z.infer<typeof ZInspectionGrade>;

export const INSPECTION_KINDS = ['visit', 'incidental'] as const;
export const INSPECTION_STATUSES = ['open', 'reported'] as const;
export const INSPECTION_REASON_KINDS = ['complaint', 'finding'] as const;
export const ZInspectionReasonKind = z.enum(INSPECTION_REASON_KINDS);

export const ZInspectionItemResult = z
  .object({
    status: z.enum(['ok', 'finding']),
    note: ZText.trim().max(2000).optional(),
  })
  .strict();

export const ZInspectionItems = z
  .object(
    Object.fromEntries(INSPECTION_ITEMS.map((k) => [k, ZInspectionItemResult])) as Record<
      TInspectionItemKey,
      typeof ZInspectionItemResult
    >,
  )
  .strict();
export type TInspectionItems = z.infer<typeof ZInspectionItems>;

/**
 * The report's body: when and by whom, the items, the findings and follow-up, and the
 * signatures: the inspectors sign as users; the company's representative signs by name, or the
 * report records why the company refused to sign (exactly one of the two).
 */
export const ZInspectionReportInput = z
  .object({
    inspectedOn: ZLocalDate,
    inspectorIds: z.array(ZId).min(1).max(10),
    items: ZInspectionItems,
    findings: ZText.trim().max(5000).optional(),
    followUp: ZText.trim().max(5000).optional(),
    companyRepName: ZText.trim().min(2).max(200).optional(),
    companyRepPosition: ZText.trim().max(200).optional(),
    refusalReason: ZText.trim().min(3).max(2000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.companyRepName && !v.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['companyRepName'], message: 'required' });
    if (v.companyRepName && v.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: 'signed_and_refused' });
    if (Object.values(v.items).some((i) => i.status === 'finding') && !v.findings)
      ctx.addIssue({ code: 'custom', path: ['findings'], message: 'required' });
  });
export type TInspectionReportInput = z.infer<typeof ZInspectionReportInput>;

/** Starting an incidental inspection: the company and the reason (a complaint's tracking number, or a finding). */
export const ZStartIncidentalInspection = z
  .object({
    companyId: ZId,
    reasonKind: ZInspectionReasonKind,
    /** The complaint's tracking number (required for `complaint`), or a reference of the finding. */
    reasonRef: ZText.trim().min(1).max(100).optional(),
    reason: ZText.trim().min(3).max(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.reasonKind === 'complaint' && !v.reasonRef)
      ctx.addIssue({ code: 'custom', path: ['reasonRef'], message: 'required' });
  });
export type TStartIncidentalInspection = z.infer<typeof ZStartIncidentalInspection>;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const ZInspectionQuery = z.object({
  companyId: z.preprocess(blank, ZId.optional()),
  kind: z.preprocess(blank, z.enum(INSPECTION_KINDS).optional()),
  status: z.preprocess(blank, z.enum(INSPECTION_STATUSES).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(50)),
});
export type TInspectionQuery = z.infer<typeof ZInspectionQuery>;

export const ZInspection = z.object({
  id: ZId,
  kind: z.enum(INSPECTION_KINDS),
  status: z.enum(INSPECTION_STATUSES),
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  visitId: ZId.nullable(),
  visitPlannedOn: z.string().nullable(),
  reasonKind: ZInspectionReasonKind.nullable(),
  reasonRef: z.string().nullable(),
  reason: z.string().nullable(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  inspectors: z.array(z.object({ id: ZId, name: z.string() })),
  items: ZInspectionItems.nullable(),
  grade: ZInspectionGrade.nullable(),
  findingsCount: z.number().int().nullable(),
  findings: z.string().nullable(),
  followUp: z.string().nullable(),
  companyRepName: z.string().nullable(),
  companyRepPosition: z.string().nullable(),
  refusalReason: z.string().nullable(),
  photos: z.array(z.object({ id: ZId, filename: z.string(), contentType: z.string() })),
  createdAt: z.string(),
  reportedAt: z.string().nullable(),
  canManage: z.boolean(),
});
export type TInspection = z.infer<typeof ZInspection>;

export const ZInspectionList = z.object({
  items: z.array(ZInspection),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TInspectionList = z.infer<typeof ZInspectionList>;

/** The most photos one report keeps, and the largest photo. */
export const INSPECTION_PHOTOS_MAX = 10;
export const INSPECTION_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** An inspection as the company page lists it. */
export const ZCompanyInspection = z.object({
  id: ZId,
  kind: z.enum(INSPECTION_KINDS),
  status: z.enum(INSPECTION_STATUSES),
  inspectedOn: z.string().nullable(),
  grade: ZInspectionGrade.nullable(),
  findingsCount: z.number().int().nullable(),
  createdAt: z.string(),
});
export type TCompanyInspection = z.infer<typeof ZCompanyInspection>;
