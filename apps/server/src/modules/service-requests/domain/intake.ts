import { randomBytes } from 'node:crypto';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type {
  TServiceKey,
  TServiceRequestChannel,
  TServiceRequestReceipt,
} from '@sigap/contracts/service-requests';
import {
  FACILITATION_STEP,
  ONE_ON_ONE_STEP,
  startCase as startEngineCase,
  type WorkingCalendar,
} from '@sigap/core';
import { pinFromBytes } from '@sigap/core/complaints';
import {
  facilitationDue,
  replyDue,
  SERVICE_REQUEST_CODE_BYTES,
  serviceRequestCodeFromBytes,
  serviceRequestNumber,
} from '@sigap/core/service-requests';
import { insertCase, nextCounter } from '../../../platform/db/repositories/cases';
import { appendEvent, lockEventChain } from '../../../platform/db/repositories/event-log';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { notifyRoleHolders } from '../../../platform/kernel/notify-holders';
import { localDate } from '../../../platform/lib/local-date';
import { hashPassword } from '../../../platform/use-cases/auth/passwords';
import { engineActorOf, persistResult, roleUnitsFor } from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import {
  findServiceRequestByCode,
  insertSchedule,
  insertServiceRequest,
  type ServiceRequestRow,
  updateServiceRequest,
} from '../repository/service-requests';
import { mailApplicant } from './applicant-mail';
import { SERVICE_NAMES } from './labels';
import {
  addUpdate,
  advanceServiceCase,
  type CheckedFile,
  changeServiceCase,
  SYSTEM_ACTOR,
  serviceDefinition,
  serviceUnit,
  storeRequestFiles,
} from './support';

/** One request as intake hands it over: the record's columns and the service's own contents. */
export interface NewServiceRequest {
  service: TServiceKey;
  channel: TServiceRequestChannel;
  receivedAt: Date;
  language: 'id' | 'en';
  priority: string | null;
  addressee: string | null;
  applicantName: string | null;
  applicantIdentity: string | null;
  applicantEmail: string | null;
  contactPhone: string | null;
  companyName: string | null;
  nib: string | null;
  proposedDate: string | null;
  details: Record<string, string | boolean | null>;
  incomingLetterId: string | null;
  /** Required contents still missing (only staff registration may leave some out). */
  missingItems: string[];
}

/** The fixed deadline of the request (reply or facilitation) and the steps it sits on. */
export function requestDues(
  r: Pick<ServiceRequestRow, 'service' | 'receivedAt' | 'agreedDate' | 'proposedDate'>,
  calendar: WorkingCalendar,
  pauses: Array<{ start: Date; end: Date }> = [],
): { case: Date; steps: string[] } {
  if (r.service === 'pertemuan-one-on-one')
    return { case: replyDue(calendar, r.receivedAt, pauses), steps: [ONE_ON_ONE_STEP.reply] };
  return {
    case: facilitationDue(calendar, r.receivedAt, r.agreedDate ?? r.proposedDate, pauses),
    steps: Object.values(FACILITATION_STEP),
  };
}

/** The facilitation SOP's intake form from the request (its identity is the team's to see). */
export function receiveForm(r: ServiceRequestRow): Record<string, unknown> {
  const d = r.details as Record<string, string | boolean | null>;
  return {
    proofOfConsultation: d.consultationReference || `Bukti pada permohonan ${r.number}`,
    supportingData: `Data dukung pada permohonan ${r.number}`,
    channel: r.channel === 'e_office' ? 'e_office' : r.channel === 'letter' ? 'surat' : 'email_tu_ditspb',
    chronology: d.chronology ?? '',
    applicantIdentity: `Identitas pada permohonan ${r.number}`,
    whatsappNumber: r.contactPhone ?? '',
    personalEmail: r.applicantEmail ?? '',
    proposedDate: r.proposedDate ?? '',
  };
}

async function newCode(tx: Db): Promise<string> {
  for (;;) {
    const code = serviceRequestCodeFromBytes(randomBytes(SERVICE_REQUEST_CODE_BYTES));
    if (!(await findServiceRequestByCode(tx, code))) return code;
  }
}

/**
 * Records a service request in the caller's transaction: register number and public code with
 * its PIN, the applicant and contents, the files, the first public step, the SOP's case with
 * the fixed deadline on the reply (one-on-one) or the facilitation (all steps), the event, the
 * receipt email and the notice to the team. A request with missing contents (staff only) is
 * held incomplete: its case clock paused and the applicant told what is missing.
 */
