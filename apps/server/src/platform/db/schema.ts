import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
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

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A tenant: the central ministry or one provincial/district investment office. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  address: text('address').notNull().default(''),
  timeZone: text('time_zone').notNull(),
  letterNumberPattern: text('letter_number_pattern')
    .notNull()
    .default('{classification}/{sequence}/{unit}/{romanMonth}/{year}'),
  /** Office hours per ISO weekday with breaks; null means the Perka 12/2015 complaint-room hours. */
  officeHours: jsonb('office_hours'),
  settings: jsonb('settings').notNull().default(sql`'{}'::jsonb`),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('units_agency_code').on(t.agencyId, t.code), index('units_parent').on(t.parentId)],
);

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    roles: text('roles').array().notNull(),
    isHead: boolean('is_head').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('positions_unit').on(t.unitId)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  nip: text('nip'),
  language: text('language').notNull().default('id'),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** A user holding a position: definitively, or as acting official (Plt/Plh) for a date range. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('assignments_user').on(t.userId), index('assignments_position').on(t.positionId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen database dump does not yield live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Browsers a user has logged in from: the device cookie's random token, stored as its SHA-256.
 * Failed passwords from a known device count against that device alone, so a stranger's
 * failures never slow the user down there (OWASP's device-cookie approach).
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.userId] }), index('known_devices_user').on(t.userId)],
);

/**
 * Failed guesses per key (a tracking code's PIN from one client or from all, a login from one
 * client, one known device or all unknown ones), for the throttle rules of `@sigap/core`. The
 * key is the SHA-256 of its parts, so the table holds no address or email in the clear. Kept
 * here, not in memory, so every server instance sees the same counts.
 */
export const throttles = pgTable(
  'throttles',
  {
    key: text('key').primaryKey(),
    kind: text('kind').notNull(),
    failures: integer('failures').notNull(),
    firstFailureAt: ts('first_failure_at').notNull(),
    lastFailureAt: ts('last_failure_at').notNull(),
    blockedUntil: ts('blocked_until'),
  },
  (t) => [index('throttles_last_failure').on(t.lastFailureAt)],
);

/** National (agency_id null) and regional non-working days. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    source: text('source').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('calendar_days_date').on(t.date),
    uniqueIndex('calendar_days_unique').on(
      sql`coalesce(${t.agencyId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.date,
    ),
  ],
);

/**
 * Append-only event log. Each row is chained to the previous row of the same chain (one
 * chain per agency, 'system' for installation-wide events) by SHA-256, so any later change
 * to a stored row is detectable (`npm run audit:verify`).
 */
export const eventLog = pgTable(
  'event_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    agencyId: uuid('agency_id'),
    occurredAt: ts('occurred_at').notNull(),
    actorUserId: uuid('actor_user_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    caseId: uuid('case_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('event_log_chain_seq').on(t.chain, t.seq),
    index('event_log_entity').on(t.entityType, t.entityId),
    index('event_log_case').on(t.caseId),
  ],
);

/** In-app notices for staff; `dedupeKey` makes background jobs idempotent across restarts and instances. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe').on(t.userId, t.dedupeKey),
    index('notifications_user').on(t.userId),
  ],
);

/**
 * SOP definitions by key and version. The shipped YAML files are synced in at start
 * (agency null); versions an administrator publishes from the import screen belong to that
 * agency. A version never changes once published: running cases keep theirs.
 */
export const sopDefinitions = pgTable(
  'sop_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    origin: text('origin').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('sop_definitions_key_version').on(
      sql`coalesce(${t.agencyId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.key,
      t.version,
    ),
  ],
);

/** One run of one SOP version. `state` is the engine's state; the columns are derived from it for queries. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    number: text('number').notNull(),
    subject: text('subject').notNull(),
    definitionKey: text('definition_key').notNull(),
    definitionVersion: integer('definition_version').notNull(),
    status: text('status').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
    dueAt: ts('due_at'),
    paused: boolean('paused').notNull().default(false),
    state: jsonb('state').notNull(),
    /** Optimistic concurrency: every write bumps it; a stale write is refused. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_agency_number').on(t.agencyId, t.number),
    index('cases_agency_status_started').on(t.agencyId, t.status, t.startedAt),
    index('cases_definition').on(t.agencyId, t.definitionKey),
  ],
);

/** The open and finished tasks of every case, derived from the case state for inboxes and the sweep. */
export const tasks = pgTable(
  'tasks',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    taskId: text('task_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    stepId: text('step_id').notNull(),
    status: text('status').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id'),
    assigneeUserId: uuid('assignee_user_id'),
    readyAt: ts('ready_at').notNull(),
    claimedAt: ts('claimed_at'),
    dueAt: ts('due_at'),
    /** 75% of the standard time has passed from here: the first reminder. */
    remindAt: ts('remind_at'),
    completedAt: ts('completed_at'),
    completedByUserId: uuid('completed_by_user_id'),
    iteration: integer('iteration').notNull().default(0),
    reminded75At: ts('reminded_75_at'),
    reminded100At: ts('reminded_100_at'),
    escalatedToUserId: uuid('escalated_to_user_id'),
    /** When the overdue task was escalated (also when no leader above could be found). */
    escalatedAt: ts('escalated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.taskId] }),
    index('tasks_inbox_assignee').on(t.agencyId, t.status, t.assigneeUserId, t.dueAt),
    index('tasks_inbox_unit').on(t.agencyId, t.status, t.unitId, t.role, t.dueAt),
    index('tasks_sweep_remind').on(t.status, t.remindAt),
    index('tasks_sweep_due').on(t.status, t.dueAt),
    // Open work only (a small, dense part of the table): inbox pages and tab counts answered from the index.
    index('tasks_ready_lane')
      .on(t.agencyId, t.unitId, t.role, t.assigneeUserId, t.dueAt)
      .where(sql`${t.status} = 'ready'`),
    index('tasks_ready_assignee')
      .on(t.assigneeUserId, t.agencyId, t.dueAt, t.role, t.unitId)
      .where(sql`${t.status} = 'ready'`),
    index('tasks_ready_due')
      .on(t.agencyId, t.dueAt, t.unitId, t.assigneeUserId)
      .where(sql`${t.status} = 'ready'`),
  ],
);

export const caseComments = pgTable(
  'case_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('case_comments_case').on(t.caseId)],
);

/** Gap-free per-agency, per-year counters (case numbers; letter registers use their own). */
export const counters = pgTable(
  'counters',
  {
    agencyId: uuid('agency_id').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.name, t.year] })],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Document templates: letterhead, body with placeholders and signature block. Shipped
 * templates have agency null; an agency's administrator edits by publishing its own version.
 */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    titleId: text('title_id').notNull(),
    titleEn: text('title_en').notNull(),
    body: jsonb('body').notNull(),
    status: text('status').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('document_templates_code_version').on(
      sql`coalesce(${t.agencyId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.code,
      t.version,
    ),
  ],
);

