import type { TComplaintReceipt, TRecordComplaintRequest } from '@sigap/contracts/complaints';
import { assertCan } from '@sigap/core';
import { invalidField } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { type NewComplaint, recordNewComplaint } from '../domain/intake';

/** The opening words of a box slip as its subject (Form B has no subject line). */
function subjectOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}

/**
 * A complaint officer records a complaint on Form A (face to face), B (complaint box) or C
 * (contact centre, telephone, letter, fax, email, social media, SMS, LAPOR!, mass media,
 * forwarded by staff), with exactly that form's fields. A first response given at once
 * completes the intake step (Pasal 6 (1)).
 */
export async function recordComplaint(
  { db, now, actor }: AuthedCtx,
  input: { request: TRecordComplaintRequest; publicUrl: string },
): Promise<TComplaintReceipt> {
  assertCan(actor, 'complaint.handle', { agencyId: actor.agency.id });
  const r = input.request;
  const receivedAt = new Date(r.receivedAt);
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) throw invalidField('receivedAt', 'not_future');
  const common = {
    type: r.type,
    companyName: r.companyName,
    nib: r.nib,
    anonymous: r.anonymous,
    confidential: r.confidential,
    language: r.language,
    receivedAt,
    firstResponse: r.firstResponse,
  };
  let complaint: NewComplaint;
  if (r.form === 'A') {
    complaint = {
      ...common,
      channel: 'face_to_face',
      subject: r.subject,
      description: r.description,
      reporter: {
        name: r.reporterName,
        institution: r.reporterInstitution,
        address: r.reporterAddress,
        phone: r.reporterPhone,
        email: r.reporterEmail,
      },
    };
  } else if (r.form === 'B') {
    complaint = {
      ...common,
      channel: 'box',
      boxKind: r.boxKind,
      subject: r.subject ?? subjectOf(r.description),
      description: r.description,
      reporter: {
        name: r.reporterName,
        address: r.reporterAddress,
        gender: r.reporterGender,
        phone: r.reporterPhone,
        email: r.reporterEmail,
      },
    };
  } else {
    const details: Record<string, string> = {};
    if (r.mediaName) details.mediaName = r.mediaName;
    if (r.publicationDate) details.publicationDate = r.publicationDate;
    if (r.laporNumber) details.laporNumber = r.laporNumber;
    if (r.forwardedBy) details.forwardedBy = r.forwardedBy;
    complaint = {
      ...common,
      channel: r.channel,
      channelDetails: details,
      subject: r.subject,
      description: r.description,
      reporter: {
        name: r.reporterName,
        institution: r.reporterInstitution,
        address: r.reporterAddress,
        phone: r.reporterPhone,
        email: r.reporterEmail,
        handle: r.reporterHandle,
      },
    };
  }
  const calendar = await loadWorkingCalendar(db, actor.agency);
  const { receipt } = await db.transaction((tx) =>
    recordNewComplaint(tx, {
      agency: actor.agency,
      calendar,
      input: complaint,
      files: [],
      officer: actor,
      publicUrl: input.publicUrl,
      now,
    }),
  );
  return receipt;
}
