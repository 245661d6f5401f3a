import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, units } from '../../platform/db/schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Public complaints (Perka BKPM 12/2015). The reporter's identity lives in its own table
 * (`complaint_reporters`) so that only code that has checked `canSeeReporterIdentity` reads it.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The complaint team's unit (where the complaint SOP's lanes resolve). */
    unitId: uuid('unit_id').references(() => units.id),
    /** The register number (`ADU-2026-000123`, sequential across the installation): for staff. */
    trackingNumber: text('tracking_number').notNull(),
    /** The public code the reporter tracks with (`ADU-7KQ4M-9XPT2`, random): see tracking-code.ts. */
    trackingCode: text('tracking_code').notNull(),
    pinHash: text('pin_hash').notNull(),
    status: text('status').notNull(),
    channel: text('channel').notNull(),
    form: text('form').notNull(),
    type: text('type'),
    boxKind: text('box_kind'),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    companyName: text('company_name'),
    nib: text('nib'),
    anonymous: boolean('anonymous').notNull().default(false),
    confidential: boolean('confidential').notNull().default(false),
    language: text('language').notNull().default('id'),
    /** Channel specifics: mediaName, publicationDate, laporNumber, forwardedBy, emailMessageId. */
    channelDetails: jsonb('channel_details').notNull().default(sql`'{}'::jsonb`),
    receivedAt: ts('received_at').notNull(),
    clockStart: ts('clock_start'),
    firstResponseDue: ts('first_response_due'),
    answerDue: ts('answer_due'),
    firstRespondedAt: ts('first_responded_at'),
    firstResponse: text('first_response'),
    answeredAt: ts('answered_at'),
    answer: text('answer'),
    answerChannel: text('answer_channel'),
    answerDocumentId: uuid('answer_document_id'),
    closedAt: ts('closed_at'),
    caseId: uuid('case_id'),
    mergedIntoId: uuid('merged_into_id'),
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('complaints_tracking_number').on(t.trackingNumber),
    uniqueIndex('complaints_tracking_code').on(t.trackingCode),
    index('complaints_agency_received').on(t.agencyId, t.receivedAt),
    index('complaints_agency_status').on(t.agencyId, t.status),
    index('complaints_case').on(t.caseId),
    // the complaint page lists what was merged into a complaint
    index('complaints_merged_into').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
  ],
);

export const complaintReporters = pgTable(
  'complaint_reporters',
  {
    complaintId: uuid('complaint_id')
      .primaryKey()
      .references(() => complaints.id),
    name: text('name'),
    institution: text('institution'),
    address: text('address'),
    gender: text('gender'),
    phone: text('phone'),
    email: text('email'),
    handle: text('handle'),
    /** Normalised email and phone for duplicate matching. */
    contactKeys: text('contact_keys').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [index('complaint_reporters_contact').using('gin', t.contactKeys)],
);

export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    fileId: uuid('file_id').notNull(),
    /** The public step (`record_updates`) the file came with, if any. */
    updateId: uuid('update_id'),
    source: text('source').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('complaint_attachments_complaint').on(t.complaintId)],
);

/** The working group asks a unit for input, with its own deadline. */
export const complaintInputRequests = pgTable(
  'complaint_input_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    question: text('question').notNull(),
    dueAt: ts('due_at').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: ts('requested_at').notNull(),
    status: text('status').notNull().default('open'),
    answer: text('answer'),
    answeredAt: ts('answered_at'),
    answeredBy: uuid('answered_by'),
    reminded: boolean('reminded').notNull().default(false),
  },
  (t) => [
    index('complaint_input_requests_unit').on(t.agencyId, t.unitId, t.status),
    index('complaint_input_requests_complaint').on(t.complaintId),
  ],
);

/** The reporter's identity shown to someone outside the complaint team, with the reason (logged). */
export const complaintIdentityGrants = pgTable(
  'complaint_identity_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
    grantedBy: uuid('granted_by').notNull(),
    grantedAt: ts('granted_at').notNull(),
  },
  (t) => [uniqueIndex('complaint_identity_grants_user').on(t.complaintId, t.userId)],
);

/** Merges of a duplicate into an open complaint; `undoneAt` set when the merge was undone. */
export const complaintMerges = pgTable(
  'complaint_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id').notNull(),
    intoComplaintId: uuid('into_complaint_id').notNull(),
    reason: text('reason').notNull(),
    previousStatus: text('previous_status').notNull(),
    mergedBy: uuid('merged_by').notNull(),
    mergedAt: ts('merged_at').notNull(),
    undoneBy: uuid('undone_by'),
    undoneAt: ts('undone_at'),
    undoReason: text('undo_reason'),
  },
  (t) => [index('complaint_merges_complaint').on(t.complaintId)],
);

/**
 * Weekly recaps, one per agency and week (the Monday job's idempotency). Pasal 10 ayat 2: the
 * working-group chair reports the recap to the head, so the job prepares it (`prepared`) and the
 * chair reviews and sends it with a note (`sent`); rows from before that rule were sent directly.
 */
export const complaintRecaps = pgTable(
  'complaint_recaps',
  {
    agencyId: uuid('agency_id').notNull(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    pdfFileId: uuid('pdf_file_id').notNull(),
    xlsxFileId: uuid('xlsx_file_id').notNull(),
    createdAt: ts('created_at').notNull(),
    /** `prepared` (waiting for the chair) or `sent` (to the head of the agency). */
    status: text('status').notNull().default('sent'),
    sentAt: ts('sent_at'),
    sentBy: uuid('sent_by'),
    /** The chair's note to the head, sent with the recap. */
    note: text('note'),
    /** When the chair was reminded that the recap was not sent by Monday noon. */
    remindedAt: ts('reminded_at'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.weekStart] })],
);
