import { createHash } from 'node:crypto';
import {
  INCOMING_SCAN_MAX_BYTES,
  type TIncomingLetter,
  ZRegisterIncomingLetterFields,
} from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { z } from 'zod';
import { nextCounter } from '../../db/repositories/cases';
import { insertFile } from '../../db/repositories/documents';
import { appendEvent, lockEventChain } from '../../db/repositories/event-log';
import { insertIncomingLetter } from '../../db/repositories/incoming-letters';
import { cleanFilename, EXTENSION_OF, sniffFileType } from '../../lib/file-type';
import { localDate } from '../../lib/local-date';
import { fieldIssue } from '../../lib/validation';
import type { AuthedCtx } from '../context';
import { getIncomingLetter } from './list-incoming-letters';

/** One uploaded file part as the route hands it over. */
export interface UploadedPart {
  field: string;
  filename: string;
  bytes: Buffer;
  /** Cut at the upload limit: the file was larger. */
  truncated: boolean;
}

/**
 * Registers a letter received by the administration office in the agenda book: the next
 * agenda number of the year (`AGD/001/2026`, gap-free), the fields and the scan, in one
 * transaction. The scan must really be a PDF, JPEG or PNG (judged by its first bytes, not its
 * name). Every problem is reported at once, naming its field, and nothing is stored.
 */
export async function registerIncomingLetter(
  { db, now, actor }: AuthedCtx,
  input: { fields: Record<string, string>; files: UploadedPart[] },
): Promise<TIncomingLetter> {
  assertCan(actor, 'incomingLetter.manage', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const issues: z.core.$ZodIssue[] = [];
  const parsed = ZRegisterIncomingLetterFields.safeParse(input.fields);
  if (!parsed.success) issues.push(...parsed.error.issues);

  for (const extra of input.files.filter((f) => f.field !== 'scan'))
    issues.push(fieldIssue(extra.field, 'unknown_field'));
  const scans = input.files.filter((f) => f.field === 'scan');
  const scan = scans[0];
  let contentType: string | null = null;
  if (!scan || scan.bytes.length === 0) issues.push(fieldIssue('scan', 'required'));
  else if (scans.length > 1) issues.push(fieldIssue('scan', 'invalid'));
  else if (scan.truncated || scan.bytes.length > INCOMING_SCAN_MAX_BYTES)
    issues.push(fieldIssue('scan', 'file_too_large'));
  else {
    contentType = sniffFileType(scan.bytes);
    if (!contentType) issues.push(fieldIssue('scan', 'file_type'));
  }

  let receivedAt = now;
  if (parsed.success) {
    if (parsed.data.receivedAt) receivedAt = new Date(parsed.data.receivedAt);
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000)
      issues.push(fieldIssue('receivedAt', 'not_future'));
    else if (parsed.data.letterDate > localDate(receivedAt, tz))
      issues.push(fieldIssue('letterDate', 'after_receipt'));
  }
  if (issues.length > 0 || !parsed.success || !scan || !contentType) throw new z.ZodError(issues);
  const fields = parsed.data;

  const id = await db.transaction(async (tx) => {
    await lockEventChain(tx, actor.agencyId);
    const year = Number(localDate(now, tz).slice(0, 4));
    const seq = await nextCounter(tx, actor.agencyId, 'agenda', year);
    const agendaNumber = `AGD/${String(seq).padStart(3, '0')}/${year}`;
    const sha256 = createHash('sha256').update(scan.bytes).digest('hex');
    const file = await insertFile(tx, {
      agencyId: actor.agencyId,
      documentId: null,
      kind: 'incoming_scan',
      filename: cleanFilename(scan.filename, EXTENSION_OF[contentType] ?? 'bin', 'scan'),
      contentType,
      size: scan.bytes.length,
      sha256,
      bytes: scan.bytes,
      createdAt: now,
      createdBy: actor.userId,
    });
    const row = await insertIncomingLetter(tx, {
      agencyId: actor.agencyId,
      agendaNumber,
      sender: fields.sender,
      letterNumber: fields.letterNumber,
      letterDate: fields.letterDate,
      receivedAt,
      subject: fields.subject,
      scanFileId: file.id,
      registeredBy: actor.userId,
      createdAt: now,
    });
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'incoming_letter',
      entityId: row.id,
      action: 'incoming_letter.registered',
      after: {
        agendaNumber,
        sender: fields.sender,
        letterNumber: fields.letterNumber,
        letterDate: fields.letterDate,
        receivedAt,
        subject: fields.subject,
        scan: { fileId: file.id, sha256, size: scan.bytes.length, contentType },
      },
      occurredAt: now,
    });
    return row.id;
  });
  return getIncomingLetter({ db, now, actor }, id);
}
