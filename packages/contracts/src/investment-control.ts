import { z } from 'zod';
import { ZId, ZLocalDate } from './common';
import { ZCompanyInspection } from './control-inspections';
import { ZText } from './input';

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

// ---------------------------------------------------------------------------------------------
// LKPM reports: staff entry, verification (SOP 067/006), deadline setting and compliance (item 2)
// ---------------------------------------------------------------------------------------------

const lkpmBlank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/**
 * Whole rupiah, 0 or more, as digits (a JSON number is taken too): up to 15 digits, below 2^53,
 * so exact in JSON and in a bigint column; a request number stays inside int4 otherwise.
 */
export const ZRupiah = z.preprocess(
  (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
  ZText.trim().regex(/^\d{1,15}$/, { error: 'rupiah' }),
);
const ZWorkers = z.number().int().min(0).max(10_000_000);

/** What a report says: realised investment by component, the plan, workers and problems. */
export const ZLkpmValues = z.object({
  land: ZRupiah,
  buildings: ZRupiah,
  machinery: ZRupiah,
  workingCapital: ZRupiah,
  other: ZRupiah,
  planned: ZRupiah,
  workersIndonesian: ZWorkers,
  workersForeign: ZWorkers,
  problems: z.preprocess(lkpmBlank, ZText.trim().max(4000).nullable().optional()),
});
export type TLkpmValues = z.infer<typeof ZLkpmValues>;

/** Staff enter a report for a company's business line and period; it is saved as a draft. */
export const ZCreateLkpmReport = ZLkpmValues.extend({
  companyId: ZId,
  businessLineId: ZId.nullable().optional(),
  periodYear: z.number().int().min(2000).max(2100),
  periodKind: ZLkpmPeriodKind,
  periodNo: z.number().int().min(1).max(4),
});
export type TCreateLkpmReport = z.infer<typeof ZCreateLkpmReport>;

/** A draft edited (every value again). */
export const ZUpdateLkpmReport = ZLkpmValues;
export type TUpdateLkpmReport = z.infer<typeof ZUpdateLkpmReport>;

/** What a verifier may ask to correct: a component, the plan, the workers, the problems. */
export const LKPM_ITEMS = [
  ...LKPM_COMPONENTS,
  'planned',
  'workersIndonesian',
  'workersForeign',
  'problems',
] as const;
export const ZLkpmItem = z.enum(LKPM_ITEMS);

export const ZLkpmCorrectionItem = z.object({
  item: ZLkpmItem,
  note: z.preprocess(lkpmBlank, ZText.trim().min(1).max(1000)),
});
export type TLkpmCorrectionItem = z.infer<typeof ZLkpmCorrectionItem>;

/** The verifier approves the report, or returns it with the items to correct, each with a note. */
export const ZVerifyLkpmReport = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    note: z.preprocess(lkpmBlank, ZText.trim().max(2000).optional()),
  }),
  z.object({
    decision: z.literal('return'),
    corrections: z.array(ZLkpmCorrectionItem).min(1).max(LKPM_ITEMS.length),
  }),
]);
export type TVerifyLkpmReport = z.infer<typeof ZVerifyLkpmReport>;

/** The company's correction, recorded by staff: every value again, with an optional note. */
export const ZCorrectLkpmReport = ZLkpmValues.extend({
  note: z.preprocess(lkpmBlank, ZText.trim().max(2000).optional()),
});
export type TCorrectLkpmReport = z.infer<typeof ZCorrectLkpmReport>;

