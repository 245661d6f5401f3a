import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, cases, documents, users } from '../../platform/db/schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Rupiah amounts: whole rupiah, up to 9.2 × 10^18 (a bigint read as a JS number is exact below 2^53). */
const rupiah = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/**
 * Investment control (seed 004, SOPs 067/001-067/014, issue 11): the company registry the
 * control division works from. A company is known by its NIB (13 digits) within an agency's
 * registry; an OSS export re-imported updates it by NIB.
 */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Nomor Induk Berusaha: 13 digits. */
    nib: text('nib').notNull(),
    name: text('name').notNull(),
    /** `PMA` (foreign) or `PMDN` (domestic investment). */
    investmentType: text('investment_type').notNull(),
    /** `micro`, `small`, `medium`, `large`: small files LKPM half-yearly, medium and large quarterly. */
    scale: text('scale').notNull(),
    /** `low`, `medium_low`, `medium_high`, `high` (risk-based licensing). */
    riskLevel: text('risk_level').notNull(),
    /** The KBLI codes (5 digits) of its business lines. */
    kbliCodes: text('kbli_codes').array().notNull().default(sql`'{}'::text[]`),
    province: text('province'),
    regency: text('regency'),
    address: text('address'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('companies_agency_nib').on(t.agencyId, t.nib),
    index('companies_agency_name').on(t.agencyId, t.name),
  ],
);

/** A business line at a location (LKPM is filed per business line and location). */
export const companyBusinessLines = pgTable(
  'company_business_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kbli: text('kbli').notNull(),
    name: text('name').notNull(),
    province: text('province'),
    regency: text('regency'),
    address: text('address'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('company_business_lines_key').on(t.companyId, t.kbli, t.regency)],
);

/**
 * A licence of a company: NIB, standard certificate, licence, UMKU, PKKPR, PBG, environmental
 * approval; its status changes with suspension and revocation (SOPs 067/011-067/013).
 */
export const licences = pgTable(
  'licences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** `nib`, `standard_certificate`, `licence`, `umku`, `pkkpr`, `pbg`, `environmental_approval`. */
    type: text('type').notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** `active`, `suspended`, `revoked`. */
    status: text('status').notNull().default('active'),
    statusChangedAt: ts('status_changed_at'),
    /** The case (revocation, suspension) that last changed the status. */
    statusCaseId: uuid('status_case_id').references(() => cases.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('licences_agency_type_number').on(t.agencyId, t.type, t.number),
    index('licences_company').on(t.companyId),
  ],
);

/**
 * An LKPM report (Laporan Kegiatan Penanaman Modal) of a company's business line for a period
 * (a quarter for medium and large businesses, a half-year for small ones): investment realised
 * by component in rupiah against the plan, workers, problems. Its status runs DRAF → TERKIRIM →
 * PERLU PERBAIKAN → SUDAH DIPERBAIKI → DISETUJUI through a case of SOP 067/006 (verification).
 */
export const lkpmReports = pgTable(
  'lkpm_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    businessLineId: uuid('business_line_id').references(() => companyBusinessLines.id),
    periodYear: integer('period_year').notNull(),
    /** `quarter` or `half`. */
    periodKind: text('period_kind').notNull(),
    /** 1-4 for a quarter, 1-2 for a half-year. */
    periodNo: integer('period_no').notNull(),
    /** `draft`, `submitted`, `needs_correction`, `corrected`, `approved`. */
    status: text('status').notNull(),
    land: rupiah('land'),
    buildings: rupiah('buildings'),
    machinery: rupiah('machinery'),
    workingCapital: rupiah('working_capital'),
    other: rupiah('other'),
    /** The planned investment for the period (the licence's plan), against which the realisation is read. */
    planned: rupiah('planned'),
    workersIndonesian: integer('workers_indonesian').notNull().default(0),
    workersForeign: integer('workers_foreign').notNull().default(0),
    problems: text('problems'),
    /** Items the verifier asked to correct, with the note: [{ item, note }]. */
    corrections: jsonb('corrections').notNull().default(sql`'[]'::jsonb`),
    submittedAt: ts('submitted_at'),
    approvedAt: ts('approved_at'),
    /** The verification case (SOP 067/006), from submission on. */
    caseId: uuid('case_id').references(() => cases.id),
    /** `portal`, `import`, `staff`. */
    source: text('source').notNull().default('staff'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // one report per company, business line (or none) and period
    unique('lkpm_reports_period')
      .on(t.companyId, t.periodYear, t.periodKind, t.periodNo, t.businessLineId)
      .nullsNotDistinct(),
    index('lkpm_reports_agency_period').on(t.agencyId, t.periodYear, t.periodKind, t.periodNo),
    index('lkpm_reports_case').on(t.caseId),
  ],
);

