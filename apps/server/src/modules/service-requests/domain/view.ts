import {
  SERVICE_REQUEST_UPDATE_KINDS,
  type TPublicServiceRequest,
  type TServiceKey,
  type TServiceRequest,
  type TServiceRequestListItem,
} from '@sigap/contracts/service-requests';
import { listDocumentsOfCase } from '../../../platform/db/repositories/documents';
import { findAgency } from '../../../platform/db/repositories/org';
import { currentStepIds } from '../../../platform/kernel/advance-case';
import { listTimeline } from '../../../platform/kernel/timeline';
import { AppError } from '../../../platform/lib/errors';
import { surveyUrl } from '../../../platform/satisfaction/invite';
import { findInvitationOfRecord } from '../../../platform/satisfaction/repository';
import { verifyPassword } from '../../../platform/use-cases/auth/passwords';
import type { Db } from '../../../platform/use-cases/context';
import {
  clearThrottle,
  countFailure,
  throttledError,
  throttleKey,
  throttleWait,
} from '../../../platform/use-cases/throttling/throttles';
import {
  findServiceRequestByCode,
  listRequestFiles,
  listSchedules,
  type ServiceRequestRow,
} from '../repository/service-requests';
import { SERVICE_REQUEST_RECORD } from './support';

type Kind = (typeof SERVICE_REQUEST_UPDATE_KINDS)[number];

export function listItemOf(r: ServiceRequestRow): TServiceRequestListItem {
  return {
    id: r.id,
    number: r.number,
    trackingCode: r.trackingCode,
    service: r.service as TServiceKey,
    status: r.status as TServiceRequestListItem['status'],
    channel: r.channel as TServiceRequestListItem['channel'],
    priority: (r.priority as TServiceRequestListItem['priority']) ?? null,
    applicantName: r.applicantName,
    companyName: r.companyName,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt?.toISOString() ?? null,
  };
}

async function steps(db: Db, r: ServiceRequestRow) {
  return (await listTimeline(db, SERVICE_REQUEST_RECORD, r.id))
    .filter((u) => u.public && (SERVICE_REQUEST_UPDATE_KINDS as readonly string[]).includes(u.kind))
    .map((u) => ({ kind: u.kind as Kind, at: u.occurredAt.toISOString(), text: u.text }));
}

/** The office's view of a request: applicant, contents, schedule history, files, open steps. */
export async function serviceRequestView(db: Db, r: ServiceRequestRow): Promise<TServiceRequest> {
  const agency = await findAgency(db, r.agencyId);
  const [timeline, schedules, files, open, docs] = await Promise.all([
    steps(db, r),
    listSchedules(db, r.id),
    listRequestFiles(db, r.id),
    currentStepIds(db, r.caseId),
    r.caseId ? listDocumentsOfCase(db, r.caseId) : Promise.resolve([]),
  ]);
  const d = r.details as Record<string, string | boolean | null>;
  const details: Record<string, string | null> = {
    applicantName: r.applicantName,
    applicantIdentity: r.applicantIdentity,
    applicantEmail: r.applicantEmail,
    contactPhone: r.contactPhone,
    companyName: r.companyName,
    nib: r.nib,
    addressee: r.addressee,
  };
  for (const [k, v] of Object.entries(d)) details[k] = v === null ? null : String(v);
  return {
    ...listItemOf(r),
    agencyTimeZone: agency?.timeZone ?? 'Asia/Jakarta',
    caseId: r.caseId,
    openSteps: open,
    details,
    missingItems: r.missingItems as string[],
    proposedDate: r.proposedDate,
    agreedDate: r.agreedDate,
    reply: (r.reply as TServiceRequest['reply']) ?? null,
    result: (r.result as TServiceRequest['result']) ?? null,
    schedules: schedules.map((s) => ({ date: s.date, reason: s.reason, at: s.at.toISOString() })),
    attachments: files.map((f) => ({ id: f.id, filename: f.filename, role: f.role })),
    documents: docs.map((x) => ({ id: x.id, title: x.title, status: x.status, number: x.number })),
    steps: timeline,
  };
}

/** What the applicant sees with the code and PIN: status, dates and the public steps (never notes). */
export async function publicServiceRequestView(
  db: Db,
  r: ServiceRequestRow,
  publicUrl: string,
): Promise<TPublicServiceRequest> {
  const agency = await findAgency(db, r.agencyId);
  const invitation =
    r.status === 'finished' ? await findInvitationOfRecord(db, SERVICE_REQUEST_RECORD, r.id) : undefined;
  return {
    trackingCode: r.trackingCode,
    service: r.service as TServiceKey,
    agencyName: agency?.name ?? '',
    agencyTimeZone: agency?.timeZone ?? 'Asia/Jakarta',
    status: r.status as TPublicServiceRequest['status'],
    priority: (r.priority as TPublicServiceRequest['priority']) ?? null,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt?.toISOString() ?? null,
    proposedDate: r.proposedDate,
    agreedDate: r.agreedDate,
    missingItems: r.missingItems as string[],
    steps: await steps(db, r),
    surveyUrl: invitation && !invitation.answered ? surveyUrl(publicUrl, invitation.token) : null,
  };
}

/**
 * Checks a request's public code and PIN with the complaints' throttles (THROTTLES.pinClient,
 * pinCode in @sigap/core): growing waits per code and client and per code, no lock; an unknown
 * code costs the same argon2 time and answers the same as a wrong PIN.
 */
export async function verifyServiceRequestPin(
  db: Db,
  now: Date,
  attempt: { trackingCode: string; pin: string; client: string },
): Promise<ServiceRequestRow> {
  const keys = [
    throttleKey('pinClient', attempt.trackingCode, attempt.client),
    throttleKey('pinCode', attempt.trackingCode),
  ];
  const waiting = await throttleWait(db, now, keys);
  if (waiting) throw throttledError('PIN_THROTTLED', waiting, now);
  const found = await findServiceRequestByCode(db, attempt.trackingCode);
  const ok = await verifyPassword(found?.pinHash ?? null, attempt.pin);
  if (!found || !ok) {
    const { until } = await countFailure(db, now, keys);
    if (until) throw throttledError('PIN_THROTTLED', until, now);
    throw new AppError('TRACKING_NOT_FOUND');
  }
  await clearThrottle(db, [keys[0]!]);
  return found;
}
