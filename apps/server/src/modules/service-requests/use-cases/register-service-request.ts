import type { TRegisterServiceRequest, TServiceRequestReceipt } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { checkFacilitationDate } from '@sigap/core/service-requests';
import { z } from 'zod';
import { findCase } from '../../../platform/db/repositories/cases';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import {
  findIncomingLetterForUpdate,
  linkIncomingLetterCase,
} from '../../../platform/db/repositories/incoming-letters';
import { AppError } from '../../../platform/lib/errors';
import { fieldIssue } from '../../../platform/lib/validation';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { recordNewServiceRequest } from '../domain/intake';
import { missingItemsOf } from '../domain/support';
import { insertRequestFile } from '../repository/service-requests';

/**
 * The administration office registers a request from a letter brought in person, an email to
 * the office mailboxes or an e-office memo. Contents the letter lacks are allowed: the request
 * is then held incomplete (its case clock paused) and the applicant told what is missing. A
 * proposed facilitation date earlier than 5 working days after receipt is refused, naming the
 * earliest date. A request registered from the agenda book's incoming letter is linked to it
 * (the letter then shows the request's case, and its scan is the request's letter): a letter
 * already followed up is refused, naming the case, and nothing is stored.
 */
export async function registerServiceRequest(
  { db, now, actor }: AuthedCtx,
  input: { request: TRegisterServiceRequest; publicUrl: string },
): Promise<TServiceRequestReceipt> {
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  const r = input.request;
  const receivedAt = new Date(r.receivedAt);
  const issues: z.core.$ZodIssue[] = [];
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) issues.push(fieldIssue('receivedAt', 'not_future'));
  const calendar = await loadWorkingCalendar(db, actor.agency);
  const facilitation = r.service === 'fasilitasi-kendala-teknis';
  if (facilitation && r.proposedDate) {
    const check = checkFacilitationDate(calendar, receivedAt, r.proposedDate);
    if (!check.ok) issues.push(fieldIssue('proposedDate', 'earliest_date', { earliest: check.earliest }));
  }
  if (!r.applicantEmail && !r.contactPhone) issues.push(fieldIssue('applicantEmail', 'contact_required'));
  if (issues.length) throw new z.ZodError(issues);
  const values = { ...r } as Record<string, string | boolean | null | undefined>;
  const missingItems = missingItemsOf(r.service, values, { supporting: false, proof: false });
  const details: Record<string, string | boolean | null> = facilitation
    ? {
        chronology: r.chronology ?? null,
        consultationReference: r.consultationReference ?? null,
        regularUnitsFailed: r.regularUnitsFailed,
        supportingDataReceived: r.supportingDataReceived,
      }
    : {
        investmentSector: r.investmentSector ?? null,
        kbli: r.kbli ?? null,
        investmentLocation: r.investmentLocation ?? null,
        investmentValue: r.investmentValue ?? null,
        investmentCurrency: r.investmentCurrency ?? null,
        investmentTimeline: r.investmentTimeline ?? null,
        topics: r.topics ?? null,
        supportingDataReceived: r.supportingDataReceived,
      };
  const { receipt } = await db.transaction(async (tx) => {
    // the letter is locked first, so two officers registering the same letter make one request
    const letter = r.incomingLetterId ? await findIncomingLetterForUpdate(tx, r.incomingLetterId) : null;
    if (r.incomingLetterId) {
      if (!letter || letter.agencyId !== actor.agency.id)
        throw new z.ZodError([fieldIssue('incomingLetterId', 'invalid')]);
      if (letter.caseId) {
        const existing = await findCase(tx, letter.caseId);
        throw new AppError('INCOMING_LETTER_HAS_CASE', {
          agendaNumber: letter.agendaNumber,
          caseNumber: existing?.number ?? letter.caseId,
        });
      }
    }
    const recorded = await recordNewServiceRequest(tx, {
      agency: actor.agency,
      calendar,
      officer: actor,
      publicUrl: input.publicUrl,
      now,
      files: { supporting: [], proof: [] },
      input: {
        service: r.service,
        channel: r.channel,
        receivedAt,
        language: 'id',
        priority: r.priority ?? null,
        addressee: r.addressee ?? null,
        applicantName: r.applicantName ?? null,
        applicantIdentity: r.applicantIdentity ?? null,
        applicantEmail: r.applicantEmail ?? null,
        contactPhone: r.contactPhone ?? null,
        companyName: r.companyName ?? null,
        nib: null,
        proposedDate: facilitation ? (r.proposedDate ?? null) : null,
        incomingLetterId: r.incomingLetterId ?? null,
        missingItems,
        details,
      },
    });
    if (letter && recorded.request.caseId) {
      await linkIncomingLetterCase(tx, letter.id, recorded.request.caseId);
      if (letter.scanFileId)
        await insertRequestFile(tx, {
          requestId: recorded.request.id,
          fileId: letter.scanFileId,
          role: 'letter',
          createdAt: now,
        });
      await appendEvent(tx, {
        agencyId: actor.agency.id,
        actorUserId: actor.userId,
        entityType: 'incoming_letter',
        entityId: letter.id,
        caseId: recorded.request.caseId,
        action: 'incoming_letter.case_started',
        after: { agendaNumber: letter.agendaNumber, serviceRequestId: recorded.request.id },
        occurredAt: now,
      });
    }
    return recorded;
  });
  return receipt;
}
