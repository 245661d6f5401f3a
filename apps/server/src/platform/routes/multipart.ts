import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidField } from '../lib/errors';
import type { UploadedPart } from '../use-cases/letters/register-incoming-letter';

/**
 * Reads a multipart form into its text fields and its files. A file over the size limit is
 * cut and marked, so the use case can name the field instead of the request failing as a whole.
 */
export async function readMultipart(req: FastifyRequest, requiredField = 'scan') {
  if (!req.isMultipart()) throw invalidField(requiredField, 'required');
  const fields: Record<string, string> = {};
  const files: UploadedPart[] = [];
  // per-request option the types omit: mark an oversized file as truncated instead of failing the request
  const options = { throwFileSizeLimit: false } as Parameters<typeof req.parts>[0];
  for await (const part of req.parts(options)) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      files.push({
        field: part.fieldname,
        filename: part.filename,
        bytes: Buffer.concat(chunks),
        truncated: part.file.truncated,
      });
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { fields, files };
}

/** ASCII fallback plus the UTF-8 name (RFC 6266), so a scan named in Indonesian downloads intact. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A private file download: its type and a safe attachment name (`no-store` comes from the cache plugin). */
export function sendDownload(
  reply: FastifyReply,
  f: { contentType: string; filename: string; bytes: Buffer },
) {
  return reply
    .type(f.contentType)
    .header('content-disposition', contentDisposition(f.filename))
    .send(f.bytes);
}
