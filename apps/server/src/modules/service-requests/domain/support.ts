import { OFFICE_PAGES, PORTAL_PAGES, pagePath } from '@sigap/contracts';
import { COMPLAINT_FILE_MAX_BYTES } from '@sigap/contracts/complaints';
import { FACILITATION_ITEMS, ONE_ON_ONE_ITEMS, type TServiceKey } from '@sigap/contracts/service-requests';
import {
  type CaseState,
  type EngineActor,
  type EngineEvent,
  FACILITATION_SOP_KEY,
  ONE_ON_ONE_SOP_KEY,
  type WorkingCalendar,
} from '@sigap/core';
import type { z } from 'zod';
import { findCaseForUpdate } from '../../../platform/db/repositories/cases';
import {
  type AgencyRow,
  findUnitByCode,
  listPositions,
  listUnits,
} from '../../../platform/db/repositories/org';
import { advanceRecordCase, type StepCompletion } from '../../../platform/kernel/advance-case';
import {
  type CheckedFile,
  checkUploads,
  storeFiles,
  type UploadedFile,
  type UploadRules,
} from '../../../platform/kernel/attachments';
import { addPublicUpdate } from '../../../platform/kernel/timeline';
import { AppError } from '../../../platform/lib/errors';
import { sniffComplaintFileType } from '../../../platform/lib/file-type';
import { fieldIssue } from '../../../platform/lib/validation';
import { applyOrThrow, persistResult, roleUnitsFor } from '../../../platform/use-cases/cases/support';
import type { Db } from '../../../platform/use-cases/context';
import { getDefinition, latestDefinitions } from '../../../platform/use-cases/sops/definitions';
import { insertRequestFile, type ServiceRequestRow } from '../repository/service-requests';

export type { CheckedFile, UploadedFile } from '../../../platform/kernel/attachments';

/** The record type of a service request in the platform's public timeline (`record_updates`). */
export const SERVICE_REQUEST_RECORD = 'service_request';

/** The SOP each service drives. */
export const SOP_OF_SERVICE: Record<TServiceKey, string> = {
  'pertemuan-one-on-one': ONE_ON_ONE_SOP_KEY,
  'fasilitasi-kendala-teknis': FACILITATION_SOP_KEY,
};

/** The unit whose lanes a service's case resolves from when the agency sets none (the seeds' deputies). */
const DEFAULT_UNIT_CODE: Record<TServiceKey, string> = {
  'pertemuan-one-on-one': 'DEP-PROMOSI',
  'fasilitasi-kendala-teknis': 'DEP-TI',
};

/** The engine actor for what the module does without a logged-in officer (portal, pause, resume). */
export const SYSTEM_ACTOR: EngineActor = { userId: 'system', roles: [], unitIds: [], system: true };

/**
 * The unit a service's case belongs to: the agency's setting
 * (`settings.serviceRequests.<service>.unitCode`), else the seeds' deputy unit, else the unit of
 * a deputy's position, else the agency's top unit.
 */
export async function serviceUnit(db: Db, agency: AgencyRow, service: TServiceKey): Promise<string> {
  const s = ((agency.settings ?? {}) as { serviceRequests?: Record<string, { unitCode?: string }> })
    .serviceRequests?.[service];
  const byCode = await findUnitByCode(db, agency.id, s?.unitCode ?? DEFAULT_UNIT_CODE[service]);
  if (byCode) return byCode.id;
  const deputy = (await listPositions(db, agency.id)).find((p) => (p.roles as string[]).includes('deputi'));
  if (deputy) return deputy.unitId;
  const top = (await listUnits(db, agency.id)).find((u) => !u.parentId);
  if (!top) throw new AppError('INTERNAL');
  return top.id;
}

/** The latest definition of the service's SOP for the agency. */
export async function serviceDefinition(db: Db, agencyId: string, service: TServiceKey) {
  const key = SOP_OF_SERVICE[service];
  const found = (await latestDefinitions(db, agencyId)).find((d) => d.def.key === key);
  if (!found) throw new AppError('INTERNAL');
  return found.def;
}

