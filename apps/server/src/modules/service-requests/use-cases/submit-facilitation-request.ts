import { type TServiceRequestReceipt, ZFacilitationFields } from '@sigap/contracts/service-requests';
import { checkFacilitationDate } from '@sigap/core/service-requests';
import { z } from 'zod';
import { findAgency } from '../../../platform/db/repositories/org';
import { fieldIssue } from '../../../platform/lib/validation';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { recordNewServiceRequest } from '../domain/intake';
import { checkRequestFiles, type UploadedFile } from '../domain/support';

/**
 * A technical-issue facilitation request on the public portal (seed 001, Persyaratan 4-6): the
 * chronology, proof of the earlier consultation (a reference number or an upload) with the
 * confirmation that the regular units could not solve it, supporting data (upload), identity,
 * WhatsApp number, personal email, and a proposed date no earlier than 5 working days after
 * receipt (refused naming the earliest allowed date). Priority service is a flag. Nothing is
 * stored unless everything is valid.
 */
export async function submitFacilitationRequest(
  { db, now }: Ctx,
  input: { fields: Record<string, string>; files: UploadedFile[]; publicUrl: string },
): Promise<TServiceRequestReceipt> {
  const issues: z.core.$ZodIssue[] = [];
  const parsed = ZFacilitationFields.safeParse(input.fields);
  if (!parsed.success) issues.push(...parsed.error.issues);
  const files = checkRequestFiles(input.files, issues, true);
  const fileIssue = (field: string) => issues.some((i) => String(i.path[0]).startsWith(field));
  if (files.supporting.length === 0 && !fileIssue('attachments'))
    issues.push(fieldIssue('attachments', 'required'));
  const agency = parsed.success ? await findAgency(db, parsed.data.agencyId) : undefined;
  if (parsed.success && !agency) issues.push(fieldIssue('agencyId', 'invalid'));
  if (parsed.success) {
    if (!parsed.data.consultationReference && files.proof.length === 0 && !fileIssue('consultationProof'))
      issues.push(fieldIssue('consultationReference', 'consultation_proof'));
    if (!parsed.data.regularUnitsFailed) issues.push(fieldIssue('regularUnitsFailed', 'must_confirm'));
  }
  const calendar = agency ? await loadWorkingCalendar(db, agency) : null;
  if (parsed.success && calendar) {
    const check = checkFacilitationDate(calendar, now, parsed.data.proposedDate);
    if (!check.ok) issues.push(fieldIssue('proposedDate', 'earliest_date', { earliest: check.earliest }));
  }
  if (issues.length > 0 || !parsed.success || !agency || !calendar) throw new z.ZodError(issues);
  const f = parsed.data;
  const { receipt } = await db.transaction((tx) =>
    recordNewServiceRequest(tx, {
      agency,
      calendar,
      officer: null,
      publicUrl: input.publicUrl,
      now,
      files,
      input: {
        service: 'fasilitasi-kendala-teknis',
        channel: 'portal',
        receivedAt: now,
        language: f.language,
        priority: f.priority ?? null,
        addressee: null,
        applicantName: f.applicantName,
        applicantIdentity: f.applicantIdentity,
        applicantEmail: f.applicantEmail,
        contactPhone: f.whatsapp,
        companyName: f.companyName ?? null,
        nib: f.nib ?? null,
        proposedDate: f.proposedDate,
        incomingLetterId: null,
        missingItems: [],
        details: {
          chronology: f.chronology,
          consultationReference: f.consultationReference ?? null,
          regularUnitsFailed: f.regularUnitsFailed,
        },
      },
    }),
  );
  const { id: _id, ...rest } = receipt;
  return rest;
}