/** An official document: its data, its review chain (jsonb), its number once signed, and its archive metadata. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: uuid('case_id').references(() => cases.id),
    taskId: text('task_id'),
    templateCode: text('template_code').notNull(),
    templateVersion: integer('template_version').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    classification: text('classification').notNull(),
    /** The unit whose code appears in the number and whose register the number comes from. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull(),
    data: jsonb('data').notNull(),
    review: jsonb('review').notNull(),
    drafterUserId: uuid('drafter_user_id').notNull(),
    signerUserId: uuid('signer_user_id'),
    letterNumberId: uuid('letter_number_id'),
    number: text('number'),
    signedAt: ts('signed_at'),
    sentAt: ts('sent_at'),
    /** SHA-256 of the signed PDF's exact bytes, printed behind the QR code's verification link. */
    pdfSha256: text('pdf_sha256'),
    retentionYears: integer('retention_years').notNull().default(10),
    recipientEmail: text('recipient_email'),
    /** The rendered text, for full-text search in the archive. */
    bodyText: text('body_text').notNull().default(''),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('indonesian', coalesce(title, '') || ' ' || coalesce(number, '') || ' ' || coalesce(body_text, ''))`,
    ),
    revision: integer('revision').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('documents_agency_status').on(t.agencyId, t.status, t.updatedAt),
    index('documents_case').on(t.caseId),
    index('documents_search').using('gin', t.search),
  ],
);

/** Files: rendered PDFs, signed PDFs, scans of incoming letters, attachments; kept in the database. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    documentId: uuid('document_id'),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('files_document').on(t.documentId)],
);

/**
 * The letter-number register. Sequences are gap-free per agency, unit code, classification and
 * year (taken from `counters` under a row lock in the signing transaction); a cancelled
 * number stays here, marked cancelled.
 */
export const letterNumbers = pgTable(
  'letter_numbers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    unitCode: text('unit_code').notNull(),
    classification: text('classification').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    documentId: uuid('document_id'),
    subject: text('subject').notNull(),
    status: text('status').notNull(),
    issuedAt: ts('issued_at').notNull(),
    issuedBy: uuid('issued_by'),
    cancelledAt: ts('cancelled_at'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    uniqueIndex('letter_numbers_sequence').on(t.agencyId, t.unitCode, t.classification, t.year, t.sequence),
    uniqueIndex('letter_numbers_number').on(t.agencyId, t.number),
  ],
);

/** Letters received by the administration office (agenda book). */
export const incomingLetters = pgTable(
  'incoming_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    agendaNumber: text('agenda_number').notNull(),
    sender: text('sender').notNull(),
    letterNumber: text('letter_number').notNull(),
    letterDate: date('letter_date', { mode: 'string' }).notNull(),
    receivedAt: ts('received_at').notNull(),
    subject: text('subject').notNull(),
    scanFileId: uuid('scan_file_id'),
    caseId: uuid('case_id'),
    registeredBy: uuid('registered_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('incoming_letters_agenda').on(t.agencyId, t.agendaNumber)],
);

/**
 * Outgoing messages (email now; SMS/WhatsApp behind the same table): written in the
 * transaction of the change that causes them and sent by a background job with retries, so a
 * mail-server outage loses nothing.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id'),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    /** [{ fileId, filename }] */
    attachments: jsonb('attachments').notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key'),
    relatedType: text('related_type'),
    relatedId: text('related_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [index('outbox_due').on(t.status, t.nextAttemptAt), uniqueIndex('outbox_dedupe').on(t.dedupeKey)],
);

/**
 * The public timeline of a module's record (a complaint, a service request): the steps its
 * tracking page lists, written by the SOP-record kernel (`platform/kernel/timeline.ts`) in the
 * record's transaction. `record_type` names the module's record; the record's own table holds
 * the agency, so a reader always reaches the timeline through its record.
 */
export const recordUpdates = pgTable(
  'record_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: steps recorded at the same instant keep the order they happened in. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    kind: text('kind').notNull(),
    /** Shown on the public tracking page (false for internal steps such as a unit's input). */
    public: boolean('public').notNull().default(true),
    /** Written by the member of the public the record is about (the reporter, the applicant). */
    byPublic: boolean('by_public').notNull().default(false),
    /** Only text meant for the public: their own addition, the first response, the answer. */
    text: text('text'),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [index('record_updates_record').on(t.recordType, t.recordId, t.occurredAt)],
);
