import { inflateRawSync, constants as zlibConstants } from 'node:zlib';

/**
 * A bounded reader of ZIP archives, enough to look inside an upload (a DOCX) without trusting
 * it: the central directory is read with every offset checked, ZIP64, encrypted and exotic
 * entries are refused, and an entry is inflated only up to a byte limit, so a zip bomb costs
 * at most that limit.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 5000;
const INFLATE_CAP = 1024 * 1024;

/** The entries of the archive's central directory, or null when it is not a well-formed ZIP. */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> | null {
  if (bytes.length < 22) return null;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null; // ZIP64
  if (count > MAX_ENTRIES || offset + size > eocd) return null;
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > offset + size || bytes.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const end = p + 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (end > offset + size) return null;
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entries.has(entry.name)) return null; // two parts of one name: which one counts is ambiguous
    entries.set(entry.name, entry);
    p = end;
  }
  return entries;
}

/**
 * The first `limit` bytes (at most) of an entry's content, or null when the entry cannot be read
 * safely: encrypted, compressed other than stored/deflate, outside the archive, or inflating
 * past `limit` from a small input (the shape of a zip bomb).
 */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, limit: number): Buffer | null {
  if (entry.flags & 0x1) return null;
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  if (entry.method === 0) return bytes.subarray(start, Math.min(end, start + limit));
  if (entry.method !== 8) return null;
  // inflate growing prefixes of the compressed data until `limit` bytes come out: a part's
  // beginning costs its beginning, never the whole (possibly enormous) content; more than
  // INFLATE_CAP from a prefix is a ratio no document has
  for (let take = 1024; ; take *= 4) {
    const input = bytes.subarray(start, Math.min(end, start + take));
    let out: Buffer;
    try {
      out = inflateRawSync(input, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: INFLATE_CAP });
    } catch {
      return null;
    }
    if (out.length >= limit || input.length === entry.compressedSize) return out.subarray(0, limit);
  }
}
