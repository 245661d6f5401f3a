/**
 * The type of a file from its first bytes (magic numbers), never from its name or the type
 * the browser claims: a renamed executable stays an executable.
 */
const SIGNATURES: Array<{ type: string; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffFileType(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return sig.type;
  }
  return null;
}

export const EXTENSION_OF: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Complaint attachments: PDF, JPEG, PNG, or a DOCX, which is a ZIP whose entries include
 * `word/document.xml` (entry names sit uncompressed in the ZIP headers). A renamed ZIP, XLSX
 * or executable is refused.
 */
export function sniffComplaintFileType(bytes: Uint8Array): { contentType: string; ext: string } | null {
  const simple = sniffFileType(bytes);
  if (simple) return { contentType: simple, ext: EXTENSION_OF[simple]! };
  const isZip =
    bytes.length > 30 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (text.includes('word/document.xml') && text.includes('[Content_Types].xml'))
      return { contentType: DOCX, ext: 'docx' };
  }
  return null;
}

/** A name safe to store and to send back in a header: no folders, no control characters, the sniffed extension. */
export function cleanFilename(name: string, ext: string, fallbackStem: string): string {
  const base = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim();
  const stem = base.replace(/\.[^.]*$/, '') || fallbackStem;
  return `${stem.slice(0, 150)}.${ext}`;
}
