import { randomBytes } from 'node:crypto';
import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import type { TSurveyService } from '@sigap/contracts/satisfaction';
import type { Db } from '../use-cases/context';
import { findInvitationOfRecord, upsertInvitation } from './repository';

/**
 * The satisfaction survey as modules use it (PermenPANRB 14/2017; issue 10 item 6): when a
 * record is finished (a complaint answered, a service request done) the module calls
 * `inviteToSurvey` in the same transaction and puts the link it returns in its email, on its
 * tracking page and, as a QR code (`./qr`), on its receipt or final letter. One invitation per
 * record: calling again (a second answer to the same complaint) gives the same link.
 */
export async function inviteToSurvey(
  tx: Db,
  opts: {
    agencyId: string;
    /** The module's record type (`complaint`) and id. */
    recordType: string;
    recordId: string;
    service: TSurveyService;
    /** The unit that served (the IKM is reported per unit). */
    unitId: string | null;
    now: Date;
    /** The installation's public address (`PUBLIC_URL`). */
    publicUrl: string;
  },
): Promise<{ token: string; url: string }> {
  const row = await upsertInvitation(tx, {
    agencyId: opts.agencyId,
    recordType: opts.recordType,
    recordId: opts.recordId,
    serviceKey: opts.service,
    unitId: opts.unitId,
    // 24 random bytes: the link cannot be guessed, and it identifies no one
    token: randomBytes(24).toString('base64url'),
    createdAt: opts.now,
  });
  return { token: row.token, url: surveyUrl(opts.publicUrl, row.token) };
}

/** The survey page of a token, absolute. */
export function surveyUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${surveyPath(token)}`;
}

/** The survey page of a token, as a path of the portal. */
export function surveyPath(token: string): string {
  return pagePath(PORTAL_PAGES.survey, { token });
}

/**
 * The survey page of a record's invitation (a path, for the record's tracking page), or null
 * when it has none (finished before the survey existed, or not finished).
 */
export async function surveyPathOfRecord(
  db: Db,
  recordType: string,
  recordId: string,
): Promise<string | null> {
  const row = await findInvitationOfRecord(db, recordType, recordId);
  return row ? surveyPath(row.token) : null;
}

/**
 * The absolute survey link of a record's invitation (for a printed QR code), or null when it
 * has none.
 */
export async function surveyUrlOfRecord(
  db: Db,
  publicUrl: string,
  recordType: string,
  recordId: string,
): Promise<string | null> {
  const row = await findInvitationOfRecord(db, recordType, recordId);
  return row ? surveyUrl(publicUrl, row.token) : null;
}
