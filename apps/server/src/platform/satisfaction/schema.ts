import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, units } from '../db/schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Satisfaction survey invitations (PermenPANRB 14/2017): one per finished record of a module (an
 * answered complaint, a finished service request), made in the record's transaction. The token
 * is the link the user gets (email, tracking page, QR code on the receipt or final letter).
 * `answered` is all an invitation knows of its answer: enough to refuse a second one, and
 * nothing that leads to the response row.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The module's record type and id (`complaint`, its id): one invitation per record. */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The service surveyed (`pengaduan-masyarakat` …), from `SURVEY_SERVICE_CODES`. */
    serviceKey: text('service_key').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    token: text('token').notNull(),
    createdAt: ts('created_at').notNull(),
    answered: boolean('answered').notNull().default(false),
  },
  (t) => [
    uniqueIndex('survey_invitations_record').on(t.recordType, t.recordId),
    uniqueIndex('survey_invitations_token').on(t.token),
    index('survey_invitations_service').on(t.agencyId, t.serviceKey, t.createdAt),
  ],
);

/**
 * The answers, anonymous: agency, service and unit (what the IKM is reported by), the nine
 * answers U1-U9 on the 1-4 scale, the optional profile and suggestion. No invitation, record,
 * person or contact.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    serviceKey: text('service_key').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    answeredAt: ts('answered_at').notNull(),
    u1: smallint('u1').notNull(),
    u2: smallint('u2').notNull(),
    u3: smallint('u3').notNull(),
    u4: smallint('u4').notNull(),
    u5: smallint('u5').notNull(),
    u6: smallint('u6').notNull(),
    u7: smallint('u7').notNull(),
    u8: smallint('u8').notNull(),
    u9: smallint('u9').notNull(),
    gender: text('gender'),
    ageBand: text('age_band'),
    education: text('education'),
    occupation: text('occupation'),
    suggestion: text('suggestion'),
  },
  (t) => [
    index('survey_responses_service').on(t.agencyId, t.serviceKey, t.answeredAt),
    check(
      'survey_responses_scale',
      sql`least(${t.u1}, ${t.u2}, ${t.u3}, ${t.u4}, ${t.u5}, ${t.u6}, ${t.u7}, ${t.u8}, ${t.u9}) >= 1 and greatest(${t.u1}, ${t.u2}, ${t.u3}, ${t.u4}, ${t.u5}, ${t.u6}, ${t.u7}, ${t.u8}, ${t.u9}) <= 4`,
    ),
  ],
);
