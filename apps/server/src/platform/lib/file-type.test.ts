import { textProblem } from '@sigap/contracts';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxParts, makeZip } from '../../testing/zip';
import { cleanFilename, isDocx, sniffComplaintFileType } from './file-type';
import { readZipEntry, zipEntries } from './zip';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function realDocx(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Bukti pembayaran')] }] });
  return Packer.toBuffer(doc);
}

function withPart(name: string, content: string | null): Buffer {
  const parts: Record<string, string> = docxParts();
  if (content === null) delete parts[name];
  else parts[name] = content;
  return makeZip(parts);
}

describe('DOCX by content', () => {
  it('takes a DOCX written by a word processor and a minimal one, deflated or stored', async () => {
    expect(sniffComplaintFileType(await realDocx())).toEqual({ contentType: DOCX, ext: 'docx' });
    expect(isDocx(makeZip(docxParts()))).toBe(true);
    expect(isDocx(makeZip(docxParts(), { store: true }))).toBe(true);
  });

  it('refuses HTML laid out like a DOCX', () => {
    const html = '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>';
    expect(sniffComplaintFileType(withPart('word/document.xml', html))).toBeNull();
    // the parts' names alone, as the old check looked for them, are not enough
    expect(
      sniffComplaintFileType(makeZip({ '[Content_Types].xml': html, 'word/document.xml': html })),
    ).toBeNull();
  });

  it('wants each part a real DOCX has', () => {
    const parts = docxParts();
    expect(isDocx(withPart('_rels/.rels', null))).toBe(false);
    expect(isDocx(withPart('[Content_Types].xml', null))).toBe(false);
    expect(isDocx(withPart('word/document.xml', null))).toBe(false);
    // a macro-enabled document (DOCM) or a spreadsheet is not a DOCX
    const docm = parts['[Content_Types].xml']!.replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.ms-word.document.macroEnabled.main+xml',
    );
    expect(isDocx(withPart('[Content_Types].xml', docm))).toBe(false);
    // the relationship must point at the main part
    const elsewhere = parts['_rels/.rels']!.replace('word/document.xml', 'word/other.xml');
    expect(isDocx(withPart('_rels/.rels', elsewhere))).toBe(false);
    // a `document` root in another namespace
    const foreign = parts['word/document.xml']!.replace(
      'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      'http://example.com/not-word',
    );
    expect(isDocx(withPart('word/document.xml', foreign))).toBe(false);
    expect(isDocx(Buffer.from('PK\u0003\u0004 not really a zip at all, just its first bytes'))).toBe(false);
  });

  it('inflates only the opening of a part, so a zip bomb costs little', () => {
    const parts = docxParts();
    const huge = parts['word/document.xml']!.replace('<w:body>', `<w:body>${' '.repeat(32 * 1024 * 1024)}`);
    const bomb = makeZip({ ...parts, 'word/document.xml': huge });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    expect(isDocx(bomb)).toBe(true); // the root element is at the start; the rest is never inflated
    expect(Date.now() - started).toBeLessThan(500);
    const entries = zipEntries(bomb)!;
    expect(readZipEntry(bomb, entries.get('word/document.xml')!, 1000)!.length).toBe(1000);
  });
});

describe('cleanFilename', () => {
  it('drops NUL, control characters and unpaired surrogates, and never splits a surrogate pair', () => {
    expect(cleanFilename('../a\u0000b\ud800c\u0007.pdf', 'pdf', 'scan')).toBe('abc.pdf');
    const long = cleanFilename(`${'x'.repeat(149)}\ud83d\ude00tail.docx`, 'docx', 'scan');
    expect(textProblem(long)).toBeNull();
    expect(long).toBe(`${'x'.repeat(149)}\ud83d\ude00.docx`);
  });
});
