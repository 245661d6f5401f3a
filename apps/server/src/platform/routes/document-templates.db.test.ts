import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';

let h: Harness;
let admin: Session;
let pengolah: Session;
let bkpmAdmin: Session;

beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-11-23T01:00:00Z') });
  admin = await h.login('admin.kaltim@sigap.test');
  pengolah = await h.login('pengolah.kaltim@sigap.test');
  bkpmAdmin = await h.login('admin.bkpm@sigap.test');
});
afterAll(async () => h?.close());

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

interface Summary {
  code: string;
  latestVersion: number;
  versions: Array<{ version: number; own: boolean }>;
}

describe('document templates', () => {
  it('lists the shipped templates to any staff member, each at version 1', async () => {
    const res = await h.as(pengolah, 'GET', '/api/document-templates');
    expect(res.statusCode, res.body).toBe(200);
    const templates = res.json().templates as Summary[];
    expect(templates.map((t) => t.code)).toEqual(
      expect.arrayContaining([
        'formulir-a',
        'formulir-b',
        'formulir-c',
        'berita-acara-rapat',
        'sk-pencabutan-izin',
      ]),
    );
    expect(templates.length).toBe(14);
    expect(templates.find((t) => t.code === 'undangan')).toMatchObject({
      kind: 'letter',
      title: { id: 'Surat Undangan', en: 'Invitation letter' },
      latestVersion: 1,
      versions: [{ version: 1, own: false }],
    });
  });

  it('returns one version with its fields, blocks and rules', async () => {
    const res = await h.as(pengolah, 'GET', '/api/document-templates/formulir-b');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ code: 'formulir-b', version: 1, own: false });
    expect(body.template.rules).toEqual([{ atLeastOne: ['phone', 'email'] }]);
    expect((await h.as(pengolah, 'GET', '/api/document-templates/tidak-ada')).statusCode).toBe(404);
  });

  it('previews with data as an inline PDF, in the language asked for', async () => {
    const res = await h.as(pengolah, 'POST', '/api/document-templates/formulir-a/preview', {
      lang: 'en',
      data: {
        reporterName: 'Rina Wulandari',
        address: 'Jl. M.T. Haryono No. 12, Samarinda',
        contact: '0812-5500-1234',
        time: '10:30',
        date: '2026-11-23',
        problem: 'PKKPR not processed',
        description: 'Submitted on 2 November 2026, no change since.',
        officerName: 'Dewi Anggraini',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('inline; filename="formulir-a-en.pdf"');
    const text = await pdfText(res.rawPayload);
    for (const s of [
      'FORM A',
      'Full name',
      'Rina Wulandari',
      'Monday, 23 November 2026',
      '10:30 WITA',
      'Page 1 of 1',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('Nama lengkap');
  });

  it('refuses Form B data with neither phone nor email, naming both fields', async () => {
    const res = await h.as(pengolah, 'POST', '/api/document-templates/formulir-b/preview', {
      data: { type: 'saran', content: 'Mohon ruang tunggu diperluas.' },
    });
    expect(res.statusCode, res.body).toBe(400);
    const fields = res.json().fields as Array<{ field: string; rule: string; message: string }>;
    expect(fields.map((f) => [f.field, f.rule])).toEqual([
      ['data.phone', 'at_least_one'],
      ['data.email', 'at_least_one'],
    ]);
    expect(fields[0]!.message).toContain('phone, email');
    // a blank slip for the box still prints
    const blank = await h.as(pengolah, 'POST', '/api/document-templates/formulir-b/preview', {
      data: {},
      partial: true,
    });
    expect(blank.statusCode, blank.body).toBe(200);
  });

  it('serves the sample-data preview as PDF and DOCX', async () => {
    const pdf = await h.as(pengolah, 'GET', '/api/document-templates/berita-acara-rapat/preview.pdf?lang=id');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(await pdfText(pdf.rawPayload)).toContain('BERITA ACARA RAPAT TINDAK LANJUT PENGADUAN MASYARAKAT');

    const docx = await h.as(pengolah, 'GET', '/api/document-templates/undangan/preview.docx');
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Undangan Forum Bisnis Kalimantan Timur 2026');
    expect(xml).toContain('Kamis, 10 Desember 2026');
  });

  it("uses an agency's new version for new previews while v1 stays retrievable; the other agency never sees it", async () => {
    const v1 = (await h.as(admin, 'GET', '/api/document-templates/undangan')).json().template;
    const v2 = {
      ...v1,
      title: { id: 'Surat Undangan Dinas', en: 'Official invitation' },
      blocks: [
        ...v1.blocks,
        {
          type: 'paragraph',
          text: { id: 'Busana: batik lengan panjang.', en: 'Dress code: long-sleeved batik.' },
        },
      ],
    };

    // not for a non-admin
    const refused = await h.as(pengolah, 'POST', '/api/document-templates/undangan/versions', v2);
    expect(refused.statusCode, refused.body).toBe(403);

    // a broken body names the path and the rule
    const broken = await h.as(admin, 'POST', '/api/document-templates/undangan/versions', {
      ...v2,
      blocks: [...v2.blocks, { type: 'paragraph', text: { id: '{{tamu}}', en: '{{guest}}' } }],
    });
    expect(broken.statusCode, broken.body).toBe(400);
    expect(broken.json().fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `blocks.${v2.blocks.length}.text.id`, rule: 'unknown_placeholder' }),
      ]),
    );

    const published = await h.as(admin, 'POST', '/api/document-templates/undangan/versions', v2);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ code: 'undangan', version: 2 });

    const list = (await h.as(pengolah, 'GET', '/api/document-templates')).json().templates as Summary[];
    expect(list.find((t) => t.code === 'undangan')).toMatchObject({
      latestVersion: 2,
      title: { id: 'Surat Undangan Dinas' },
      versions: [
        { version: 1, own: false },
        { version: 2, own: true },
      ],
    });

    const newest = await pdfText(
      (await h.as(pengolah, 'GET', '/api/document-templates/undangan/preview.pdf')).rawPayload,
    );
    expect(newest).toContain('Busana: batik lengan panjang.');
    const first = await pdfText(
      (await h.as(pengolah, 'GET', '/api/document-templates/undangan/preview.pdf?version=1')).rawPayload,
    );
    expect(first).not.toContain('Busana');
    const stored = await h.as(pengolah, 'GET', '/api/document-templates/undangan?version=1');
    expect(stored.json()).toMatchObject({
      version: 1,
      own: false,
      template: { title: { id: 'Surat Undangan' } },
    });

    // BKPM sees only the shipped version
    const other = (await h.as(bkpmAdmin, 'GET', '/api/document-templates')).json().templates as Summary[];
    expect(other.find((t) => t.code === 'undangan')).toMatchObject({
      latestVersion: 1,
      versions: [{ version: 1 }],
    });
    expect((await h.as(bkpmAdmin, 'GET', '/api/document-templates/undangan?version=2')).statusCode).toBe(404);
    const theirs = await pdfText(
      (await h.as(bkpmAdmin, 'GET', '/api/document-templates/undangan/preview.pdf')).rawPayload,
    );
    expect(theirs).not.toContain('Busana');

    // the publication is in the audit log
    const audit = await h.as(admin, 'GET', '/api/audit/events?limit=20');
    expect(audit.body).toContain('document_template.published');
  });

  it('previews an unpublished body from the editor, with the checks publishing makes', async () => {
    const v1 = (await h.as(admin, 'GET', '/api/document-templates/formulir-a?version=1')).json().template;
    const ok = await h.as(admin, 'POST', '/api/document-templates/formulir-a/preview', {
      template: { ...v1, title: { id: 'Formulir A (uji)', en: 'Form A (test)' } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = await h.as(admin, 'POST', '/api/document-templates/formulir-a/preview', {
      template: { ...v1, blocks: [{ type: 'table', field: 'reporterName' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'template.blocks.0.field', rule: 'field_type' });
  });

  it('asks for a login', async () => {
    expect((await h.as(null, 'GET', '/api/document-templates')).statusCode).toBe(401);
  });
});
