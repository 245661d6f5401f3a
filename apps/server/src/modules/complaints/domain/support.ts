import { OFFICE_PAGES, pagePath, type TLang } from '@sigap/contracts';
import {
  COMPLAINT_FILE_MAX_BYTES,
  COMPLAINT_FILES_MAX,
  type TComplaintChannel,
  type TComplaintType,
} from '@sigap/contracts/complaints';
import {
  type CaseState,
  COMPLAINT_WORKING_GROUP_STEPS,
  type EngineActor,
  formatDateTime,
  type WorkingCalendar,
} from '@sigap/core';
import {
  COMPLAINT_SOP_KEY,
  COMPLAINT_TYPES,
  SOP_BOX_KIND_VALUE,
  SOP_CHANNEL_VALUE,
  SOP_TYPE_VALUE,
} from '@sigap/core/complaints';
import type { z } from 'zod';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { listPositions } from '../../../platform/db/repositories/org';
import { advanceRecordCase, type StepCompletion } from '../../../platform/kernel/advance-case';
import {
  type CheckedFile,
  checkUploads,
  storeFiles,
  type UploadedFile,
  type UploadRules,
} from '../../../platform/kernel/attachments';
import { notifyRoleHolders } from '../../../platform/kernel/notify-holders';
import { addPublicUpdate } from '../../../platform/kernel/timeline';
import { AppError } from '../../../platform/lib/errors';
import { sniffComplaintFileType } from '../../../platform/lib/file-type';
import { localDate } from '../../../platform/lib/local-date';
import type { Db } from '../../../platform/use-cases/context';
import { latestDefinitions } from '../../../platform/use-cases/sops/definitions';
import { type ComplaintRow, insertAttachment, type ReporterRow } from '../repository/complaints';

export type { CheckedFile, UploadedFile } from '../../../platform/kernel/attachments';

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

/** What one complaint submission may carry: at most five files of 10 MB, PDF, JPEG, PNG or DOCX by content. */
const COMPLAINT_UPLOADS: UploadRules = {
  field: 'attachments',
  max: COMPLAINT_FILES_MAX,
  maxBytes: COMPLAINT_FILE_MAX_BYTES,
  sniff: sniffComplaintFileType,
  typeRule: 'complaint_file_type',
  fallbackName: 'lampiran',
};

/**
 * Checks the attachments of one submission: only the `attachments` field, at most five, each
 * at most 10 MB and really a PDF, JPEG, PNG or DOCX judged by its content. Problems name the
 * file (`attachments[2]`) and are pushed to `issues`.
 */
export function checkAttachments(files: UploadedFile[], issues: z.core.$ZodIssue[]): CheckedFile[] {
  return checkUploads(files, issues, COMPLAINT_UPLOADS);
}

/** Stores the files (kernel file store) and links each to the complaint and the step it came with. */
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
  const stored = await storeFiles(tx, {
    agencyId: opts.agencyId,
    kind: 'complaint_attachment',
    files: opts.files,
    userId: opts.userId,
    now: opts.now,
  });
  for (const file of stored)
    await insertAttachment(tx, {
      complaintId: opts.complaintId,
      fileId: file.id,
      updateId: opts.updateId,
      source: opts.source,
      createdAt: opts.now,
    });
  return stored;
}

/** The record type of a complaint in the platform's public timeline (`record_updates`). */
export const COMPLAINT_RECORD = 'complaint';

/** A step of the complaint's public timeline (kernel), in the caller's transaction. */
export function addUpdate(
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
  return addPublicUpdate(tx, {
    recordType: COMPLAINT_RECORD,
    recordId: opts.complaintId,
    kind: opts.kind,
    at: opts.at,
    text: opts.text ?? null,
    byPublic: opts.byReporter ?? false,
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

/**
 * Completes the given steps of the complaint's case in order through the kernel (one engine run,
 * in the caller's transaction); whoever holds a step that opens is told, with a link to the
 * complaint. A step that is not open answers 400 `type/wrong_step`.
 */
export function advanceComplaintCase(
  tx: Db,
  opts: {
    complaint: ComplaintRow;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: EngineActor;
    actorUserId: string | null;
    now: Date;
    steps: StepCompletion[];
  },
): Promise<CaseState> {
  const c = opts.complaint;
  return advanceRecordCase(tx, {
    caseId: c.caseId,
    agency: opts.agency,
    calendar: opts.calendar,
    actor: opts.actor,
    actorUserId: opts.actorUserId,
    now: opts.now,
    steps: opts.steps,
    notice: {
      kind: 'complaint.task',
      title: (step) => `Pengaduan ${c.trackingNumber}: langkah ${step.no} menunggu Anda`,
      body: (step) => `${step.activity}\n\n${c.subject}`,
      link: pagePath(OFFICE_PAGES.complaint, { id: c.id }),
      dedupePrefix: `complaint-task:${c.caseId}`,
    },
  });
}

/** Key of the complaint SOP (shipped for every agency). */
export async function complaintDefinition(db: Db, agencyId: string) {
  const found = (await latestDefinitions(db, agencyId)).find((d) => d.def.key === COMPLAINT_SOP_KEY);
  if (!found) throw new AppError('INTERNAL');
  return found.def;
}

/** In-app and email notices to the holders of `roles` in the complaint team's unit (kernel). */
export function notifyTeam(
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
  return notifyRoleHolders(tx, {
    agency: opts.agency,
    unitId: opts.unitId,
    roles: opts.roles,
    kind: opts.kind,
    title: opts.title,
    body: opts.body,
    link: pagePath(OFFICE_PAGES.complaint, { id: opts.complaint.id }),
    dedupeKey: `complaint:${opts.complaint.id}:${opts.kind}`,
    now: opts.now,
    exceptUserId: opts.exceptUserId ?? null,
  });
}

export function typeLabel(type: string | null, lang: TLang): string {
  return type ? `(${type}) ${COMPLAINT_TYPES[type as TComplaintType][lang]}` : '-';
}

export type { ReporterRow };
