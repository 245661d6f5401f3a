import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TDocumentTemplateFile, TTemplateData, TTemplateField } from '@sigap/contracts';
import { formatFieldValue } from '@sigap/core';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplateDirectory, loadDocumentTemplates } from './load-templates';
import { type RenderDocumentInput, renderDocument, renderDocumentDocx } from './render-document';

const AGENCY = {
  name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Timur',
  shortName: 'DPMPTSP Kaltim',
  address: 'Jl. Basuki Rahmat No. 55, Samarinda, Kalimantan Timur',
  timeZone: 'Asia/Makassar',
};

let templates: TDocumentTemplateFile[];
beforeAll(async () => {
  templates = await loadDocumentTemplates();
});

function template(code: string): TDocumentTemplateFile {
  const t = templates.find((x) => x.code === code);
  if (!t) throw new Error(`no template ${code}`);
  return t;
}

function input(t: TDocumentTemplateFile, over: Partial<RenderDocumentInput> = {}): RenderDocumentInput {
  return {
    template: t,
    data: t.sample ?? {},
    agency: AGENCY,
    number: null,
    numberPlaceholder: '500.16/…/DPMPTSP-DALAK/XI/2026',
    date: null,
    caseNumber: 'PGD-2026-000123',
    lang: 'id',
    ...over,
  };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/**
 * Whitespace folded and case ignored: line breaks fall where the page width puts them, also
 * right after a '/' or '-' ('…/TELEPON/' + newline + 'SURAT…').
 */
const norm = (s: string) =>
  s
    .replace(/([/-])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** What the document must show for a filled-in field: its printed value, or each item, cell and option. */
function printedValues(field: TTemplateField, value: unknown, lang: 'id' | 'en'): string[] {
  if (field.type === 'list') return (value as unknown[]).map(String);
  if (field.type === 'table')
    return (value as Array<Record<string, unknown>>).flatMap((row) => Object.values(row).map(String));
  if (field.type === 'select' && Array.isArray(value))
    return value.map((v) => field.options?.find((o) => o.value === v)?.label[lang] ?? String(v));
  return [formatFieldValue(field, value, { lang, timeZone: AGENCY.timeZone })];
}

/** The labels the template prints for a field: its label/value rows and the columns of its tables. */
function printedLabels(t: TDocumentTemplateFile, field: TTemplateField, lang: 'id' | 'en'): string[] {
  const labels: string[] = [];
  for (const b of t.blocks) {
    if (b.type === 'fields') {
      for (const row of b.rows) {
        const r = typeof row === 'string' ? { field: row } : row;
        if (r.field === field.name) labels.push(r.label?.[lang] ?? field.label[lang]);
      }
    }
    if (b.type === 'table' && b.field === field.name) {
      const shown = b.columns ?? field.columns?.map((c) => c.name) ?? [];
      for (const c of field.columns ?? []) if (shown.includes(c.name)) labels.push(c.label[lang]);
    }
  }
  return labels;
}

function expectAll(text: string, expected: string[], what: string) {
  const haystack = norm(text);
  const missing = expected.filter((e) => !haystack.includes(norm(e)));
  expect(missing, `${what}: missing from the PDF text`).toEqual([]);
}

describe('shipped templates', () => {
  it('loads every template the issue names, each with complete sample data', () => {
    expect(templates.map((t) => t.code)).toEqual([
      'berita-acara-pemeriksaan',
      'berita-acara-rapat',
      'formulir-a',
      'formulir-b',
      'formulir-c',
      'laporan-kegiatan',
      'nota-dinas',
      'rekomendasi-pencabutan',
      'sk-pencabutan-izin',
      'surat-jawaban',
      'surat-pembekuan',
      'surat-peringatan',
      'surat-tugas',
      'undangan',
    ]);
    for (const t of templates) expect(t.sample, t.code).toBeDefined();
  });

  it('refuses to load a bad template, naming the file and the rule', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sigap-templates-'));
    try {
      await cp(defaultTemplateDirectory(), dir, { recursive: true });
      const form = await readFile(join(dir, 'formulir-b-v1.yaml'), 'utf8');
      await writeFile(join(dir, 'formulir-b-v1.yaml'), form.replace('{{content}}', '{{isi}}'));
      await writeFile(join(dir, 'rusak.yaml'), 'code: rusak\nversion: 1\nkind: letter\n');
      const error = await loadDocumentTemplates(dir).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toContain('formulir-b-v1.yaml [unknown_placeholder]');
      expect(error?.message).toContain('rusak.yaml [schema]');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('renderDocument', () => {
  it('renders every shipped template with its sample data, showing each required field’s label and value', async () => {
    for (const t of templates) {
      const { pdf, text } = await renderDocument(input(t));
      const printed = await pdfText(pdf);
      const data = t.sample as TTemplateData;
      const expected: string[] = [AGENCY.address, 'Halaman 1 dari'];
      for (const field of t.fields.filter((f) => f.required)) {
        expected.push(...printedLabels(t, field, 'id'), ...printedValues(field, data[field.name], 'id'));
      }
      expectAll(printed, expected, t.code);
      // the search text says the same as the page
      expectAll(text, expected.slice(2), `${t.code} (text)`);
      // Roboto is embedded, not referenced
      expect(pdf.toString('latin1'), t.code).toContain('/FontFile2');
    }
    // every shipped template in turn: about a second on an idle machine, more when the suite shares it
  }, 60_000);

  // Lampiran II.A: every line of Formulir A
  const FORM_A = [
    'FORMULIR A',
    'PENERIMAAN PENGADUAN MASYARAKAT SECARA LANGSUNG',
    'A. IDENTITAS PELAPOR',
    'Nama lengkap',
    'Institusi',
    'Alamat lengkap',
    'No. Telepon/Surel',
    'B. WAKTU PENGADUAN',
    'Pukul',
    'Hari/tanggal',
    'C. MASALAH PENGADUAN',
    'D. URAIAN PENGADUAN',
    'E. PENYELESAIAN',
    'Petugas Layanan Pengaduan Masyarakat',
  ];
  // Lampiran II.B: Formulir B with its required marks and the confidentiality promise
  const FORM_B = [
    'FORMULIR B',
    'PENGADUAN MASYARAKAT MELALUI KOTAK PENGADUAN',
    'Jenis Pengaduan (*)',
    'Saran',
    'Pertanyaan',
    'Informasi',
    'Pengaduan/Keluhan',
    'Masalah',
    'ISI PENGADUAN',
    'DATA PELAPOR',
    'Nama Pelapor',
    'Alamat',
    'Jenis Kelamin',
    'Telp. / HP (**)',
    'Email (**)',
    '(*) Wajib Diisi',
    '(**) Salah Satu Wajib Diisi',
    'hendaknya menyertakan data dukung beberapa informasi yang relevan dan lengkap',
    'Harap diisi dengan lengkap dan benar! Pengaduan anda akan ditangani semestinya dan kerahasiaan pengirim dijamin.',
  ];
  // Lampiran I (II.2.c-d) and II.C: Formulir C, every channel, the mass-media note, staff forwarding
  const FORM_C = [
    'FORMULIR C',
    'PENERIMAAN PENGADUAN MASYARAKAT MELALUI CONTACT CENTER/TELEPON/SURAT/FAKSIMILI, MEDIA ELEKTRONIK DAN MEDIA MASSA',
    'A. IDENTITAS PELAPOR',
    'Nama lengkap',
    'Institusi',
    'Alamat lengkap',
    'No. Telepon/Surel/Twitter',
    'B. WAKTU PENGADUAN',
    'Pukul',
    'Hari/tanggal (terima)',
    'Sarana Pengaduan',
    'Contact center',
    'Telepon',
    'Surat',
    'Faksimili',
    'Surat elektronik',
    'Twitter',
    'Facebook',
    'Pesan singkat',
    'Laman LAPOR!',
    'Media massa',
    'Nama media',
    'Tanggal pemuatan/penayangan',
    'pegawai ASN',
    'C. MATERI PENGADUAN',
    'Petugas Layanan Pengaduan Masyarakat',
  ];
  // Lampiran III: Berita Acara Rapat Tindak Lanjut Pengaduan Masyarakat
  const MINUTES = [
    'BERITA ACARA RAPAT TINDAK LANJUT PENGADUAN MASYARAKAT',
    'I. PENDAHULUAN',
    'A. DASAR',
    'Laporan Petugas Layanan Pengaduan Masyarakat',
    'Formulir/Surat Pengaduan Masyarakat',
    'B. MAKSUD DAN TUJUAN',
    'Untuk memutuskan tindak lanjut terhadap pengaduan masyarakat mengenai',
    'C. WAKTU DAN TEMPAT',
    'Rapat diadakan pada',
    'Hari/Tanggal',
    'Pukul',
    'Tempat',
    'D. PIMPINAN RAPAT',
    'E. PESERTA RAPAT',
    'II. PELAKSANAAN',
    'Rapat dibuka dan dipimpin oleh',
    'Pemapar',
    'Materi paparan',
    'Rapat atas Formulir Layanan Pengaduan Masyarakat Nomor/tanggal',
    'Saran pendapat',
    'Pimpinan/Peserta Rapat',
    'III. KEPUTUSAN RAPAT',
    'IV. RENCANA TINDAK LANJUT',
    'V. PENUTUP',
    'Demikian Berita Acara Rapat ini dibuat sebagai bahan pertimbangan bagi Pimpinan',
    'Mengetahui',
    'Pimpinan Rapat',
    'Sekretaris/Pembuat Notulen',
  ];

  it.each([
    ['formulir-a', FORM_A],
    ['formulir-b', FORM_B],
    ['formulir-c', FORM_C],
    ['berita-acara-rapat', MINUTES],
  ])('prints every field seed 002 lists on %s', async (code, lines) => {
    const { pdf } = await renderDocument(input(template(code)));
    expectAll(await pdfText(pdf), lines, code);
  });

  it('prints a blank form with dotted lines for the box (Form B with no data)', async () => {
    const { pdf } = await renderDocument(input(template('formulir-b'), { data: {} }));
    const printed = await pdfText(pdf);
    expectAll(printed, FORM_B, 'blank Form B');
    expect(printed).toContain('……');
  });

  it('uses English labels in English', async () => {
    const t = template('formulir-a');
    const printed = norm(await pdfText((await renderDocument(input(t, { lang: 'en' }))).pdf));
    for (const label of [
      'FORM A',
      'Full name',
      'Phone no./email',
      'Day/date',
      'Complaint service officer',
      'Page 1 of',
    ])
      expect(printed).toContain(norm(label));
    expect(printed).toContain('monday, 23 november 2026');
    expect(printed).not.toContain('nama lengkap');
  });

  it('prints the number, the date in Indonesian, the QR code and the electronic-signature note once signed', async () => {
    const verifyUrl = 'https://sigap.example.go.id/verifikasi/3f9c2a';
    const { pdf, text } = await renderDocument(
      input(template('undangan'), {
        number: '005/123/DPMPTSP-PROMOSI/XI/2026',
        date: new Date('2026-11-23T03:00:00Z'),
        signature: {
          name: 'Dr. H. Puguh Harjanto, S.STP., M.Si.',
          position: 'Kepala Dinas',
          nip: '197908101998021001',
          signedAt: new Date('2026-11-23T03:00:00Z'),
          verifyUrl,
        },
        initials: [
          { name: 'Siti Rahmawati', position: 'Kepala Seksi Promosi', at: new Date('2026-11-22T07:00:00Z') },
        ],
      }),
    );
    const printed = await pdfText(pdf);
    expectAll(
      printed,
      [
        '005/123/DPMPTSP-PROMOSI/XI/2026',
        'Samarinda, 23 November 2026',
        'Kepala Dinas,',
        'NIP. 197908101998021001',
        'Ditandatangani secara elektronik',
        `Dokumen ini ditandatangani secara elektronik; periksa keasliannya di ${verifyUrl}`,
        'Paraf',
        'Siti Rahmawati',
      ],
      'signed letter',
    );
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    expect(text).toContain(verifyUrl);
  });
});

describe('renderDocumentDocx', () => {
  it('writes a Word file whose document.xml holds the field values', async () => {
    const t = template('surat-tugas');
    const docx = await renderDocumentDocx(input(t));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(docx);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const sample = t.sample as {
      officers: Array<{ name: string; nip: string }>;
      task: string;
      place: string;
    };
    for (const value of [
      'SURAT TUGAS',
      'MEMBERI TUGAS',
      sample.officers[0]!.name,
      sample.officers[1]!.nip,
      sample.task,
      sample.place,
      '30 November 2026',
      AGENCY.name.toUpperCase(),
    ]) {
      expect(xml).toContain(value.replace(/&/g, '&amp;'));
    }
    expect(Object.keys(zip.files)).toContain('word/footer1.xml');
  });

  it('embeds the QR code once signed', async () => {
    const docx = await renderDocumentDocx(
      input(template('nota-dinas'), {
        number: '000.1/45/DPMPTSP/XI/2026',
        date: new Date('2026-11-23T03:00:00Z'),
        signature: {
          name: 'Ir. Mulyadi Saputra, M.T.',
          position: 'Kepala Bidang',
          nip: '197211031998031004',
          signedAt: new Date('2026-11-23T03:00:00Z'),
          verifyUrl: 'https://sigap.example.go.id/verifikasi/77',
        },
      }),
    );
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('000.1/45/DPMPTSP/XI/2026');
  });
});
