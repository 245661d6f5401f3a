import type { TComplaint } from '@sigap/contracts/complaints';
import { can } from '@sigap/core';
import { z } from 'zod';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { notFound } from '../../../platform/lib/errors';
import { fieldIssue } from '../../../platform/lib/validation';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkAttachments, storeAttachments, type UploadedFile } from '../domain/support';
import { findComplaintForUpdate, updateComplaint } from '../repository/complaints';
import { getComplaint } from './get-complaint';

/** The complaint team adds supporting documents (the data pendukung the officer asks for, Lampiran I). */
export async function addComplaintAttachments(
  ctx: AuthedCtx,
  input: { id: string; fields: Record<string, string>; files: UploadedFile[] },
): Promise<TComplaint> {
  const { db, now, actor } = ctx;
  if (!can(actor, 'complaint.handle', { agencyId: actor.agencyId })) throw notFound();
  const issues: z.core.$ZodIssue[] = [];
  for (const name of Object.keys(input.fields)) issues.push(fieldIssue(name, 'unknown_field'));
  const files = checkAttachments(input.files, issues);
  if (files.length === 0 && issues.length === 0) issues.push(fieldIssue('attachments', 'required'));
  if (issues.length > 0) throw new z.ZodError(issues);
  await db.transaction(async (tx) => {
    const c = await findComplaintForUpdate(tx, input.id);
    if (!c || c.agencyId !== actor.agencyId) throw notFound();
    const stored = await storeAttachments(tx, {
      agencyId: c.agencyId,
      complaintId: c.id,
      files,
      source: 'staff',
      updateId: null,
      userId: actor.userId,
      now,
    });
    await updateComplaint(tx, c.id, { updatedAt: now });
    await appendEvent(tx, {
      agencyId: c.agencyId,
      actorUserId: actor.userId,
      entityType: 'complaint',
      entityId: c.id,
      action: 'complaint.attachments_added',
      after: { attachments: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })) },
      occurredAt: now,
    });
  });
  return getComplaint(ctx, input.id);
}
