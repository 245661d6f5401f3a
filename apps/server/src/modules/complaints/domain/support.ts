import { createHash } from 'node:crypto';
import {
  COMPLAINT_FILE_MAX_BYTES,
  COMPLAINT_FILES_MAX,
  OFFICE_PAGES,
  pagePath,
  type TComplaintChannel,
  type TComplaintType,
  type TLang,
} from '@sigap/contracts';
import {
  type CaseState,
  COMPLAINT_SOP_KEY,
  COMPLAINT_TYPES,
  COMPLAINT_WORKING_GROUP_STEPS,
  type EngineActor,
  type EngineResult,
  formatDateTime,
  openTasks,
  SOP_BOX_KIND_VALUE,
  SOP_CHANNEL_VALUE,
  SOP_TYPE_VALUE,
  type WorkingCalendar,
} from '@sigap/core';
import type { z } from 'zod';
import { findCaseForUpdate } from '../../../platform/db/repositories/cases';
import { insertFile } from '../../../platform/db/repositories/documents';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { holdersInUnits, listPositions } from '../../../platform/db/repositories/org';
import { AppError, invalidField } from '../../../platform/lib/errors';
import { cleanFilename, sniffComplaintFileType } from '../../../platform/lib/file-type';
import { localDate } from '../../../platform/lib/local-date';
import { fieldIssue } from '../../../platform/lib/validation';
import { applyOrThrow, persistResult, roleUnitsFor } from '../../../platform/use-cases/cases/support';
import type { Db } from '../../../platform/use-cases/context';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { getDefinition, latestDefinitions } from '../../../platform/use-cases/sops/definitions';
import {
  type ComplaintRow,
  insertAttachment,
  insertUpdate,
  type ReporterRow,
} from '../repository/complaints';

/** One uploaded file part as a route hands it over. */
export interface UploadedFile {
  field: string;
  filename: string;
  bytes: Buffer;
  truncated: boolean;
}

export interface ComplaintSettings {
  otherTypeWorkingDays: number;
  mailbox: string | null;
  surveyUrl: string | null;
}

/** The agency's complaint settings (`agencies.settings.complaints`), with the defaults. */
export function complaintSettings(agency: AgencyRow): ComplaintSettings {
  const s = ((agency.settings ?? {}) as { complaints?: Partial<ComplaintSettings> }).complaints ?? {};
  return {
    otherTypeWorkingDays: s.otherTypeWorkingDays ?? 10,
    mailbox: s.mailbox ?? null,
    surveyUrl: s.surveyUrl ?? null,
  };
}

/** The unit of the complaint team: the one holding the complaint officer's position (else the chair's). */
export async function complaintTeamUnit(db: Db, agencyId: string): Promise<string | null> {
  const positions = await listPositions(db, agencyId);
  const officer = positions.find((p) => (p.roles as string[]).includes('complaint_officer'));
  const chair = positions.find((p) => (p.roles as string[]).includes('complaint_wg_chair'));
  return officer?.unitId ?? chair?.unitId ?? null;
}

export interface CheckedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Checks the attachments of one submission: only the `attachments` field, at most five, each
 * at most 10 MB and really a PDF, JPEG, PNG or DOCX judged by its content. Problems name the
 * file (`attachments[2]`) and are pushed to `issues`.
 */
export function checkAttachments(files: UploadedFile[], issues: z.core.$ZodIssue[]): CheckedFile[] {
  const out: CheckedFile[] = [];
  for (const extra of files.filter((f) => f.field !== 'attachments'))
    issues.push(fieldIssue(extra.field, 'unknown_field'));
  const parts = files.filter((f) => f.field === 'attachments' && (f.bytes.length > 0 || f.filename));
  if (parts.length > COMPLAINT_FILES_MAX)
    issues.push(fieldIssue('attachments', 'too_many', { max: COMPLAINT_FILES_MAX }));
  parts.forEach((f, i) => {
    const field = `attachments[${i}]`;
    if (f.truncated || f.bytes.length > COMPLAINT_FILE_MAX_BYTES)
      issues.push(fieldIssue(field, 'file_too_large'));
    else if (f.bytes.length === 0) issues.push(fieldIssue(field, 'required'));
    else {
      const type = sniffComplaintFileType(f.bytes);
      if (!type) issues.push(fieldIssue(field, 'complaint_file_type'));
      else
        out.push({
          filename: cleanFilename(f.filename, type.ext, 'lampiran'),
          contentType: type.contentType,
          bytes: f.bytes,
        });
    }
  });
  return out.slice(0, COMPLAINT_FILES_MAX);
}

