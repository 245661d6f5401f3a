import { type TComplaintReceipt, ZPortalComplaintFields } from '@sigap/contracts/complaints';
import { z } from 'zod';
import { findAgency } from '../../../platform/db/repositories/org';
import { fieldIssue } from '../../../platform/lib/validation';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { Ctx } from '../../../platform/use-cases/context';
import { recordNewComplaint } from '../domain/intake';
import { checkAttachments, type UploadedFile } from '../domain/support';

/**
 * A complaint filed on the public portal, without an account (Form C, electronic channel). The
 * fields and every attachment are checked first and all problems reported at once, naming the
 * field; nothing is stored unless everything is valid. Returns the tracking number and the PIN,
 * which is shown this once.
 */
export async function submitPortalComplaint(
  { db, now }: Ctx,
  input: { fields: Record<string, string>; files: UploadedFile[]; publicUrl: string },
): Promise<TComplaintReceipt> {
  const issues: z.core.$ZodIssue[] = [];
  const parsed = ZPortalComplaintFields.safeParse(input.fields);
  if (!parsed.success) issues.push(...parsed.error.issues);
  const files = checkAttachments(input.files, issues);
  const agency = parsed.success ? await findAgency(db, parsed.data.agencyId) : undefined;
  if (parsed.success && !agency) issues.push(fieldIssue('agencyId', 'invalid'));
  if (issues.length > 0 || !parsed.success || !agency) throw new z.ZodError(issues);
  const f = parsed.data;
  const calendar = await loadWorkingCalendar(db, agency);
  const { receipt } = await db.transaction((tx) =>
    recordNewComplaint(tx, {
      agency,
      calendar,
      officer: null,
      publicUrl: input.publicUrl,
      now,
      files,
      input: {
        channel: 'portal',
        type: f.type,
        subject: f.subject,
        description: f.description,
        companyName: f.companyName,
        nib: f.nib,
        anonymous: f.anonymous,
        confidential: f.confidential,
        language: f.language,
        receivedAt: now,
        reporter: {
          name: f.reporterName,
          email: f.reporterEmail,
          phone: f.reporterPhone,
          institution: f.reporterInstitution,
          address: f.reporterAddress,
        },
      },
    }),
  );
  const { id: _id, ...rest } = receipt;
  return rest;
}
