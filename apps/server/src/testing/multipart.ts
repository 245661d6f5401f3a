import { randomBytes } from 'node:crypto';

export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** A text field sent as exact bytes with its own part type (e.g. `text/plain; charset=utf-16le`). */
export interface RawField {
  bytes: Buffer;
  contentType: string;
}

/** A multipart/form-data body as a browser sends it (for `app.inject`). */
export function multipartBody(fields: Record<string, string | RawField>, files: FilePart[] = []) {
  const boundary = `----sigap${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const raw = typeof value === 'string' ? null : value;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${raw ? `Content-Type: ${raw.contentType}\r\n` : ''}\r\n`,
      ),
      raw ? raw.bytes : Buffer.from(value as string),
      Buffer.from('\r\n'),
    );
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.contentType}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The smallest file each content check accepts. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const SAMPLE_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);