export async function storeAttachments(
  tx: Db,
  opts: {
    agencyId: string;
    complaintId: string;
    files: CheckedFile[];
    source: 'reporter' | 'staff';
    updateId: string | null;
    userId: string | null;
    now: Date;
  },
): Promise<Array<{ id: string; sha256: string; filename: string }>> {
  const stored = [];
  for (const f of opts.files) {
    const sha256 = createHash('sha256').update(f.bytes).digest('hex');
    const file = await insertFile(tx, {
      agencyId: opts.agencyId,
      documentId: null,
      kind: 'complaint_attachment',
      filename: f.filename,
      contentType: f.contentType,
      size: f.bytes.length,
      sha256,
      bytes: f.bytes,
      createdAt: opts.now,
      createdBy: opts.userId,
    });
    await insertAttachment(tx, {
      complaintId: opts.complaintId,
      fileId: file.id,
      updateId: opts.updateId,
      source: opts.source,
      createdAt: opts.now,
    });
    stored.push({ id: file.id, sha256, filename: f.filename });
  }
  return stored;
}

/** A public step on the tracking page. */
export async function addUpdate(
  tx: Db,
  opts: {
    complaintId: string;
    kind: string;
    at: Date;
    text?: string | null;
    byReporter?: boolean;
    public?: boolean;
  },
) {
  return insertUpdate(tx, {
    complaintId: opts.complaintId,
    kind: opts.kind,
    occurredAt: opts.at,
    text: opts.text ?? null,
    byReporter: opts.byReporter ?? false,
    public: opts.public ?? true,
  });
}

/** The engine actor for intake without a logged-in officer (portal, inbound email). */
export const SYSTEM_ACTOR: EngineActor = { userId: 'system', roles: [], unitIds: [], system: true };

/**
 * The complaint SOP's step-1 form from the complaint. The reporter's identity is NOT copied
 * into the case (whose viewers are wider than the complaint team): the name field carries a
 * pointer to the complaint instead.
 */
export function intakeForm(c: ComplaintRow, timeZone: string): Record<string, unknown> {
  const local = formatDateTime(c.receivedAt, timeZone, 'id');
  return {
    channel: SOP_CHANNEL_VALUE[c.channel as TComplaintChannel],
    complaintType: c.type ? SOP_TYPE_VALUE[c.type as TComplaintType] : SOP_TYPE_VALUE.f,
    ...(c.boxKind ? { boxCategory: SOP_BOX_KIND_VALUE[c.boxKind as keyof typeof SOP_BOX_KIND_VALUE] } : {}),
    reporterName: `Identitas pada pengaduan ${c.trackingNumber} (rahasia)`,
    receivedDate: localDate(c.receivedAt, timeZone),
    receivedTime: local.slice(-9).trim(),
    ...(c.channelDetails && (c.channelDetails as Record<string, string>).mediaName
      ? {
          mediaName: (c.channelDetails as Record<string, string>).mediaName,
          publicationDate: (c.channelDetails as Record<string, string>).publicationDate,
        }
      : {}),
    subject: c.subject,
    description: c.description,
  };
}

/** Fixed deadlines of the complaint SOP's steps from the Perka 12/2015 limits. */
export function complaintStepDues(c: Pick<ComplaintRow, 'firstResponseDue' | 'answerDue'>) {
  const steps: Record<string, Date> = {};
  if (c.firstResponseDue) {
    steps.s1 = c.firstResponseDue;
    steps.s3 = c.firstResponseDue;
  }
  if (c.answerDue) for (const s of COMPLAINT_WORKING_GROUP_STEPS) steps[s] = c.answerDue;
  return { case: c.answerDue, steps };
}

/** The complaint's case steps still open (the complaint SOP is sequential: usually one). */
export function openSteps(state: CaseState | null): string[] {
  return state ? openTasks(state).map((t) => t.stepId) : [];
}

/**
 * Completes the given steps of the complaint's case in order, as one engine run written once
 * (state, tasks, events) in the caller's transaction. A step that is not open answers 409.
 */
