import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { insertFile } from '../db/repositories/documents';
import { cleanFilename } from '../lib/file-type';
import { fieldIssue } from '../lib/validation';
import type { Db } from '../use-cases/context';

/** One uploaded file part as a route hands it over. */
export interface UploadedFile {
  field: string;
  filename: string;
  bytes: Buffer;
  truncated: boolean;
}

/** A file that passed the checks: its cleaned name and the type judged by its content. */
export interface CheckedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** What a module allows on one submission of its record. */
export interface UploadRules {
  /** The multipart field that carries the files (other file fields are refused as unknown). */
  field: string;
  max: number;
  maxBytes: number;
  /** The type by content (never by the name or the declared type), or null when not allowed. */
  sniff(bytes: Buffer): { ext: string; contentType: string } | null;
  /** The rule named when a file's content is not an allowed type. */
  typeRule: string;
  /** The name a file gets when it came without a usable one. */
  fallbackName: string;
}

/**
 * Checks the files of one submission against the module's rules. Problems name the file
 * (`attachments[2]`) and the rule, and are pushed to `issues`, so the use case refuses the
 * whole submission before anything is stored.
 */
export function checkUploads(
  files: UploadedFile[],
  issues: z.core.$ZodIssue[],
  rules: UploadRules,
): CheckedFile[] {
  const out: CheckedFile[] = [];
  for (const extra of files.filter((f) => f.field !== rules.field))
    issues.push(fieldIssue(extra.field, 'unknown_field'));
  const parts = files.filter((f) => f.field === rules.field && (f.bytes.length > 0 || f.filename));
  if (parts.length > rules.max) issues.push(fieldIssue(rules.field, 'too_many', { max: rules.max }));
  parts.forEach((f, i) => {
    const field = `${rules.field}[${i}]`;
    if (f.truncated || f.bytes.length > rules.maxBytes) issues.push(fieldIssue(field, 'file_too_large'));
    else if (f.bytes.length === 0) issues.push(fieldIssue(field, 'required'));
    else {
      const type = rules.sniff(f.bytes);
      if (!type) issues.push(fieldIssue(field, rules.typeRule));
      else
        out.push({
          filename: cleanFilename(f.filename, type.ext, rules.fallbackName),
          contentType: type.contentType,
          bytes: f.bytes,
        });
    }
  });
  return out.slice(0, rules.max);
}

/**
 * Stores checked files in the agency's file store, in the caller's transaction; the module then
 * links each to its record (its own attachment table says which record and which step).
 */
export async function storeFiles(
  tx: Db,
  opts: { agencyId: string; kind: string; files: CheckedFile[]; userId: string | null; now: Date },
): Promise<Array<{ id: string; sha256: string; filename: string }>> {
  const stored = [];
  for (const f of opts.files) {
    const sha256 = createHash('sha256').update(f.bytes).digest('hex');
    const file = await insertFile(tx, {
      agencyId: opts.agencyId,
      documentId: null,
      kind: opts.kind,
      filename: f.filename,
      contentType: f.contentType,
      size: f.bytes.length,
      sha256,
      bytes: f.bytes,
      createdAt: opts.now,
      createdBy: opts.userId,
    });
    stored.push({ id: file.id, sha256, filename: f.filename });
  }
  return stored;
}
