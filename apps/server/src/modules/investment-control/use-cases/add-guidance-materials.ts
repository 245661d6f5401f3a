import {
  GUIDANCE_MATERIAL_MAX_BYTES,
  GUIDANCE_MATERIALS_MAX,
  type TGuidance,
} from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { z } from 'zod';
import { findAgency } from '../../../platform/db/repositories/org';
import { checkUploads, storeFiles, type UploadedFile } from '../../../platform/kernel/attachments';
import { conflict, notFound } from '../../../platform/lib/errors';
import { sniffComplaintFileType } from '../../../platform/lib/file-type';
import { fieldIssue } from '../../../platform/lib/validation';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { GUIDANCE_MATERIAL_KIND, loadGuidance } from '../domain/guidance-view';
import { findGuidanceForUpdate, updateGuidance } from '../repository/guidance';

/**
 * Adds materials (the presentation, handouts: PDF, DOCX, JPEG or PNG by content, up to ten of
 * 20 MB each) to a guidance (multipart files `materials`); each problem names the file, and
 * nothing is stored then.
 */
export async function addGuidanceMaterials(
  { db, now, actor }: AuthedCtx,
  input: { id: string; fields: Record<string, string>; files: UploadedFile[] },
): Promise<TGuidance> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const issues: z.core.$ZodIssue[] = [];
  for (const k of Object.keys(input.fields)) issues.push(fieldIssue(k, 'unknown_field'));
  const checked = checkUploads(input.files, issues, {
    field: 'materials',
    max: GUIDANCE_MATERIALS_MAX,
    maxBytes: GUIDANCE_MATERIAL_MAX_BYTES,
    sniff: sniffComplaintFileType,
    typeRule: 'guidance_material_type',
    fallbackName: 'materi-pembinaan',
  });
  if (checked.length === 0 && !issues.some((i) => String(i.path[0]).startsWith('materials')))
    issues.push(fieldIssue('materials', 'required'));
  if (issues.length) throw new z.ZodError(issues);
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  return db.transaction(async (tx) => {
    const g = await findGuidanceForUpdate(tx, input.id);
    if (!g || g.agencyId !== actor.agencyId) throw notFound();
    const materials = g.materials as TGuidance['materials'];
    if (materials.length + checked.length > GUIDANCE_MATERIALS_MAX)
      throw conflict(`paling banyak ${GUIDANCE_MATERIALS_MAX} berkas materi`);
    const stored = await storeFiles(tx, {
      agencyId: actor.agencyId,
      kind: GUIDANCE_MATERIAL_KIND,
      files: checked,
      userId: actor.userId,
      now,
    });
    const added = stored.map((s, i) => ({
      id: s.id,
      filename: s.filename,
      contentType: checked[i]!.contentType,
    }));
    await updateGuidance(tx, g.id, { materials: [...materials, ...added], updatedAt: now });
    return (await loadGuidance(tx, agency, now, g.id, true))!;
  });
}