export async function recordNewServiceRequest(
  tx: Db,
  opts: {
    agency: AgencyRow;
    calendar: WorkingCalendar;
    input: NewServiceRequest;
    files: { supporting: CheckedFile[]; proof: CheckedFile[] };
    officer: SessionActor | null;
    publicUrl: string;
    now: Date;
  },
): Promise<{ request: ServiceRequestRow; receipt: TServiceRequestReceipt }> {
  const { agency, input, now } = opts;
  const pin = pinFromBytes(randomBytes(4));
  const pinHash = await hashPassword(pin);
  await lockEventChain(tx, agency.id);
  const year = Number(localDate(input.receivedAt, agency.timeZone).slice(0, 4));
  const number = serviceRequestNumber(year, await nextCounter(tx, agency.id, 'service_request', year));
  const trackingCode = await newCode(tx);
  const unitId = await serviceUnit(tx, agency, input.service);
  const incomplete = input.missingItems.length > 0;
  const base = {
    service: input.service,
    receivedAt: input.receivedAt,
    agreedDate: null,
    proposedDate: input.proposedDate,
  };
  const dues = requestDues(base, opts.calendar);
  const request = await insertServiceRequest(tx, {
    agencyId: agency.id,
    unitId,
    service: input.service,
    number,
    trackingCode,
    pinHash,
    status: incomplete ? 'incomplete' : 'received',
    channel: input.channel,
    priority: input.priority,
    addressee: input.addressee,
    applicantName: input.applicantName,
    applicantIdentity: input.applicantIdentity,
    applicantEmail: input.applicantEmail?.trim().toLowerCase() ?? null,
    contactPhone: input.contactPhone,
    companyName: input.companyName,
    nib: input.nib,
    language: input.language,
    details: input.details,
    missingItems: input.missingItems,
    proposedDate: input.proposedDate,
    agreedDate: null,
    receivedAt: input.receivedAt,
    dueAt: incomplete ? null : dues.case,
    incomingLetterId: input.incomingLetterId,
    registeredBy: opts.officer?.userId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  if (input.proposedDate)
    await insertSchedule(tx, {
      requestId: request.id,
      date: input.proposedDate,
      reason: null,
      byUserId: opts.officer?.userId ?? null,
      at: now,
    });
  await addUpdate(tx, { requestId: request.id, kind: 'received', at: input.receivedAt });
  const stored = [
    ...(await storeRequestFiles(tx, {
      agencyId: agency.id,
      requestId: request.id,
      files: opts.files.supporting,
      role: 'supporting',
      userId: opts.officer?.userId ?? null,
      now,
    })),
    ...(await storeRequestFiles(tx, {
      agencyId: agency.id,
      requestId: request.id,
      files: opts.files.proof,
      role: 'consultation',
      userId: opts.officer?.userId ?? null,
      now,
    })),
  ];
  // the SOP's case, with the fixed deadline
  const def = await serviceDefinition(tx, agency.id, input.service);
  const roleUnits = await roleUnitsFor(tx, agency.id, unitId, def);
  const started = startEngineCase(
    def,
    { now, calendar: opts.calendar, roleUnits },
    opts.officer ? engineActorOf(opts.officer) : SYSTEM_ACTOR,
    { fixedDues: { case: dues.case, steps: Object.fromEntries(dues.steps.map((s) => [s, dues.case])) } },
  );
  const caseRow = await insertCase(tx, {
    agencyId: agency.id,
    unitId,
    number,
    subject: `${SERVICE_NAMES[input.service].id}: ${input.companyName ?? input.applicantName ?? number}`,
    definitionKey: def.key,
    definitionVersion: def.version,
    status: started.state.status,
    startedAt: now,
    dueAt: started.state.dueAt ? new Date(started.state.dueAt) : null,
    state: started.state,
    createdBy: opts.officer?.userId ?? null,
    updatedAt: now,
  });
  await persistResult(tx, {
    caseRow,
    result: started,
    calendar: opts.calendar,
    actorUserId: opts.officer?.userId ?? null,
    now,
    isNew: true,
  });
  await updateServiceRequest(tx, request.id, { caseId: caseRow.id });
  request.caseId = caseRow.id;
  await appendEvent(tx, {
    agencyId: agency.id,
    actorUserId: opts.officer?.userId ?? null,
    entityType: 'service_request',
    entityId: request.id,
    caseId: caseRow.id,
    action: 'service_request.received',
    after: {
      number,
      service: input.service,
      channel: input.channel,
      priority: input.priority,
      missingItems: input.missingItems,
      files: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })),
    },
    occurredAt: now,
  });
  if (incomplete) {
    await changeServiceCase(tx, {
      caseId: caseRow.id,
      calendar: opts.calendar,
      action: { type: 'pause', reason: `Permohonan belum lengkap: ${input.missingItems.join(', ')}` },
      actorUserId: opts.officer?.userId ?? null,
      now,
    });
    await addUpdate(tx, {
      requestId: request.id,
      kind: 'incomplete',
      at: now,
      text: input.missingItems.join(','),
    });
    await mailApplicant(tx, { request, agency, kind: 'incomplete', publicUrl: opts.publicUrl, now });
  } else {
    // a letter registered by the administration office completes the facilitation's step 1 at
    // once; a portal request waits for the office to take it in (step 1 with step 2)
    if (input.service === 'fasilitasi-kendala-teknis' && opts.officer)
      await advanceServiceCase(tx, {
        request,
        agency,
        calendar: opts.calendar,
        actor: engineActorOf(opts.officer),
        actorUserId: opts.officer.userId,
        now,
        steps: [{ stepId: FACILITATION_STEP.receive, form: receiveForm(request) }],
      });
    await mailApplicant(tx, { request, agency, kind: 'received', publicUrl: opts.publicUrl, now });
  }
  if (!opts.officer)
    await notifyRoleHolders(tx, {
      agency,
      unitId,
      roles: ['tata_usaha', 'deputi'],
      kind: 'service_request.new',
      title: `Permohonan layanan baru ${number}${input.priority ? ' (PRIORITAS)' : ''}`,
      body: `${SERVICE_NAMES[input.service].id}\n${input.applicantName ?? ''}`,
      link: pagePath(OFFICE_PAGES.serviceRequest, { id: request.id }),
      dedupeKey: `service-request:${request.id}:new`,
      now,
    });
  return {
    request,
    receipt: {
      id: request.id,
      trackingCode,
      ...(opts.officer ? { number } : {}),
      pin,
      service: input.service,
      status: request.status as TServiceRequestReceipt['status'],
      receivedAt: input.receivedAt.toISOString(),
      dueAt: request.dueAt?.toISOString() ?? null,
      priority: (input.priority as TServiceRequestReceipt['priority']) ?? null,
      missingItems: input.missingItems,
      agencyName: agency.name,
      agencyTimeZone: agency.timeZone,
    },
  };
}