export const ZLkpmQuery = z.object({
  periodYear: z.preprocess(lkpmBlank, z.coerce.number().int().min(2000).max(2100).optional()),
  periodKind: z.preprocess(lkpmBlank, ZLkpmPeriodKind.optional()),
  periodNo: z.preprocess(lkpmBlank, z.coerce.number().int().min(1).max(4).optional()),
  status: z.preprocess(lkpmBlank, ZLkpmStatus.optional()),
  companyId: z.preprocess(lkpmBlank, ZId.optional()),
  /** Company name or NIB, in part. */
  q: z.preprocess(lkpmBlank, ZText.trim().max(200).optional()),
  page: z.preprocess(lkpmBlank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(lkpmBlank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TLkpmQuery = z.infer<typeof ZLkpmQuery>;

export const ZLkpmPeriod = z.object({
  year: z.number().int(),
  kind: ZLkpmPeriodKind,
  no: z.number().int(),
  /** `2026-Q3`, `2026-S1`. */
  code: z.string(),
  /** The last day to file (a local date). */
  deadline: z.string(),
});
export type TLkpmPeriod = z.infer<typeof ZLkpmPeriod>;

export const ZLkpmListItem = z.object({
  id: ZId,
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  businessLineName: z.string().nullable(),
  period: ZLkpmPeriod,
  status: ZLkpmStatus,
  realised: z.number(),
  planned: z.number(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TLkpmListItem = z.infer<typeof ZLkpmListItem>;

export const ZLkpmList = z.object({
  items: z.array(ZLkpmListItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TLkpmList = z.infer<typeof ZLkpmList>;

export const ZLkpmTimelineEntry = z.object({
  kind: z.string(),
  at: z.string(),
  text: z.string().nullable(),
});

export const ZLkpmReport = ZLkpmListItem.extend({
  businessLineId: ZId.nullable(),
  companyScale: ZBusinessScale,
  investmentType: ZInvestmentType,
  land: z.number(),
  buildings: z.number(),
  machinery: z.number(),
  workingCapital: z.number(),
  other: z.number(),
  workersIndonesian: z.number(),
  workersForeign: z.number(),
  problems: z.string().nullable(),
  corrections: z.array(z.object({ item: ZLkpmItem, note: z.string() })),
  approvedAt: z.string().nullable(),
  source: z.string(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  timeline: z.array(ZLkpmTimelineEntry),
  /** What the reader may do now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), verify: z.boolean(), correct: z.boolean() }),
});
export type TLkpmReport = z.infer<typeof ZLkpmReport>;

/** The agency's LKPM setting: the deadline is this many days after the period ends (default 15). */
export const ZLkpmSettings = z.object({ lkpmDeadlineDay: z.number().int().min(1).max(90) });
export type TLkpmSettings = z.infer<typeof ZLkpmSettings>;

export const ZLkpmComplianceCompany = z.object({
  companyId: ZId,
  nib: z.string(),
  name: z.string(),
  scale: ZBusinessScale,
  investmentType: ZInvestmentType,
  regency: z.string().nullable(),
  riskLevel: ZRiskLevel,
  /** Business lines without a filed report for the period (all of them when none is filed). */
  missingLines: z.number(),
  /** The last period it filed for (a code), if any. */
  lastFiled: z.string().nullable(),
});
export type TLkpmComplianceCompany = z.infer<typeof ZLkpmComplianceCompany>;

/** Per period kind: the period judged, who must report, who has not, who missed two in a row. */
export const ZLkpmComplianceGroup = z.object({
  period: ZLkpmPeriod,
  previous: ZLkpmPeriod,
  mustReport: z.number(),
  reported: z.number(),
  notReported: z.array(ZLkpmComplianceCompany),
  missedTwo: z.array(ZLkpmComplianceCompany),
});
export const ZLkpmCompliance = z.object({
  today: z.string(),
  deadlineDay: z.number(),
  quarter: ZLkpmComplianceGroup,
  half: ZLkpmComplianceGroup,
});
export type TLkpmCompliance = z.infer<typeof ZLkpmCompliance>;

/** The companies and business lines a staff form offers. */
export const ZLkpmCompanyOption = z.object({
  id: ZId,
  nib: z.string(),
  name: z.string(),
  scale: ZBusinessScale,
  lines: z.array(z.object({ id: ZId, kbli: z.string(), name: z.string(), regency: z.string().nullable() })),
});
export const ZLkpmCompanyOptions = z.object({ items: z.array(ZLkpmCompanyOption) });
export type TLkpmCompanyOptions = z.infer<typeof ZLkpmCompanyOptions>;

// ---------------------------------------------------------------------------------------------
// Registry and imports (issue 11 item 1): companies, their licences, and CSV/XLSX imports.
// ---------------------------------------------------------------------------------------------

const registryBlank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optText = (max: number) => z.preprocess(registryBlank, ZText.trim().max(max).optional());

export const ZNib = ZText.trim().regex(NIB_PATTERN, { error: 'nib' });
export const ZKbli = ZText.trim().regex(/^\d{5}$/, { error: 'kbli' });

export const ZCompanyQuery = z.object({
  /** Name or NIB (part of either). */
  q: z.preprocess(registryBlank, ZText.trim().max(100).optional()),
  regency: z.preprocess(registryBlank, ZText.trim().max(100).optional()),
  riskLevel: z.preprocess(registryBlank, ZRiskLevel.optional()),
  investmentType: z.preprocess(registryBlank, ZInvestmentType.optional()),
  scale: z.preprocess(registryBlank, ZBusinessScale.optional()),
  page: z.preprocess(registryBlank, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(registryBlank, z.coerce.number().int().min(1).max(100).default(25)),
});
export type TCompanyQuery = z.infer<typeof ZCompanyQuery>;

export const ZCompanyListItem = z.object({
  id: ZId,
  nib: z.string(),
  name: z.string(),
  investmentType: ZInvestmentType,
  scale: ZBusinessScale,
  riskLevel: ZRiskLevel,
  kbliCodes: z.array(z.string()),
  regency: z.string().nullable(),
  licences: z.number().int(),
  /** The latest LKPM period reported (`2026-Q2`, `2026-S1`), or null. */
  lastLkpmPeriod: z.string().nullable(),
});
export type TCompanyListItem = z.infer<typeof ZCompanyListItem>;

export const ZCompanyList = z.object({
  items: z.array(ZCompanyListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The regencies of the agency's registry, for the filter. */
  regencies: z.array(z.string()),
});
export type TCompanyList = z.infer<typeof ZCompanyList>;

/** Create or edit a company (staff of the control division). */
export const ZSaveCompany = z
  .object({
    nib: ZNib,
    name: ZText.trim().min(2).max(300),
    investmentType: ZInvestmentType,
    scale: ZBusinessScale,
    riskLevel: ZRiskLevel,
    kbliCodes: z.array(ZKbli).min(1).max(50),
    province: optText(100),
    regency: optText(100),
    address: optText(500),
    contactName: optText(200),
    contactEmail: z.preprocess(
      registryBlank,
      ZText.trim()
        .max(200)
        .pipe(z.email({ error: 'email' }))
        .optional(),
    ),
    contactPhone: optText(50),
  })
  .strict();
export type TSaveCompany = z.input<typeof ZSaveCompany>;
export type TSaveCompanyParsed = z.output<typeof ZSaveCompany>;

/** Add or edit a licence of a company. */
export const ZSaveLicence = z
  .object({
    type: ZLicenceType,
    number: ZText.trim().min(1).max(100),
    issuedOn: z.preprocess(registryBlank, ZLocalDate.optional()),
    status: ZLicenceStatus.default('active'),
  })
  .strict();
export type TSaveLicence = z.input<typeof ZSaveLicence>;

export const ZLicence = z.object({
  id: ZId,
  type: ZLicenceType,
  number: z.string(),
  issuedOn: z.string().nullable(),
  status: ZLicenceStatus,
  statusChangedAt: z.string().nullable(),
});
export type TLicence = z.infer<typeof ZLicence>;

export const ZBusinessLine = z.object({
  id: ZId,
  kbli: z.string(),
  name: z.string(),
  province: z.string().nullable(),
  regency: z.string().nullable(),
  address: z.string().nullable(),
});

export const ZLkpmHistoryRow = z.object({
  id: ZId,
  businessLineId: ZId.nullable(),
  kbli: z.string().nullable(),
  periodYear: z.number().int(),
  periodKind: ZLkpmPeriodKind,
  periodNo: z.number().int(),
  status: ZLkpmStatus,
  land: z.number(),
  buildings: z.number(),
  machinery: z.number(),
  workingCapital: z.number(),
  other: z.number(),
  realised: z.number(),
  planned: z.number(),
  workersIndonesian: z.number().int(),
  workersForeign: z.number().int(),
  submittedAt: z.string().nullable(),
  source: z.string(),
});
export type TLkpmHistoryRow = z.infer<typeof ZLkpmHistoryRow>;

/** A case linked to the company (supervision, sanctions, helpdesk: filled by those parts). */
export const ZCompanyCase = z.object({
  id: ZId,
  kind: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.string(),
  openedAt: z.string(),
});

export const ZCompany = z.object({
  id: ZId,
  nib: z.string(),
  name: z.string(),
  investmentType: ZInvestmentType,
  scale: ZBusinessScale,
  riskLevel: ZRiskLevel,
  kbliCodes: z.array(z.string()),
  province: z.string().nullable(),
  regency: z.string().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  businessLines: z.array(ZBusinessLine),
  licences: z.array(ZLicence),
  lkpm: z.array(ZLkpmHistoryRow),
  cases: z.array(ZCompanyCase),
  /** The company's inspections (routine-visit reports and incidental inspections), newest first. */
  inspections: z.array(ZCompanyInspection),
  /** Whether the reader may edit the company and its licences. */
  canManage: z.boolean(),
});
export type TCompany = z.infer<typeof ZCompany>;

/** A refused import row: its line number in the file (the header is line 1), the column, the rule and why. */
export const ZImportRejectedRow = z.object({
  row: z.number().int(),
  field: z.string(),
  rule: z.string(),
  message: z.string(),
});
export type TImportRejectedRow = z.infer<typeof ZImportRejectedRow>;

export const ZControlImportFields = z.object({ kind: ZControlImportKind }).strict();

export const ZControlImport = z.object({
  id: ZId,
  kind: ZControlImportKind,
  filename: z.string(),
  /** `previewed`, `running`, `done`, `failed`. */
  status: z.enum(['previewed', 'running', 'done', 'failed']),
  rowsRead: z.number().int(),
  rowsValid: z.number().int(),
  /** At preview: what a run would do; after the run: what it did. */
  rowsNew: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  rowsRejected: z.number().int(),
  /** The first rejected rows (the full list downloads as CSV). */
  rejected: z.array(ZImportRejectedRow),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TControlImport = z.infer<typeof ZControlImport>;

export const ZControlImportList = z.object({ items: z.array(ZControlImport) });
export type TControlImportList = z.infer<typeof ZControlImportList>;

// ---------------------------------------------------------------------------------------------
// Routine supervision plan (SOP 067/009) and dashboards (issue 11 items 5 and 8).

const blankOfSupervision = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const ZPlanYear = z.number().int().min(2000).max(2100);
const ZQueryYear = z.coerce.number().int().min(2000).max(2100);

export const SUPERVISION_VISIT_STATUSES = ['planned', 'letter_issued', 'done', 'cancelled'] as const;
export const ZSupervisionVisitStatus = z.enum(SUPERVISION_VISIT_STATUSES);
export type TSupervisionVisitStatus = z.infer<typeof ZSupervisionVisitStatus>;

export const ZGenerateSupervisionPlan = z
  .object({
    year: ZPlanYear,
    /** The inspectors to spread visits over; default: the agency's examiners and functional officers. */
    inspectorIds: z.array(ZId).min(1).max(50).optional(),
    /** Inspectors per visit (default 2). */
    teamSize: z.number().int().min(1).max(5).optional(),
  })
  .strict();
export type TGenerateSupervisionPlan = z.infer<typeof ZGenerateSupervisionPlan>;

export const ZSupervisionPlan = z.object({
  id: ZId,
  year: z.number().int(),
  fromDate: z.string(),
  companies: z.number().int(),
  compliant: z.number().int(),
  visits: z.number().int(),
  inspectors: z.number().int(),
  createdAt: z.string(),
});
export type TSupervisionPlan = z.infer<typeof ZSupervisionPlan>;

export const ZPerson = z.object({ id: ZId, name: z.string() });

export const ZSupervisionVisitQuery = z.object({
  year: z.preprocess(blankOfSupervision, ZQueryYear),
  month: z.preprocess(blankOfSupervision, z.coerce.number().int().min(1).max(12).optional()),
  status: z.preprocess(blankOfSupervision, ZSupervisionVisitStatus.optional()),
  inspectorId: z.preprocess(blankOfSupervision, ZId.optional()),
  page: z.preprocess(blankOfSupervision, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blankOfSupervision, z.coerce.number().int().min(1).max(500).default(100)),
});
export type TSupervisionVisitQuery = z.infer<typeof ZSupervisionVisitQuery>;

export const ZSupervisionVisit = z.object({
  id: ZId,
  companyId: ZId,
  companyName: z.string(),
  nib: z.string(),
  regency: z.string().nullable(),
  riskLevel: z.string(),
  seq: z.number().int(),
  plannedOn: z.string(),
  inspectors: z.array(ZPerson),
  status: ZSupervisionVisitStatus,
  letterNumber: z.string().nullable(),
  letterIssuedOn: z.string().nullable(),
  /** The working day before the visit, when SOP 067/009 step 3 issues the assignment letter. */
  letterDueOn: z.string(),
  /** Planned within the next working day (or overdue) and no assignment letter yet. */
  letterMissing: z.boolean(),
  doneOn: z.string().nullable(),
  findingsCount: z.number().int().nullable(),
  note: z.string().nullable(),
  caseId: ZId.nullable(),
  caseNumber: z.string().nullable(),
  /** The Surat Tugas drafted in the document service on the visit's case, its status and number. */
  letterDocumentId: ZId.nullable(),
  letterDocumentStatus: z.string().nullable(),
  letterDocumentNumber: z.string().nullable(),
});
export type TSupervisionVisit = z.infer<typeof ZSupervisionVisit>;

export const ZSupervisionVisitList = z.object({
  plan: ZSupervisionPlan.nullable(),
  items: z.array(ZSupervisionVisit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Who may be named inspector (for the move form and the filter). */
  inspectors: z.array(ZPerson),
});
export type TSupervisionVisitList = z.infer<typeof ZSupervisionVisitList>;

export const ZSupervisionVisitAction = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('move'),
      plannedOn: ZLocalDate,
      inspectorIds: z.array(ZId).min(1).max(10).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('issueLetter'),
      /** A letter made outside Sigap: its number and date (both required without `documentId`). */
      letterNumber: ZText.trim().min(1).max(100).optional(),
      issuedOn: ZLocalDate.optional(),
      /** The visit's Surat Tugas signed in the document service: its number and signing date. */
      documentId: ZId.optional(),
    })
    .strict(),
  z.object({ type: z.literal('startCase') }).strict(),
  /** Drafts the Surat Tugas in the document service on the visit's SOP 067/009 case. */
  z.object({ type: z.literal('draftLetter') }).strict(),
  z
    .object({
      type: z.literal('done'),
      doneOn: ZLocalDate,
      findingsCount: z.number().int().min(0).max(1000),
      note: ZText.trim().max(2000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('cancel'), note: ZText.trim().min(3).max(2000) }).strict(),
]);
export type TSupervisionVisitAction = z.infer<typeof ZSupervisionVisitAction>;

export const ZControlDashboardQuery = z.object({
  year: z.preprocess(blankOfSupervision, ZQueryYear),
  /** Only approved LKPM reports (default: every report past draft). */
  approvedOnly: z.preprocess(blankOfSupervision, z.enum(['true', 'false']).default('false')),
});
export type TControlDashboardQuery = z.infer<typeof ZControlDashboardQuery>;

export const ZRealisationRow = z.object({
  /** The group: a period code (2026-Q1), PMA/PMDN, a KBLI section (A-U, `-` unknown), a regency, a risk level. */
  key: z.string(),
  reports: z.number().int(),
  land: z.number(),
  buildings: z.number(),
  machinery: z.number(),
  workingCapital: z.number(),
  other: z.number(),
  realised: z.number(),
  planned: z.number(),
});
export type TRealisationRow = z.infer<typeof ZRealisationRow>;

export const ZRealisationDashboard = z.object({
  year: z.number().int(),
  approvedOnly: z.boolean(),
  total: ZRealisationRow,
  byPeriod: z.array(ZRealisationRow),
  byInvestmentType: z.array(ZRealisationRow),
  bySection: z.array(ZRealisationRow),
  byRegency: z.array(ZRealisationRow),
  byRiskLevel: z.array(ZRealisationRow),
});
export type TRealisationDashboard = z.infer<typeof ZRealisationDashboard>;

export const ZLkpmComplianceRow = z.object({
  /** 2026-Q1 … 2026-S2. */
  period: z.string(),
  kind: z.enum(['quarter', 'half']),
  no: z.number().int(),
  deadline: z.string(),
  /** Companies that must report for the period (by scale). */
  expected: z.number().int(),
  /** Of those, with a report past draft. */
  reported: z.number().int(),
  /** Of those, submitted by the deadline. */
  onTime: z.number().int(),
  approved: z.number().int(),
  /** reported / expected (0 when none expected). */
  rate: z.number(),
});
export const ZLkpmComplianceDashboard = z.object({
  year: z.number().int(),
  periods: z.array(ZLkpmComplianceRow),
});
export type TLkpmComplianceDashboard = z.infer<typeof ZLkpmComplianceDashboard>;

export const ZSupervisionProgressRow = z.object({
  /** 1-12, or 0 for the year. */
  month: z.number().int(),
  planned: z.number().int(),
  letterIssued: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
});
export const ZSupervisionProgressDashboard = z.object({
  year: z.number().int(),
  hasPlan: z.boolean(),
  months: z.array(ZSupervisionProgressRow),
  total: ZSupervisionProgressRow,
  /** done / (visits not cancelled). */
  progress: z.number(),
});
export type TSupervisionProgressDashboard = z.infer<typeof ZSupervisionProgressDashboard>;

// ---------------------------------------------------------------------------------------------
// Sanctions and revocation (issue 11 item 6, SOPs 067/011-067/014): the ladder of written
// warnings 1-3, temporary suspension and revocation.
// ---------------------------------------------------------------------------------------------

/** The ladder, in order: each step follows the last open one (revocation by court decision may skip). */
export const SANCTION_STAGES = ['warning_1', 'warning_2', 'warning_3', 'suspension', 'revocation'] as const;
export const ZSanctionStage = z.enum(SANCTION_STAGES);
export type TSanctionStage = z.infer<typeof ZSanctionStage>;

/** Why: a supervision finding, LKPM not filed for two periods, a court decision, the company's request, another body's recommendation. */
export const SANCTION_BASES = [
  'finding',
  'lkpm_non_reporting',
  'court_decision',
  'request',
  'recommendation',
] as const;
export const ZSanctionBasis = z.enum(SANCTION_BASES);
export type TSanctionBasis = z.infer<typeof ZSanctionBasis>;

export const SANCTION_STATUSES = ['open', 'complied', 'escalated'] as const;
export const ZSanctionStatus = z.enum(SANCTION_STATUSES);

/** Working days a written warning gives the company to comply (DESIGN §3.2). */
export const SANCTION_COMPLY_DAYS: Partial<Record<TSanctionStage, number>> = {
  warning_1: 30,
  warning_2: 15,
  warning_3: 10,
};

/** A sanction letter as the sanction lists show it. */
export const ZSanctionDocument = z.object({
  id: ZId,
  title: z.string(),
  status: z.string(),
  number: z.string().nullable(),
  templateCode: z.string(),
});

export const ZSanction = z.object({
  id: ZId,
  companyId: ZId,
  companyNib: z.string(),
  companyName: z.string(),
  licenceId: ZId.nullable(),
  licenceNumber: z.string().nullable(),
  stage: ZSanctionStage,
  basis: ZSanctionBasis,
  issuedOn: z.string(),
  complyBy: z.string().nullable(),
  status: ZSanctionStatus,
  compliedOn: z.string().nullable(),
  /** Open warning whose comply-by date has passed (agency's today). */
  overdue: z.boolean(),
  documentId: ZId.nullable(),
  caseId: ZId.nullable(),
  courtDecisionNumber: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** The inspection (BAP) whose findings the step answers. */
  inspectionId: ZId.nullable(),
  /** The step's case: its number and SOP key (dalak-067-011..014). */
  caseNumber: z.string().nullable(),
  caseSop: z.string().nullable(),
  /** The letter in the document service: draft, initialled, signed and numbered there. */
  document: ZSanctionDocument.nullable(),
});
export type TSanction = z.infer<typeof ZSanction>;

export const ZSanctionList = z.object({ today: z.string(), items: z.array(ZSanction) });
export type TSanctionList = z.infer<typeof ZSanctionList>;

const blankOfSanctions = (v: unknown) => (v === '' ? undefined : v);
export const ZSanctionQuery = z.object({
  status: z.preprocess(blankOfSanctions, ZSanctionStatus.optional()),
  overdue: z.preprocess(blankOfSanctions, z.enum(['true', 'false']).optional()),
});
export type TSanctionQuery = z.infer<typeof ZSanctionQuery>;

/** The next step of the ladder for a company: null once it is revoked. */
export const ZSanctionProposal = z.object({
  companyId: ZId,
  stage: ZSanctionStage.nullable(),
  /** The last open step, which the next one escalates. */
  lastOpen: ZSanction.nullable(),
  /** Working days to comply with the proposed warning (null for suspension and revocation). */
  complyDays: z.number().int().nullable(),
});
export type TSanctionProposal = z.infer<typeof ZSanctionProposal>;

export const ZIssueSanction = z.object({
  stage: ZSanctionStage,
  basis: ZSanctionBasis,
  issuedOn: ZLocalDate,
  licenceId: ZId.optional(),
  /** Required when `basis` is `court_decision` (SOP 067/013). */
  courtDecisionNumber: ZText.max(200).optional(),
  documentId: ZId.optional(),
  caseId: ZId.optional(),
  note: ZText.max(2000).optional(),
  /** Basis `finding`: the inspection report (BAP) with the findings. */
  inspectionId: ZId.optional(),
});
export type TIssueSanction = z.infer<typeof ZIssueSanction>;

export const ZSanctionComplied = z.object({ compliedOn: ZLocalDate });
export type TSanctionComplied = z.infer<typeof ZSanctionComplied>;

/** Companies that missed LKPM for two consecutive periods, with the warning proposed for each. */
export const ZLkpmSanctionProposals = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      companyId: ZId,
      nib: z.string(),
      name: z.string(),
      periodKind: ZLkpmPeriodKind,
      lastFiled: z.string().nullable(),
      stage: ZSanctionStage.nullable(),
    }),
  ),
});
export type TLkpmSanctionProposals = z.infer<typeof ZLkpmSanctionProposals>;
export * from './control-consultations';
export * from './control-guidance';
export * from './control-inspections';
export * from './control-monitoring';
export * from './control-sanctions';