const rules = (field: string): UploadRules => ({
  field,
  max: 5,
  maxBytes: COMPLAINT_FILE_MAX_BYTES,
  sniff: sniffComplaintFileType,
  typeRule: 'complaint_file_type',
  fallbackName: field === 'attachments' ? 'data-dukung' : 'bukti-konsultasi',
});

/**
 * Checks the files of a public request: `attachments` (supporting data, seed 000 d / seed 001)
 * and, for a facilitation, `consultationProof`. Each problem names the file and is pushed to
 * `issues`; any other file field is refused as unknown.
 */
export function checkRequestFiles(
  files: UploadedFile[],
  issues: z.core.$ZodIssue[],
  withProof: boolean,
): { supporting: CheckedFile[]; proof: CheckedFile[] } {
  const known = withProof ? ['attachments', 'consultationProof'] : ['attachments'];
  for (const f of files.filter((x) => !known.includes(x.field)))
    issues.push(fieldIssue(f.field, 'unknown_field'));
  const supporting = checkUploads(
    files.filter((f) => f.field === 'attachments'),
    issues,
    rules('attachments'),
  );
  const proof = withProof
    ? checkUploads(
        files.filter((f) => f.field === 'consultationProof'),
        issues,
        rules('consultationProof'),
      )
    : [];
  return { supporting, proof };
}

/** Stores the files and links them to the request with their role. */
export async function storeRequestFiles(
  tx: Db,
  opts: {
    agencyId: string;
    requestId: string;
    files: CheckedFile[];
    role: string;
    userId: string | null;
    now: Date;
  },
): Promise<Array<{ id: string; sha256: string }>> {
  const stored = await storeFiles(tx, {
    agencyId: opts.agencyId,
    kind: 'service_request_attachment',
    files: opts.files,
    userId: opts.userId,
    now: opts.now,
  });
  for (const f of stored)
    await insertRequestFile(tx, {
      requestId: opts.requestId,
      fileId: f.id,
      role: opts.role,
      createdAt: opts.now,
    });
  return stored;
}

/** A step of the request's public timeline (kernel), in the caller's transaction. */
export function addUpdate(tx: Db, opts: { requestId: string; kind: string; at: Date; text?: string | null }) {
  return addPublicUpdate(tx, {
    recordType: SERVICE_REQUEST_RECORD,
    recordId: opts.requestId,
    kind: opts.kind,
    at: opts.at,
    text: opts.text ?? null,
  });
}

/** The values a request's completeness is judged on (record columns and details). */
export type RequestValues = Record<string, string | boolean | null | undefined>;

/**
 * The required contents still missing, as item keys: one-on-one a-e (seed 000 Persyaratan 3),
 * facilitation chronology, consultation, supporting data, identity, WhatsApp, email, date
 * (seed 001). The consultation is there with a reference number or an uploaded proof; the
 * supporting data with an upload or the officer's mark that it came with the letter.
 */
export function missingItemsOf(
  service: TServiceKey,
  v: RequestValues,
  files: { supporting: boolean; proof: boolean },
) {
  const has1 = (x: unknown) => (typeof x === 'string' ? x.trim() !== '' : x != null && x !== false);
  const has = (k: string): boolean => {
    if (k === 'attachments') return files.supporting || v.supportingDataReceived === true;
    if (k === 'consultationReference') return !!v.consultationReference || files.proof;
    // the office records the applicant's WhatsApp number as the contact number
    if (k === 'whatsapp') return has1(v.whatsapp) || has1(v.contactPhone);
    return has1(v[k]);
  };
  const items: Record<string, readonly string[]> =
    service === 'pertemuan-one-on-one' ? ONE_ON_ONE_ITEMS : FACILITATION_ITEMS;
  const missing = Object.entries(items)
    .filter(([, fields]) => fields.some((f) => !has(f)))
    .map(([item]) => item);
  if (
    service === 'fasilitasi-kendala-teknis' &&
    v.regularUnitsFailed !== true &&
    !missing.includes('consultation')
  )
    missing.push('consultation');
  return missing;
}

