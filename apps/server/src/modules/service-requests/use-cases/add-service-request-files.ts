import type { TServiceRequest } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { z } from 'zod';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { notFound } from '../../../platform/lib/errors';
import { fieldIssue } from '../../../platform/lib/validation';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkRequestFiles, storeRequestFiles, type UploadedFile } from '../domain/support';
import { serviceRequestView } from '../domain/view';
import { findServiceRequestForUpdate } from '../repository/service-requests';

/**
 * The team adds supporting data to a request: what the applicant brought to the counter or
 * sent after a letter was registered (often the missing item of an incomplete request). The
 * same checks as the public form (1-5 PDF/JPEG/PNG/DOCX of 10 MB, content sniffed); a bad
 * file refuses all of them, naming it, and nothing is stored.
 */
export async function addServiceRequestFiles(
  { db, now, actor }: AuthedCtx,
  input: { id: string; fields: Record<string, string>; files: UploadedFile[] },
): Promise<TServiceRequest> {
  return db.transaction(async (tx) => {
    const r = await findServiceRequestForUpdate(tx, input.id);
    if (!r || r.agencyId !== actor.agencyId) throw notFound();
    assertCan(actor, 'serviceRequest.handle', { agencyId: r.agencyId, unitId: r.unitId });
    const issues: z.core.$ZodIssue[] = [];
    for (const k of Object.keys(input.fields)) issues.push(fieldIssue(k, 'unknown_field'));
    const files = checkRequestFiles(input.files, issues, false);
    if (files.supporting.length === 0 && !issues.some((i) => String(i.path[0]).startsWith('attachments')))
      issues.push(fieldIssue('attachments', 'required'));
    if (issues.length) throw new z.ZodError(issues);
    const stored = await storeRequestFiles(tx, {
      agencyId: r.agencyId,
      requestId: r.id,
      files: files.supporting,
      role: 'supporting',
      userId: actor.userId,
      now,
    });
    await appendEvent(tx, {
      agencyId: r.agencyId,
      actorUserId: actor.userId,
      entityType: 'service_request',
      entityId: r.id,
      caseId: r.caseId,
      action: 'service_request.files_added',
      after: { files: stored.map((f) => ({ fileId: f.id, sha256: f.sha256 })) },
      occurredAt: now,
    });
    return serviceRequestView(tx, r);
  });
}
