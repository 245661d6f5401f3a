import type { TComplaintUpdateKind, TPublicComplaint } from '@sigap/contracts';
import { formatDateTime } from '@sigap/core';
import {
  type ComplaintRow,
  findComplaint,
  findComplaintByTracking,
  listAttachments,
  listUpdates,
  recordPinFailure,
  resetPinFailures,
} from '../../db/repositories/complaints';
import { findAgency } from '../../db/repositories/org';
import { AppError } from '../../lib/errors';
import { verifyPassword } from '../auth/passwords';
import type { Db } from '../context';
import { complaintSettings } from './support';

/** Five wrong PINs in a row lock the number for 15 minutes (on top of the per-address rate limit). */
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MS = 15 * 60_000;

const HIDDEN_STATUSES = ['draft', 'rejected'];
/** Steps whose text is meant for the reporter (the rest carry internal notes). */
const REPORTER_TEXT_KINDS = ['first_response', 'answered', 'info_added'];

/**
 * Checks a tracking number and PIN. A wrong PIN counts against the number (and locks it after
 * five in a row); an unknown number costs the same time as a wrong PIN and answers the same,
 * so neither numbers nor PINs can be probed.
 */
export async function verifyComplaintPin(
  db: Db,
  now: Date,
  trackingNumber: string,
  pin: string,
): Promise<ComplaintRow> {
  const c = await findComplaintByTracking(db, trackingNumber);
  if (!c || HIDDEN_STATUSES.includes(c.status)) {
    await verifyPassword(null, pin);
    throw new AppError('TRACKING_NOT_FOUND');
  }
  const lockedError = async (until: Date) => {
    const agency = await findAgency(db, c.agencyId);
    return new AppError('PIN_LOCKED', {
      until: formatDateTime(until, agency?.timeZone ?? 'Asia/Jakarta', 'id'),
    });
  };
  if (c.pinLockedUntil && c.pinLockedUntil.getTime() > now.getTime())
    throw await lockedError(c.pinLockedUntil);
  if (!(await verifyPassword(c.pinHash, pin))) {
    const locked = await recordPinFailure(db, c.id, now, PIN_MAX_FAILURES, PIN_LOCK_MS);
    if (locked) throw await lockedError(locked);
    throw new AppError('TRACKING_NOT_FOUND');
  }
  if (c.pinFailures > 0) await resetPinFailures(db, c.id);
  return c;
}

/**
 * What the public sees of a complaint. With the PIN: the content, the answer, every public
 * step with the texts meant for the reporter, and their own additions. Without it: status and
 * step dates only, and a confidential complaint not at all.
 */
export async function publicComplaintView(
  db: Db,
  c: ComplaintRow,
  withPin: boolean,
): Promise<TPublicComplaint> {
  const agency = await findAgency(db, c.agencyId);
  const [updates, files] = await Promise.all([
    listUpdates(db, c.id),
    withPin ? listAttachments(db, c.id) : [],
  ]);
  const merged = c.mergedIntoId ? await findComplaint(db, c.mergedIntoId) : null;
  const steps = updates
    .filter((u) => u.public)
    .map((u) => ({
      kind: u.kind as TComplaintUpdateKind,
      at: u.occurredAt.toISOString(),
      // only texts written for the reporter; the working group's notes stay internal
      text: withPin && REPORTER_TEXT_KINDS.includes(u.kind) ? u.text : null,
      files: withPin
        ? files
            .filter((f) => f.updateId === u.id && f.source === 'reporter')
            .map((f) => ({ id: f.id, filename: f.filename }))
        : [],
    }));
  return {
    trackingNumber: c.trackingNumber,
    agencyName: agency?.name ?? '',
    agencyTimeZone: agency?.timeZone ?? 'Asia/Jakarta',
    status: c.status as TPublicComplaint['status'],
    type: (c.type as TPublicComplaint['type']) ?? null,
    channel: c.channel as TPublicComplaint['channel'],
    receivedAt: c.receivedAt.toISOString(),
    firstResponseDue: c.firstResponseDue?.toISOString() ?? null,
    answerDue: c.answerDue?.toISOString() ?? null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    subject: withPin ? c.subject : null,
    description: withPin ? c.description : null,
    answer: withPin ? c.answer : null,
    steps,
    withPin,
    canAddInfo: withPin && ['received', 'in_progress', 'with_working_group'].includes(c.status),
    mergedIntoTrackingNumber: merged?.trackingNumber ?? null,
    surveyUrl: withPin && c.answeredAt && agency ? complaintSettings(agency).surveyUrl : null,
  };
}

/** Status and step dates by tracking number alone; a confidential complaint answers "not found". */
export async function getPublicComplaintStatus({ db }: { db: Db }, trackingNumber: string) {
  const c = await findComplaintByTracking(db, trackingNumber);
  if (!c || HIDDEN_STATUSES.includes(c.status) || c.confidential) throw new AppError('TRACKING_NOT_FOUND');
  return publicComplaintView(db, c, false);
}
