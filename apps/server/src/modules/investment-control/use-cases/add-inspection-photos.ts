import {
  INSPECTION_PHOTO_MAX_BYTES,
  INSPECTION_PHOTOS_MAX,
  type TInspection,
} from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { z } from 'zod';
import { checkUploads, storeFiles, type UploadedFile } from '../../../platform/kernel/attachments';
import { conflict, notFound } from '../../../platform/lib/errors';
import { sniffFileType } from '../../../platform/lib/file-type';
import { fieldIssue } from '../../../platform/lib/validation';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { INSPECTION_PHOTO_KIND, loadInspection } from '../domain/inspection-view';
import { findInspectionForUpdate, updateInspection } from '../repository/inspections';

const PHOTO_TYPES: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * Adds photos (JPEG or PNG by content, up to ten of 10 MB each per report) to an inspection's
 * report (multipart files `photos`); each problem names the file, and nothing is stored then.
 */
export async function addInspectionPhotos(
  { db, now, actor }: AuthedCtx,
  input: { id: string; fields: Record<string, string>; files: UploadedFile[] },
): Promise<TInspection> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const issues: z.core.$ZodIssue[] = [];
  for (const k of Object.keys(input.fields)) issues.push(fieldIssue(k, 'unknown_field'));
  const checked = checkUploads(input.files, issues, {
    field: 'photos',
    max: INSPECTION_PHOTOS_MAX,
    maxBytes: INSPECTION_PHOTO_MAX_BYTES,
    sniff: (bytes) => {
      const type = sniffFileType(bytes);
      return type && PHOTO_TYPES[type] ? { contentType: type, ext: PHOTO_TYPES[type] } : null;
    },
    typeRule: 'photo_type',
    fallbackName: 'foto-pemeriksaan',
  });
  if (checked.length === 0 && !issues.some((i) => String(i.path[0]).startsWith('photos')))
    issues.push(fieldIssue('photos', 'required'));
  if (issues.length) throw new z.ZodError(issues);
  return db.transaction(async (tx) => {
    const row = await findInspectionForUpdate(tx, input.id);
    if (!row || row.agencyId !== actor.agencyId) throw notFound();
    const photos = row.photos as Array<{ id: string; filename: string; contentType: string }>;
    if (photos.length + checked.length > INSPECTION_PHOTOS_MAX)
      throw conflict(`paling banyak ${INSPECTION_PHOTOS_MAX} foto`);
    const stored = await storeFiles(tx, {
      agencyId: actor.agencyId,
      kind: INSPECTION_PHOTO_KIND,
      files: checked,
      userId: actor.userId,
      now,
    });
    const added = stored.map((s, i) => ({
      id: s.id,
      filename: s.filename,
      contentType: checked[i]!.contentType,
    }));
    await updateInspection(tx, row.id, { photos: [...photos, ...added], updatedAt: now });
    return (await loadInspection(tx, actor.agencyId, row.id, true))!;
  });
}
