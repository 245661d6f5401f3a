import type { TComplaintUpdateKind, TPublicComplaint } from '@sigap/contracts/complaints';
import { findAgency } from '../../../platform/db/repositories/org';
import { listTimeline } from '../../../platform/kernel/timeline';
import { AppError } from '../../../platform/lib/errors';
import { surveyPathOfRecord } from '../../../platform/satisfaction/invite';
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
  type ComplaintRow,
  findComplaint,
  findComplaintByCode,
  listAttachments,
} from '../repository/complaints';
import { COMPLAINT_RECORD, complaintSettings } from './support';

/** Statuses the public never sees (a draft not yet confirmed, a rejected draft). */
export const HIDDEN_STATUSES = ['draft', 'rejected'];
/** Steps whose text is meant for the reporter (the rest carry internal notes). */
const REPORTER_TEXT_KINDS = ['first_response', 'answered', 'info_added'];

/** Who is guessing: the tracking code, the PIN and the client's address. */
export interface PinAttempt {
  trackingCode: string;
  pin: string;
  /** The client's address (`req.ip`): wrong PINs from one client do not slow another. */
  client: string;
}

/**
 * Checks a public tracking code and PIN. Wrong PINs count against the code from this client
 * and against the code from all clients (THROTTLES.pinClient, pinCode in @sigap/core): after a
 * few, each further one waits longer, up to a bounded maximum, so a guesser is slowed while a
 * stranger can keep the reporter waiting a quarter of an hour at most, and never from the
 * reporter's own address. There is no lock. An unknown code (a register number included) is
 * counted, costs the same argon2 time and answers the same as a wrong PIN, so neither codes
 * nor PINs can be probed.
 */
export async function verifyComplaintPin(db: Db, now: Date, attempt: PinAttempt): Promise<ComplaintRow> {
  const keys = [
    throttleKey('pinClient', attempt.trackingCode, attempt.client),
    throttleKey('pinCode', attempt.trackingCode),
  ];
  const waiting = await throttleWait(db, now, keys);
  if (waiting) throw throttledError('PIN_THROTTLED', waiting, now);
  const c = await findComplaintByCode(db, attempt.trackingCode);
  const found = c && !HIDDEN_STATUSES.includes(c.status) ? c : null;
  const ok = await verifyPassword(found?.pinHash ?? null, attempt.pin);
  if (!found || !ok) {
    const { until } = await countFailure(db, now, keys);
    if (until) throw throttledError('PIN_THROTTLED', until, now);
    throw new AppError('TRACKING_NOT_FOUND');
  }
  // this client's count starts again; the count of all clients runs down on its own
  await clearThrottle(db, [keys[0]!]);
  return found;
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
    listTimeline(db, COMPLAINT_RECORD, c.id),
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
    trackingCode: c.trackingCode,
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
    mergedIntoTrackingCode: merged?.trackingCode ?? null,
    // once answered: the agency's external survey where it set one, else Sigap's own (the email has both)
    surveyUrl:
      withPin && c.answeredAt
        ? ((agency ? complaintSettings(agency).surveyUrl : null) ??
          (await surveyPathOfRecord(db, COMPLAINT_RECORD, c.id)))
        : null,
  };
}