/**
 * One import of a registry or LKPM export (CSV or XLSX): what was read, what was refused and
 * why (row number, field, rule), and how far it got, so an interrupted import re-run finishes
 * without duplicates (rows are upserted by their natural keys).
 */
export const controlImports = pgTable(
  'control_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** `companies`, `licences`, `lkpm`. */
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    /** SHA-256 of the file: the same file imported twice is recognised. */
    sha256: text('sha256').notNull(),
    /** `previewed`, `running`, `done`, `failed`. */
    status: text('status').notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsInserted: integer('rows_inserted').notNull().default(0),
    rowsUpdated: integer('rows_updated').notNull().default(0),
    rowsUnchanged: integer('rows_unchanged').notNull().default(0),
    /** [{ row, field, rule, message }], bounded. */
    rejected: jsonb('rejected').notNull().default(sql`'[]'::jsonb`),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('control_imports_agency').on(t.agencyId, t.createdAt)],
);

/**
 * The annual routine supervision plan of an agency (SOP 067/009): generated once per year from
 * the registry's risk levels and last year's compliance (`@sigap/core` investment-control
 * supervision-plan states the rule).
 */
export const supervisionPlans = pgTable(
  'supervision_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    /** The first date visits could fall on when it was generated. */
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    /** Counts the rule saw: { companies, compliant, visits, inspectors }. */
    summary: jsonb('summary').notNull().default(sql`'{}'::jsonb`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('supervision_plans_agency_year').on(t.agencyId, t.year)],
);

/**
 * One planned routine visit of a company: its date, inspectors and status (`planned`,
 * `letter_issued` once the assignment letter (Surat Tugas) is out, `done`, `cancelled`), and the
 * case of SOP 067/009 once the visit's work started.
 */
