import {
  CONSULTATION_MINUTES,
  type TConsultationChannel,
  type TConsultationKind,
} from '@sigap/contracts/investment-control';
import {
  fromLocal,
  HELPDESK_STEP,
  isWorkingDay,
  isWorkingTime,
  VIRTUAL_CONSULTATION_STEP,
  type WorkingCalendar,
} from '@sigap/core';
import { z } from 'zod';
import { nextCounter } from '../../../platform/db/repositories/cases';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { localDate } from '../../../platform/lib/local-date';
import { fieldIssue } from '../../../platform/lib/validation';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import { type ConsultationRow, insertConsultation, lastFiledLkpm } from '../repository/consultations';
import { findCompanyByNib } from '../repository/registry';
import { advanceConsultationCase, recordConsultationEvent, startConsultationCase } from './consultation-case';
import { mailConsultationContact } from './consultation-mail';

/**
 * Checks a consultation time entered as an office-local date and time: a working day on the
 * agency's calendar (`not_working_day` on the date), the whole hour inside office hours
 * (`outside_office_hours` on the time) and later than now (`consultation_time_past`). Answers
 * the instant, or the issues naming the fields.
 */
export function checkConsultationTime(
  calendar: WorkingCalendar,
  timeZone: string,
  now: Date,
  at: { date: string; time: string },
  fields: { date: string; time: string },
): { ok: true; at: Date } | { ok: false; issues: z.core.$ZodIssue[] } {
  if (!isWorkingDay(calendar, at.date))
    return { ok: false, issues: [fieldIssue(fields.date, 'not_working_day')] };
  const start = fromLocal(at.date, at.time, timeZone);
  const lastMinute = new Date(start.getTime() + (CONSULTATION_MINUTES - 1) * 60_000);
  if (!isWorkingTime(calendar, start) || !isWorkingTime(calendar, lastMinute))
    return {
      ok: false,
      issues: [fieldIssue(fields.time, 'outside_office_hours', { minutes: CONSULTATION_MINUTES })],
    };
  if (start.getTime() <= now.getTime())
    return { ok: false, issues: [fieldIssue(fields.time, 'consultation_time_past')] };
  return { ok: true, at: start };
}

/** The intake step's note: the company found in the registry and the channel. */
export const collectNote = (t: { channel: string }, company: { name: string; nib: string }) =>
  `${company.name} (NIB ${company.nib}), ${t.channel}`;

export interface NewConsultation {
  kind: TConsultationKind;
  channel: TConsultationChannel;
  nib: string;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string;
  topic: string;
  question: string;
  preferredDate?: string | undefined;
  preferredTime?: string | undefined;
  language: 'id' | 'en';
}

/**
 * Checks what only the agency can know: the company by NIB in its registry (`nib`:
 * `consultation_unknown_nib`) and, for a virtual consultation, the preferred time (required,
 * on the working calendar). Throws the issues together.
 */
export async function checkNewConsultation(
  db: Db,
  opts: { agency: AgencyRow; calendar: WorkingCalendar; input: NewConsultation; now: Date },
) {
  const { input } = opts;
  const issues: z.core.$ZodIssue[] = [];
  const company = await findCompanyByNib(db, opts.agency.id, input.nib);
  if (!company) issues.push(fieldIssue('nib', 'consultation_unknown_nib'));
  let preferredAt: Date | null = null;
  if (input.kind === 'virtual') {
    if (!input.preferredDate) issues.push(fieldIssue('preferredDate', 'required'));
    if (!input.preferredTime) issues.push(fieldIssue('preferredTime', 'required'));
    if (input.preferredDate && input.preferredTime) {
      const check = checkConsultationTime(
        opts.calendar,
        opts.agency.timeZone,
        opts.now,
        { date: input.preferredDate, time: input.preferredTime },
        { date: 'preferredDate', time: 'preferredTime' },
      );
      if (check.ok) preferredAt = check.at;
      else issues.push(...check.issues);
    }
  }
  if (issues.length > 0 || !company) throw new z.ZodError(issues);
  return { company, preferredAt };
}

/**
 * Records a checked ticket in the caller's transaction: its number (`HLP-…` helpdesk,
 * `KON-…` virtual consultation, gap-free per agency, kind and year), the company's last LKPM,
 * the SOP's case with the intake step done (the company's data, from the registry), the event
 * and the acknowledgement email. Whoever holds the next step is told.
 */
export async function recordNewConsultation(
  tx: Db,
  opts: {
    agency: AgencyRow;
    calendar: WorkingCalendar;
    input: NewConsultation;
    company: { id: string; name: string; nib: string };
    preferredAt: Date | null;
    actor: SessionActor | null;
    now: Date;
  },
): Promise<ConsultationRow> {
  const { agency, input, now, company } = opts;
  const year = Number(localDate(now, agency.timeZone).slice(0, 4));
  const prefix = input.kind === 'helpdesk' ? 'HLP' : 'KON';
  const seq = await nextCounter(tx, agency.id, `consultation_${input.kind}`, year);
  const lkpm = await lastFiledLkpm(tx, company.id);
  const ticket = await insertConsultation(tx, {
    agencyId: agency.id,
    number: `${prefix}-${year}-${String(seq).padStart(5, '0')}`,
    kind: input.kind,
    status: 'received',
    channel: input.channel,
    companyId: company.id,
    lkpmReportId: lkpm?.id ?? null,
    contactName: input.contactName,
    contactEmail: input.contactEmail?.trim().toLowerCase() ?? null,
    contactPhone: input.contactPhone,
    topic: input.topic,
    question: input.question,
    language: input.language,
    preferredAt: opts.preferredAt,
    receivedAt: now,
    createdBy: opts.actor?.userId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const base = { ticket, companyName: company.name, agency, calendar: opts.calendar, actor: opts.actor, now };
  await startConsultationCase(tx, base);
  // staff recording a call collect the company's data as they record it; a portal ticket's
  // intake waits for the helpdesk, whose first action completes it
  if (opts.actor) {
    const collect = input.kind === 'helpdesk' ? HELPDESK_STEP.collect : VIRTUAL_CONSULTATION_STEP.collect;
    await advanceConsultationCase(tx, {
      ...base,
      steps: [{ stepId: collect, form: { note: collectNote(ticket, company) } }],
    });
  }
  await recordConsultationEvent(tx, {
    ticket,
    actor: opts.actor,
    now,
    action: 'received',
    after: {
      kind: input.kind,
      channel: input.channel,
      companyId: company.id,
      lkpmReportId: lkpm?.id ?? null,
    },
  });
  await mailConsultationContact(tx, { ticket, companyName: company.name, agency, kind: 'received', now });
  return ticket;
}