export async function advanceComplaintCase(
  tx: Db,
  opts: {
    complaint: ComplaintRow;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: EngineActor;
    actorUserId: string | null;
    now: Date;
    steps: Array<{ stepId: string; form?: Record<string, unknown>; decision?: 'yes' | 'no' }>;
  },
): Promise<CaseState> {
  if (!opts.complaint.caseId) throw new AppError('CONFLICT', { detail: 'the complaint has no case' });
  const row = await findCaseForUpdate(tx, opts.complaint.caseId);
  if (!row) throw new AppError('CONFLICT', { detail: 'the complaint has no case' });
  const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw new AppError('INTERNAL');
  const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
  const ctx = { now: opts.now, calendar: opts.calendar, roleUnits };
  let state = row.state as CaseState;
  const events: EngineResult['events'] = [];
  for (const step of opts.steps) {
    const task = openTasks(state).find((t) => t.stepId === step.stepId);
    if (!task) throw invalidField('type', 'wrong_step');
    const result = applyOrThrow(
      def,
      state,
      {
        type: 'complete',
        taskId: task.id,
        form: step.form ?? {},
        ...(step.decision ? { decision: step.decision } : {}),
      },
      opts.actor,
      ctx,
    );
    state = result.state;
    events.push(...result.events);
  }
  await persistResult(tx, {
    caseRow: row,
    result: { state, events },
    calendar: opts.calendar,
    actorUserId: opts.actorUserId,
    now: opts.now,
  });
  // new work: whoever holds the next step's lane (or its assignee) is told, in-app and by email
  const before = new Set((row.state as CaseState).tasks.map((t) => t.id));
  const today = localDate(opts.now, opts.agency.timeZone);
  for (const task of openTasks(state).filter((t) => !before.has(t.id))) {
    const step = def.steps.find((x) => x.id === task.stepId);
    const holders = task.assigneeUserId
      ? [task.assigneeUserId]
      : task.unitId
        ? (await holdersInUnits(tx, row.agencyId, [task.unitId], today))
            .filter((h) => (h.roles as string[]).includes(task.role))
            .map((h) => h.userId)
        : [];
    for (const userId of new Set(holders)) {
      if (userId === opts.actorUserId) continue;
      await notifyStaff(tx, {
        agencyId: row.agencyId,
        userId,
        kind: 'complaint.task',
        title: `Pengaduan ${opts.complaint.trackingNumber}: langkah ${step?.no ?? task.stepId} menunggu Anda`,
        body: `${step?.activity.id ?? ''}\n\n${opts.complaint.subject}`,
        link: pagePath(OFFICE_PAGES.complaint, { id: opts.complaint.id }),
        dedupeKey: `complaint-task:${row.id}:${task.id}`,
        createdAt: opts.now,
      });
    }
  }
  return state;
}

/** Key of the complaint SOP (shipped for every agency). */
export async function complaintDefinition(db: Db, agencyId: string) {
  const found = (await latestDefinitions(db, agencyId)).find((d) => d.def.key === COMPLAINT_SOP_KEY);
  if (!found) throw new AppError('INTERNAL');
  return found.def;
}

/** In-app and email notices to the holders of `roles` in the complaint team's unit. */
export async function notifyTeam(
  tx: Db,
  opts: {
    agency: AgencyRow;
    unitId: string | null;
    roles: string[];
    complaint: Pick<ComplaintRow, 'id' | 'trackingNumber' | 'subject'>;
    kind: string;
    title: string;
    body: string;
    now: Date;
    exceptUserId?: string | null;
  },
): Promise<void> {
  if (!opts.unitId) return;
  const today = localDate(opts.now, opts.agency.timeZone);
  const holders = await holdersInUnits(tx, opts.agency.id, [opts.unitId], today);
  const userIds = new Set(
    holders
      .filter(
        (h) => (h.roles as string[]).some((r) => opts.roles.includes(r)) && h.userId !== opts.exceptUserId,
      )
      .map((h) => h.userId),
  );
  for (const userId of userIds) {
    await notifyStaff(tx, {
      agencyId: opts.agency.id,
      userId,
      kind: opts.kind,
      title: opts.title,
      body: opts.body,
      link: pagePath(OFFICE_PAGES.complaint, { id: opts.complaint.id }),
      dedupeKey: `complaint:${opts.complaint.id}:${opts.kind}`,
      createdAt: opts.now,
    });
  }
}

export function typeLabel(type: string | null, lang: TLang): string {
  return type ? `(${type}) ${COMPLAINT_TYPES[type as TComplaintType][lang]}` : '-';
}

export type { ReporterRow };
