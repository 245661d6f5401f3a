import { textProblem } from '@sigap/contracts';
import { readZipEntry, type ZipEntry, zipEntries } from './zip';

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
const MAIN_PART_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OFFICE_DOCUMENT_RELATIONSHIPS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument', // Strict OOXML
];
const WORDPROCESSINGML = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
];
/** How much of a package part is read: the two small index parts whole, the document's opening. */
const INDEX_PART_MAX = 256 * 1024;
const DOCUMENT_HEAD = 16 * 1024;

/** The attributes of each `<tag …>` element in an XML text (names as written, values unescaped). */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs[a[1]!] = (a[2] ?? a[3] ?? '').replace(/&amp;/g, '&');
    out.push(attrs);
  }
  return out;
}

function readText(bytes: Buffer, entries: Map<string, ZipEntry>, name: string, limit: number): string | null {
  const entry = entries.get(name);
  if (!entry || entry.size > limit) return null;
  const data = readZipEntry(bytes, entry, limit);
  return data ? data.toString('utf8') : null;
}

/**
 * Whether a ZIP is a WordprocessingML document (DOCX) as Word writes one: `_rels/.rels` points
 * its officeDocument relationship at the main part, `[Content_Types].xml` gives that part the
 * main-document content type (so not a macro-enabled DOCM or a template), and the part is XML
 * whose root element is `document` in the WordprocessingML namespace. Only the two small index
 * parts and the opening of the main part are inflated, each within a limit.
 */
export function isDocx(bytes: Buffer): boolean {
  const entries = zipEntries(bytes);
  if (!entries) return false;
  const rels = readText(bytes, entries, '_rels/.rels', INDEX_PART_MAX);
  const types = readText(bytes, entries, '[Content_Types].xml', INDEX_PART_MAX);
  if (!rels || !types) return false;
  const main = elements(rels, 'Relationship').find((r) =>
    OFFICE_DOCUMENT_RELATIONSHIPS.includes(r.Type ?? ''),
  );
  if (!main?.Target || main.TargetMode === 'External') return false;
  const partName = `/${main.Target.replace(/^\/+/, '')}`;
  const override = elements(types, 'Override').find(
    (o) => o.PartName?.toLowerCase() === partName.toLowerCase(),
  );
  const extension = partName.split('.').pop()!.toLowerCase();
  const byDefault = elements(types, 'Default').find((d) => d.Extension?.toLowerCase() === extension);
  if ((override ?? byDefault)?.ContentType !== MAIN_PART_TYPE) return false;
  const entry = entries.get(partName.slice(1));
  const head = entry ? readZipEntry(bytes, entry, DOCUMENT_HEAD) : null;
  if (!head) return false;
  // the root element: after an optional BOM, XML declaration, comments and whitespace
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:([\w.-]+):)?document\b([^>]*)>/.exec(
    text,
  );
  if (!root) return false;
  const prefix = root[1];
  const declared = elements(`<r${root[2]}>`, 'r')[0] ?? {};
  return WORDPROCESSINGML.includes(declared[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? '');
}

/**
 * Complaint attachments: PDF, JPEG, PNG, or a DOCX (`isDocx`: the parts a real one has, read
 * inside the ZIP). A renamed ZIP, XLSX, DOCM, executable or HTML in a DOCX's layout is refused.
 */
export function sniffComplaintFileType(bytes: Uint8Array): { contentType: string; ext: string } | null {
  const simple = sniffFileType(bytes);
  if (simple) return { contentType: simple, ext: EXTENSION_OF[simple]! };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isZip = buffer.length > 30 && buffer.readUInt32LE(0) === 0x04034b50;
  if (isZip && isDocx(buffer)) return { contentType: DOCX, ext: 'docx' };
  return null;
}

/** A name safe to store and to send back in a header: no folders, no control characters, the sniffed extension. */
export function cleanFilename(name: string, ext: string, fallbackStem: string): string {
  const base = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"' && !textProblem(c))
    .join('')
    .trim();
  const stem = base.replace(/\.[^.]*$/, '') || fallbackStem;
  // cut by characters, not UTF-16 units, so no surrogate pair is split in half
  return `${[...stem].slice(0, 150).join('')}.${ext}`;
}
