import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, files, units } from '../../platform/db/schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Service requests from the public (issue 10): a one-on-one meeting request (SK 177/2024, seed
 * 000) or a technical-issue facilitation request (seed 001). Each drives a case of its SOP; the
 * record keeps what the SOP's forms cannot (the applicant, the investment, the dates agreed).
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The unit where the SOP's lanes resolve (the Deputy's unit of the service). */
    unitId: uuid('unit_id').references(() => units.id),
    /** `pertemuan-one-on-one` or `fasilitasi-kendala-teknis`. */
    service: text('service').notNull(),
    /** Register number per agency and year (`LAY-2026-000012`): for staff, and the case's number. */
    number: text('number').notNull(),
    /** The random public code the applicant tracks with (`LAY-7KQ4M-9XPT2`). */
    trackingCode: text('tracking_code').notNull(),
    pinHash: text('pin_hash').notNull(),
    status: text('status').notNull(),
    channel: text('channel').notNull(),
    /** Priority service: disability, elderly, pregnant (seed 001); null for none. */
    priority: text('priority'),
    addressee: text('addressee'),
    applicantName: text('applicant_name'),
    applicantIdentity: text('applicant_identity'),
    applicantEmail: text('applicant_email'),
    /** The personal contact number (seed 000 e) or the WhatsApp number (seed 001). */
    contactPhone: text('contact_phone'),
    companyName: text('company_name'),
    nib: text('nib'),
    language: text('language').notNull().default('id'),
    /** The service's own contents: investment plan and topics, or chronology and consultation. */
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    /** Required contents still missing (item letters or names), while the request is incomplete. */
    missingItems: jsonb('missing_items').notNull().default(sql`'[]'::jsonb`),
    proposedDate: date('proposed_date', { mode: 'string' }),
    agreedDate: date('agreed_date', { mode: 'string' }),
    receivedAt: ts('received_at').notNull(),
    /** The reply's (one-on-one) or the facilitation's due time; null while held incomplete. */
    dueAt: ts('due_at'),
    reply: jsonb('reply'),
    result: jsonb('result'),
    incomingLetterId: uuid('incoming_letter_id'),
    caseId: uuid('case_id'),
    registeredBy: uuid('registered_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('service_requests_number').on(t.agencyId, t.number),
    uniqueIndex('service_requests_tracking_code').on(t.trackingCode),
    index('service_requests_agency_received').on(t.agencyId, t.receivedAt),
    index('service_requests_case').on(t.caseId),
  ],
);

/** Every facilitation date proposed or agreed, in order: rescheduling keeps the history. */
export const serviceRequestSchedules = pgTable(
  'service_request_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    date: date('date', { mode: 'string' }).notNull(),
    reason: text('reason'),
    byUserId: uuid('by_user_id'),
    at: ts('at').notNull(),
  },
  (t) => [index('service_request_schedules_request').on(t.requestId, t.at)],
);

/** Files of a request: supporting data or proof of the earlier consultation. */
export const serviceRequestFiles = pgTable(
  'service_request_files',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    role: text('role').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.fileId] })],
);

/**
 * An email to one of the agency's service-request mailboxes (`settings.serviceRequests.mailboxes`),
 * kept for the administration office to register as a request (channel email) or dismiss with a
 * reason. One row per agency and Message-ID, so relay retries never make two.
 */
export const serviceRequestEmails = pgTable(
  'service_request_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    messageId: text('message_id').notNull(),
    mailbox: text('mailbox').notNull(),
    fromAddress: text('from_address').notNull(),
    fromName: text('from_name'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The sender's Date header, when it had a valid one. */
    sentAt: ts('sent_at'),
    /** When Sigap received it: the request's receipt time if registered. */
    receivedAt: ts('received_at').notNull(),
    /** Names of attachments left out (type or size), for the officer to see. */
    refusedAttachments: jsonb('refused_attachments').notNull().default(sql`'[]'::jsonb`),
    /** `new`, `registered` or `dismissed`. */
    status: text('status').notNull(),
    requestId: uuid('request_id').references(() => serviceRequests.id),
    dismissReason: text('dismiss_reason'),
    handledBy: uuid('handled_by'),
    handledAt: ts('handled_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('service_request_emails_message').on(t.agencyId, t.messageId),
    index('service_request_emails_agency_status').on(t.agencyId, t.status, t.receivedAt),
  ],
);

/** The attachments an inbound email brought (checked like uploads), in their order. */
export const serviceRequestEmailFiles = pgTable(
  'service_request_email_files',
  {
    emailId: uuid('email_id')
      .notNull()
      .references(() => serviceRequestEmails.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.emailId, t.fileId] })],
);
