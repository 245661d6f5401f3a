import { ZAddInfoFields } from '@sigap/contracts/complaints';
import { z } from 'zod';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { findAgency } from '../../../platform/db/repositories/org';
import { AppError } from '../../../platform/lib/errors';
import type { Ctx } from '../../../platform/use-cases/context';
import { publicComplaintView, verifyComplaintPin } from '../domain/public-view';
import { mailReporter } from '../domain/reporter-mail';
import {
  addUpdate,
  checkAttachments,
  notifyTeam,
  storeAttachments,
  type UploadedFile,
} from '../domain/support';
import {
  findComplaint,
  findComplaintForUpdate,
  findReporter,
  updateComplaint,
} from '../repository/complaints';

/**
 * The reporter adds information or documents to an open complaint (with the public code and
 * the PIN, checked and throttled as tracking checks them). The addition is a public step of the
 * complaint; the team gets a notice.
 */
export async function addComplaintInfo(
  { db, now }: Ctx,
  input: { fields: Record<string, string>; files: UploadedFile[]; publicUrl: string; client: string },
) {
  const issues: z.core.$ZodIssue[] = [];
  const parsed = ZAddInfoFields.safeParse(input.fields);
  if (!parsed.success) issues.push(...parsed.error.issues);
  const files = checkAttachments(input.files, issues);
  if (issues.length > 0 || !parsed.success) throw new z.ZodError(issues);
  const found = await verifyComplaintPin(db, now, { ...parsed.data, client: input.client });
  await db.transaction(async (tx) => {
    const c = await findComplaintForUpdate(tx, found.id);
    if (!c || !['received', 'in_progress', 'with_working_group'].includes(c.status))
      throw new AppError('CONFLICT', { detail: 'the complaint is no longer open for additions' });
    const agency = (await findAgency(tx, c.agencyId))!;
    const update = await addUpdate(tx, {
      complaintId: c.id,
      kind: 'info_added',
      at: now,
      text: parsed.data.text,
      byReporter: true,
    });
    const stored = await storeAttachments(tx, {
      agencyId: c.agencyId,
      complaintId: c.id,
      files,
      source: 'reporter',
      updateId: update.id,
      userId: null,
      now,
    });
    await updateComplaint(tx, c.id, { updatedAt: now });
    await appendEvent(tx, {
      agencyId: c.agencyId,
      actorUserId: null,
      entityType: 'complaint',
      entityId: c.id,
      action: 'complaint.info_added',
      after: { updateId: update.id, attachments: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })) },
      occurredAt: now,
    });
    await notifyTeam(tx, {
      agency,
      unitId: c.unitId,
      roles: ['complaint_officer', 'complaint_wg_member', 'complaint_wg_chair'],
      complaint: c,
      kind: `complaint.info_added:${update.id}`,
      title: `Pelapor menambahkan informasi: ${c.trackingNumber}`,
      body: parsed.data.text.slice(0, 500),
      now,
    });
    await mailReporter(tx, {
      complaint: c,
      reporter: await findReporter(tx, c.id),
      agency,
      kind: 'info_added',
      publicUrl: input.publicUrl,
      now,
      dedupeSuffix: update.id,
    });
  });
  const fresh = await findComplaint(db, found.id);
  return publicComplaintView(db, fresh!, true);
}