/** Completes named steps of the request's case through the kernel; the next holders are told. */
export function advanceServiceCase(
  tx: Db,
  opts: {
    request: ServiceRequestRow;
    agency: AgencyRow;
    calendar: WorkingCalendar;
    actor: EngineActor;
    actorUserId: string | null;
    now: Date;
    steps: StepCompletion[];
  },
): Promise<CaseState> {
  const r = opts.request;
  return advanceRecordCase(tx, {
    caseId: r.caseId,
    agency: opts.agency,
    calendar: opts.calendar,
    actor: opts.actor,
    actorUserId: opts.actorUserId,
    now: opts.now,
    steps: opts.steps,
    notice: {
      kind: 'service_request.task',
      title: (step) => `Permohonan layanan ${r.number}: langkah ${step.no} menunggu Anda`,
      body: (step) => `${step.activity}\n\n${r.applicantName ?? ''}`,
      link: pagePath(OFFICE_PAGES.serviceRequest, { id: r.id }),
      dedupePrefix: `service-request-task:${r.caseId}`,
    },
  });
}

/**
 * Runs one engine action on the request's case that is not a step completion (pause, resume),
 * after an optional change of its fixed deadlines, and writes it in the caller's transaction.
 * `dues` replaces the fixed deadlines (the open tasks of those steps and the case take them).
 */
export async function changeServiceCase(
  tx: Db,
  opts: {
    caseId: string | null;
    calendar: WorkingCalendar;
    action:
      | { type: 'pause'; reason: string }
      | { type: 'resume' }
      | { type: 'cancel'; reason: string }
      | null;
    dues?: { case: Date | null; steps: string[] } | null;
    actorUserId: string | null;
    now: Date;
  },
): Promise<CaseState> {
  if (!opts.caseId) throw new AppError('CONFLICT', { detail: 'the request has no case' });
  const row = await findCaseForUpdate(tx, opts.caseId);
  if (!row) throw new AppError('CONFLICT', { detail: 'the request has no case' });
  const def = await getDefinition(tx, row.agencyId, row.definitionKey, row.definitionVersion);
  if (!def) throw new AppError('INTERNAL');
  let state = structuredClone(row.state as CaseState);
  const events: EngineEvent[] = [];
  if (opts.dues) {
    // no fixed case deadline: the case runs against its event (the meeting), if any
    const due = opts.dues.case ? opts.dues.case.toISOString() : null;
    state.fixedDues = {
      case: due,
      steps: {
        ...(state.fixedDues?.steps ?? {}),
        ...(due ? Object.fromEntries(opts.dues.steps.map((s) => [s, due])) : {}),
      },
    };
    if (due)
      for (const t of state.tasks.filter(
        (x) => x.status === 'ready' && opts.dues?.steps.includes(x.stepId),
      )) {
        t.dueAt = due;
        events.push({ type: 'task.due_changed', taskId: t.id, stepId: t.stepId, data: { dueAt: due } });
      }
    const caseDue = due ?? state.eventAt ?? null;
    if (state.dueAt !== caseDue && !state.pauses.some((p) => p.end === null)) {
      state.dueAt = caseDue;
      events.push({ type: 'case.due_changed', data: { dueAt: caseDue } });
    }
  }
  if (opts.action) {
    const roleUnits = await roleUnitsFor(tx, row.agencyId, row.unitId, def);
    const result = applyOrThrow(def, state, opts.action, SYSTEM_ACTOR, {
      now: opts.now,
      calendar: opts.calendar,
      roleUnits,
    });
    state = result.state;
    events.push(...result.events);
  }
  if (events.length > 0)
    await persistResult(tx, {
      caseRow: row,
      result: { state, events },
      calendar: opts.calendar,
      actorUserId: opts.actorUserId,
      now: opts.now,
    });
  return state;
}

/** The tracking page's address for a request's public code. */
export const trackingUrlOf = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/+$/, '')}${pagePath(PORTAL_PAGES.track, {}, { kode: code })}`;