export const supervisionVisits = pgTable(
  'supervision_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => supervisionPlans.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** 1 or 2: the company's routine visit of the year. */
    seq: integer('seq').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    inspectorIds: uuid('inspector_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** `planned`, `letter_issued`, `done`, `cancelled`. */
    status: text('status').notNull().default('planned'),
    letterNumber: text('letter_number'),
    letterIssuedOn: date('letter_issued_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
    /** Findings the visit recorded (null until done): a visit with findings makes the company non-compliant next year. */
    findingsCount: integer('findings_count'),
    note: text('note'),
    /** The case of SOP 067/009 once the visit's work started. */
    caseId: uuid('case_id').references(() => cases.id),
    /** The Surat Tugas drafted in the document service on the visit's case (null: none drafted in Sigap). */
    letterDocumentId: uuid('letter_document_id').references(() => documents.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('supervision_visits_plan_company_seq').on(t.planId, t.companyId, t.seq),
    index('supervision_visits_agency_date').on(t.agencyId, t.plannedOn),
    index('supervision_visits_company').on(t.companyId),
  ],
);

/**
 * One step of the sanctions ladder (SOPs 067/011-067/014, issue 11 item 6): written warnings 1-3
 * (30, 15 and 10 working days to comply, counted on the agency's working calendar from the issue
 * date), temporary suspension, revocation. `status`: `open` until the company complies
 * (`complied`) or the next step is issued (`escalated`). A suspension or revocation changes the
 * licence status (the one named, or every licence of the company).
 */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    licenceId: uuid('licence_id').references(() => licences.id, { onDelete: 'set null' }),
    /** `warning_1`, `warning_2`, `warning_3`, `suspension`, `revocation`. */
    stage: text('stage').notNull(),
    /** `finding`, `lkpm_non_reporting`, `court_decision`, `request`, `recommendation`. */
    basis: text('basis').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** Warnings: the last working day to comply; null for suspension and revocation. */
    complyBy: date('comply_by', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    compliedOn: date('complied_on', { mode: 'string' }),
    /** The letter (document service) and the case of the step. */
    documentId: uuid('document_id').references(() => documents.id),
    caseId: uuid('case_id').references(() => cases.id),
    /** Revocation by court decision (SOP 067/013): the decision's number. */
    courtDecisionNumber: text('court_decision_number'),
    /** A finding's basis: the inspection (BAP) whose findings the step answers. */
    inspectionId: uuid('inspection_id').references(() => controlInspections.id, { onDelete: 'set null' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('sanctions_company').on(t.companyId, t.issuedOn),
    index('sanctions_agency_status').on(t.agencyId, t.status),
  ],
);

/**
 * An inspection of a company and its report (Berita Acara Pemeriksaan): the report of a routine
 * visit (`visit`, SOP 067/009), or an incidental inspection (`incidental`, SOP 067/010) started
 * from a reason (a complaint's tracking number, or a finding) with its case, `open` until its
 * report is recorded (`reported`). The items checked each carry `ok`/`finding` and a note; the
 * grade and findings count follow `@sigap/core` investment-control `inspectionGrade`.
 */
export const controlInspections = pgTable(
  'control_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** `visit` or `incidental`. */
    kind: text('kind').notNull(),
    visitId: uuid('visit_id').references(() => supervisionVisits.id, { onDelete: 'set null' }),
    /** `open` (an incidental inspection without its report yet) or `reported`. */
    status: text('status').notNull().default('open'),
    /** Incidental: `complaint` or `finding`, its reference (the complaint's tracking number) and the reason. */
    reasonKind: text('reason_kind'),
    reasonRef: text('reason_ref'),
    reason: text('reason'),
    /** The SOP 067/010 case of an incidental inspection. */
    caseId: uuid('case_id').references(() => cases.id),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    inspectorIds: uuid('inspector_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** { location: { status, note }, investment: …, partnership: … } */
    items: jsonb('items'),
    grade: text('grade'),
    findingsCount: integer('findings_count'),
    findings: text('findings'),
    followUp: text('follow_up'),
    /** The company's representative who signed, or the reason the company refused to sign. */
    companyRepName: text('company_rep_name'),
    companyRepPosition: text('company_rep_position'),
    refusalReason: text('refusal_reason'),
    /** Photos: [{ id (files.id), filename, contentType }]. */
    photos: jsonb('photos').notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    reportedBy: uuid('reported_by').references(() => users.id),
    reportedAt: ts('reported_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('control_inspections_visit').on(t.visitId),
    index('control_inspections_company').on(t.companyId, t.createdAt),
    index('control_inspections_agency').on(t.agencyId, t.createdAt),
  ],
);

/**
 * Guidance of investment implementation (pembinaan, SOPs 067/002-067/004, issue 11 item 4): on a
 * company's request (`on_request`, its letter and topic), from supervision results
 * (`from_supervision`, an inspection's findings) or a technical guidance session (`bimtek`) with
 * invited companies. Runs a case of its SOP; `planned` until its minutes are recorded (`held`).
 */
export const controlGuidance = pgTable(
  'control_guidance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** `on_request`, `from_supervision`, `bimtek`. */
    kind: text('kind').notNull(),
    /** `planned` or `held` (minutes recorded). */
    status: text('status').notNull().default('planned'),
    title: text('title').notNull(),
    topic: text('topic'),
    /** On request: the company's letter (number and date). */
    requestLetterNumber: text('request_letter_number'),
    requestLetterDate: date('request_letter_date', { mode: 'string' }),
    /** From supervision: the inspection (BAP) whose findings started it. */
    inspectionId: uuid('inspection_id').references(() => controlInspections.id, { onDelete: 'set null' }),
    /** The session: a working day, from-to in the office zone, a place and/or an online link. */
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    place: text('place'),
    onlineLink: text('online_link'),
    minutes: text('minutes'),
    minutesAt: ts('minutes_at'),
    /** Materials: [{ id (files.id), filename, contentType }]. */
    materials: jsonb('materials').notNull().default(sql`'[]'::jsonb`),
    caseId: uuid('case_id').references(() => cases.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('control_guidance_agency').on(t.agencyId, t.heldOn)],
);

/**
 * A company taking part in a guidance: invited (email sent to `email`), its attendance on the
 * day (null until recorded) and its satisfaction answer (1-4 and a comment) through the public
 * link of `surveyToken`.
 */
export const controlGuidanceParticipants = pgTable(
  'control_guidance_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    guidanceId: uuid('guidance_id')
      .notNull()
      .references(() => controlGuidance.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text('email'),
    invitedAt: ts('invited_at'),
    attended: boolean('attended'),
    attendeeName: text('attendee_name'),
    surveyToken: text('survey_token').notNull(),
    surveyScore: integer('survey_score'),
    surveyComment: text('survey_comment'),
    surveyAnsweredAt: ts('survey_answered_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('control_guidance_participants_company').on(t.guidanceId, t.companyId),
    uniqueIndex('control_guidance_participants_token').on(t.surveyToken),
    index('control_guidance_participants_by_company').on(t.companyId),
  ],
);

/**
 * A consultation ticket (issue 11 item 3): a business's question on LKPM filing to the helpdesk
 * (`helpdesk`, SOP 067/008) or its request for a virtual consultation on an investment problem
 * (`virtual`, Kolosal, SOP 067/007), opened on the portal or recorded by staff from a call or a
 * visit. It names a registry company (by NIB) and the company's last LKPM report at the time;
 * status runs `received` → `scheduled` (virtual: date, time and meeting link) → `done` (outcome
 * and minutes, Berita Acara/notulen), or `closed` with a reason; each ticket drives its SOP's case.
 */
export const controlConsultations = pgTable(
  'control_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** `KON-2026-00012` (virtual) or `HLP-2026-00012` (helpdesk), gap-free per agency, kind and year. */
    number: text('number').notNull(),
    /** `helpdesk` (SOP 067/008) or `virtual` (SOP 067/007). */
    kind: text('kind').notNull(),
    /** `received`, `scheduled`, `done`, `closed`. */
    status: text('status').notNull(),
    /** `portal`, `phone`, `walk_in`, `email`. */
    channel: text('channel').notNull(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** The company's last LKPM report when the ticket was opened (none when it never filed). */
    lkpmReportId: uuid('lkpm_report_id').references(() => lkpmReports.id, { onDelete: 'set null' }),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    topic: text('topic').notNull(),
    question: text('question').notNull(),
    /** The business's language: its emails are written in it. */
    language: text('language').notNull().default('id'),
    /** The time the business asked for (virtual), on a working day within office hours. */
    preferredAt: ts('preferred_at'),
    scheduledAt: ts('scheduled_at'),
    meetingLink: text('meeting_link'),
    scheduleNote: text('schedule_note'),
    outcome: text('outcome'),
    /** Berita Acara / notulen of the consultation. */
    minutes: text('minutes'),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id),
    closedReason: text('closed_reason'),
    closedAt: ts('closed_at'),
    caseId: uuid('case_id').references(() => cases.id),
    receivedAt: ts('received_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('control_consultations_number').on(t.agencyId, t.number),
    index('control_consultations_agency_status').on(t.agencyId, t.status, t.receivedAt),
    index('control_consultations_company').on(t.companyId, t.receivedAt),
    index('control_consultations_case').on(t.caseId),
  ],
);

/**
 * A monitoring round (issue 11 item 5): monitoring of investment implementation (`investment`,
 * SOP 067/001) or of the licensing service process (`licensing`, SOP 067/005) over a period, of
 * the registry companies its scope chose (filters kept as chosen), running its SOP's case;
 * `open` while results are recorded, `reported` once its report is written.
 */
export const monitoringRounds = pgTable(
  'monitoring_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** `investment` (SOP 067/001) or `licensing` (SOP 067/005). */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The registry filters that chose the companies: regency, risk level, PMA/PMDN, scale, KBLI prefix. */
    scope: jsonb('scope').notNull(),
    /** `open`, `reported`. */
    status: text('status').notNull().default('open'),
    report: text('report'),
    reportedAt: ts('reported_at'),
    reportedBy: uuid('reported_by').references(() => users.id),
    caseId: uuid('case_id').references(() => cases.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('monitoring_rounds_agency').on(t.agencyId, t.createdAt)],
);

/**
 * One company's result in a monitoring round: its status notes, the problems it faces and the
 * follow-up (`none`, `guidance`, `supervision`); empty until recorded.
 */
export const monitoringResults = pgTable(
  'monitoring_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    statusNote: text('status_note'),
    problems: text('problems'),
    /** `none`, `guidance`, `supervision`; null until recorded. */
    followUp: text('follow_up'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at'),
  },
  (t) => [
    uniqueIndex('monitoring_results_round_company').on(t.roundId, t.companyId),
    index('monitoring_results_company').on(t.companyId),
  ],
);
