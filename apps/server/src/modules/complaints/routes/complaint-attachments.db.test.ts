import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../testing/harness';
import { type FilePart, multipartBody, SAMPLE_PDF } from '../../../testing/multipart';
import { docxParts, makeZip } from '../../../testing/zip';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let h: Harness;
let agencyId: string;

beforeAll(async () => {
  h = await createHarness();
  agencyId = (await h.login('admin.bkpm@sigap.test')).me.agency.id;
});
afterAll(async () => h?.close());

function file(filename: string, bytes: Buffer): FilePart {
  return { field: 'attachments', filename, contentType: DOCX, bytes };
}

function portal(files: FilePart[], lang: 'id' | 'en' = 'en') {
  const body = multipartBody(
    {
      agencyId,
      type: 'a',
      subject: 'Licence waiting three weeks',
      description: 'My licence application has been waiting for verification for three weeks.',
      reporterName: 'Jane Investor',
      reporterEmail: 'jane@example.com',
    },
    files,
  );
  return h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': body.contentType, 'accept-language': lang },
    payload: body.payload,
  });
}

async function complaintCount(): Promise<number> {
  const r = await h.database.query('select count(*)::int as n from complaints');
  return (r.rows[0] as { n: number }).n;
}

describe('portal complaint attachments (issue 15, defect 9)', () => {
  it('keeps a real DOCX as a DOCX', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Bukti pembayaran')] }] });
    const res = await portal([file('bukti.docx', await Packer.toBuffer(doc))]);
    expect(res.statusCode).toBe(200);
    const stored = await h.database.query(
      `select f.content_type from complaint_attachments a join files f on f.id = a.file_id
       where f.filename = 'bukti.docx'`,
    );
    expect(stored.rows).toEqual([{ content_type: DOCX }]);
  });

  it('refuses HTML laid out like a DOCX, naming the file, and stores nothing', async () => {
    const before = await complaintCount();
    const html = '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>';
    const fake = makeZip({ ...docxParts(), 'word/document.xml': html });
    const res = await portal([file('surat.docx', fake)]);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      expect.objectContaining({ field: 'attachments[0]', rule: 'complaint_file_type' }),
    ]);
    expect(await complaintCount()).toBe(before);
  });

  it('says how many files are allowed when there are too many, in both languages', async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({
      field: 'attachments',
      filename: `bukti-${i}.pdf`,
      contentType: 'application/pdf',
      bytes: SAMPLE_PDF,
    }));
    const en = await portal(six, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().fields).toEqual([
      { field: 'attachments', rule: 'too_many', message: "'attachments' must have at most 5 items." },
    ]);
    const id = await portal(six, 'id');
    expect(id.json().fields[0].message).toBe("'attachments' maksimal berisi 5 item.");
  });
});
