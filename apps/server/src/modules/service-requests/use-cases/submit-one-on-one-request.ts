import { type TServiceRequestReceipt, ZOneOnOneFields } from '@sigap/contracts/service-requests';
import { z } from 'zod';
import { findAgency } from '../../../platform/db/repositories/org';
import { fieldIssue } from '../../../platform/lib/validation';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { recordNewServiceRequest } from '../domain/intake';
import { checkRequestFiles, type UploadedFile } from '../domain/support';

/**
 * A one-on-one meeting request on the public portal, without an account (SK 177/2024,
 * Persyaratan 3): (a) name and identity, (b) the planned investment, (c) topics, (d) supporting
 * data (an upload, required), (e) a personal contact number; addressed to the Minister or the
 * Deputy for Promotion. Every problem is reported at once naming its field; nothing is stored
 * unless all is valid. Returns the public code and the PIN, once.
 */
export async function submitOneOnOneRequest(
  { db, now }: Ctx,
  input: { fields: Record<string, string>; files: UploadedFile[]; publicUrl: string },
): Promise<TServiceRequestReceipt> {
  const issues: z.core.$ZodIssue[] = [];
  const parsed = ZOneOnOneFields.safeParse(input.fields);
  if (!parsed.success) issues.push(...parsed.error.issues);
  const files = checkRequestFiles(input.files, issues, false);
  if (files.supporting.length === 0 && !issues.some((i) => String(i.path[0]).startsWith('attachments')))
    issues.push(fieldIssue('attachments', 'required'));
  const agency = parsed.success ? await findAgency(db, parsed.data.agencyId) : undefined;
  if (parsed.success && !agency) issues.push(fieldIssue('agencyId', 'invalid'));
  if (issues.length > 0 || !parsed.success || !agency) throw new z.ZodError(issues);
  const f = parsed.data;
  const calendar = await loadWorkingCalendar(db, agency);
  const { receipt } = await db.transaction((tx) =>
    recordNewServiceRequest(tx, {
      agency,
      calendar,
      officer: null,
      publicUrl: input.publicUrl,
      now,
      files,
      input: {
        service: 'pertemuan-one-on-one',
        channel: 'portal',
        receivedAt: now,
        language: f.language,
        priority: null,
        addressee: f.addressee,
        applicantName: f.applicantName,
        applicantIdentity: f.applicantIdentity,
        applicantEmail: f.applicantEmail,
        contactPhone: f.contactPhone,
        companyName: f.companyName ?? null,
        nib: null,
        proposedDate: null,
        incomingLetterId: null,
        missingItems: [],
        details: {
          investmentSector: f.investmentSector,
          kbli: f.kbli,
          investmentLocation: f.investmentLocation,
          investmentValue: f.investmentValue,
          investmentCurrency: f.investmentCurrency,
          investmentTimeline: f.investmentTimeline,
          topics: f.topics,
        },
      },
    }),
  );
  const { id: _id, ...rest } = receipt;
  return rest;
}
