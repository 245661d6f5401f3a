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

/** SOP 067/001 as seed 004 prints it: header block, two header rows, a step with a sub-row. */
const TABLE_067_001 = [
  'Nomor SOP\t067/001/DPMPTSP-DALAK/XI/2022',
  'Tanggal Pembuatan\t03 November 2022',
  'Tanggal Revisi',
  'Tanggal Efektif\t06 Desember 2022',
  'Disahkan oleh\tKepala DPMPTSP Prov. Kaltim  Puguh Harjanto, S.STP., M.Si NIP. 197908101998021001',
  'Nama SOP\tPemantauan Pelaksanaan Penanaman Modal',
  'Dasar Hukum',
  '- 1 Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko;',
  'Peralatan/perlengkapan',
  '- 1 Alat Perlengkapan Kantor (APK) dan Alat Tulis Kantor (ATK)',
  '- 2 Jaringan internet',
  '',
  'No.\tKEGIATAN\tPELAKSANA\t\t\t\tMUTU BAKU\t\t\tKet.\t',
  '\t\tPengolah\tPemeriksa Penanaman Modal\tAnalisis Kebijakan\tKabid Pengendalian\tPengadministrasi\tKelengkapan\tWaktu\t\tOutput',
  '1\tMempersiapkan data bahan dan pendekatan pemantauan - Perusahaan yang harus dipantau - Laporan realisasi penanaman modal yang dipantau - Kabupaten/Kota ikut serta melakukan pemantauan\t\t\t\t\tNIB, LKPM, SS, Izin, UMKU, PKKPR, PBG, Persetujuan Lingkungan\t1 jam\tKoordinasi, Surat Menyurat\t\t',
  '\t\t\t\t\t\t\tKoordinasi Surat menyurat\t2 jam\tDaftar legalitas para Penanaman Modal PMA/PMDN yang terpantau\t',
  '2\tMencermati dan mempelajari legalitas Pelaku Usaha serta melakukan pemantauan realisasi',
  'PMA/PMDN\t\t\t\t\t\tDaftar legalitas para Penanaman Modal PMA/PMDN yang terpantau\t1 jam\tSosialisasi/Workshop, matrik evaluasi kegiatan, dan kunjungan ke perusahaan\t',
  '3\tMelaksanakan kegiatan pemantauan dan realisasi investasi pelaku usaha\t\t\t\t\t\tSosialisasi/Workshop, matrik evaluasi kegiatan, dan kunjungan ke perusahaan\t3 jam\tLKPM terbaru dan Berita Acara Pemantauan\t',
  '4\tMelakukan evaluasi hasil pemantauan dan realisasi investasi serta Laporan LKPM\t\t\t\t\t\tLKPM terbaru dan Berita Acara Pemantauan\t30 menit\tBahan evaluasi kegiatan pembinaan dan pengawasan\t',
  '5\tMelakukan tindak lanjut pemantauan sebagai bahan evaluasi\t\t\t\t\t\tBahan evaluasi kegiatan pembinaan dan pengawasan\t30 menit\tData tercatat dan tersimpan\t',
  '6\tPengarsipan Dokumen\t\t\t\t\tData tercatat dan tersimpan\t30 menit\tLaporan realisasi investasi penanaman modal\t\t',
].join('\n');

interface TStep {
  id: string;
  actors: string[];
  symbol?: string;
  flow: unknown;
  [k: string]: unknown;
}
interface TDraftDef {
  key: string;
  steps: TStep[];
  [k: string]: unknown;
}

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the SOP viewer', () => {
  it('lists every SOP with its versions to any staff member', async () => {
    const res = await h.as(pengolah, 'GET', '/api/sops');
    expect(res.statusCode, res.body).toBe(200);
    const sops = res.json().sops as Array<{ key: string; versions: unknown[] }>;
    expect(sops.length).toBeGreaterThanOrEqual(19);
    expect(sops.find((s) => s.key === 'dalak-067-012')).toMatchObject({
      code: '067/012',
      title: { id: 'Pencabutan Perizinan Berdasarkan Pelanggaran' },
      stepCount: 7,
      latestVersion: 1,
      versions: [
        { version: 1, status: 'published', origin: 'file', own: false, effectiveDate: '2022-12-06' },
      ],
    });
    expect((await h.as(null, 'GET', '/api/sops')).statusCode).toBe(401);
  });

  it('shows a version with its swimlane model', async () => {
    const res = await h.as(pengolah, 'GET', '/api/sops/dalak-067-012/versions/1');
    expect(res.statusCode, res.body).toBe(200);
    const { definition, swimlane } = res.json();
    expect(definition).toMatchObject({ key: 'dalak-067-012', version: 1, code: '067/012' });
    expect(swimlane.lanes.map((l: { role: string }) => l.role)).toEqual([
      'fungsional',
      'kabid',
      'kepala_dinas',
    ]);
    expect(swimlane.rows.map((r: { symbol: string }) => r.symbol)).toEqual([
      'terminator',
      'process',
      'process',
      'process',
      'decision',
      'decision',
      'terminator',
    ]);
    expect(swimlane.rows[4]).toMatchObject({
      laneIndex: 1,
      timeText: '60 menit',
      next: [
        { toStepId: 's6', label: 'Ya', toRowIndex: 5 },
        { toStepId: 's2', label: 'Tidak', toRowIndex: 1 },
      ],
    });
    expect((await h.as(pengolah, 'GET', '/api/sops/dalak-067-012/versions/9')).statusCode).toBe(404);
    const bad = await h.as(pengolah, 'GET', '/api/sops/dalak-067-012/versions/x', undefined, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toMatch(/version/);
  });

  it('prints the SOP as a PDF in the official table format', async () => {
    const res = await h.as(pengolah, 'GET', '/api/sops/dalak-067-012/versions/1/pdf');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('SOP-dalak-067-012-v1.pdf');
    const text = await pdfText(res.rawPayload);
    for (const expected of [
      '067/012/DPMPTSP-DALAK/XI/2022',
      'STANDAR OPERASIONAL PROSEDUR',
      '6 Desember 2022',
      'Dasar Hukum',
      'Menyiapkan Surat Tugas',
      'Melaksanakan Verifikasi Lapangan',
      'Menyimpan dan mengarsipkan dokumen',
      'Fungsional/Pelaksana',
      'Kabid Pengendalian',
      'Kepala Dinas',
      'Kelengkapan',
      '180 menit',
      '15 menit',
      'Tidak',
      'Halaman 1 dari 2',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('importing and publishing a new version', () => {
  let imported: TDraftDef;
  let draftId: string;
  let oldCaseId: string;

  it('refuses the import to staff without the admin role and names a bad field', async () => {
    expect((await h.as(pengolah, 'POST', '/api/sops/import', { text: TABLE_067_001 })).statusCode).toBe(403);
    const empty = await h.as(admin, 'POST', '/api/sops/import', { text: '' }, 'en');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields.map((f: { field: string }) => f.field)).toEqual(['text']);
    const noTable = await h.as(admin, 'POST', '/api/sops/import', { text: 'tidak ada tabel di sini' });
    expect(noTable.statusCode).toBe(400);
    expect(noTable.json().fields[0]).toMatchObject({ field: 'text', rule: 'invalid' });
  });

  it('reads a pasted table into a draft with its times and lanes', async () => {
    const res = await h.as(admin, 'POST', '/api/sops/import', { text: TABLE_067_001 });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.tableCount).toBe(1);
    expect(body.unmatchedLabels).toEqual([]);
    expect(body.lanes.map((l: { role: string }) => l.role)).toEqual([
      'pengolah',
      'pemeriksa_pm',
      'analis_kebijakan',
      'kabid',
      'pengadministrasi',
    ]);
    imported = body.definition;
    expect(imported).toMatchObject({
      code: '067/001',
      key: '067-001',
      number: '067/001/DPMPTSP-DALAK/XI/2022',
      effectiveDate: '2022-12-06',
      source: { agency: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Timur' },
    });
    expect(imported.steps).toHaveLength(6);
    expect(imported.steps[0]).toMatchObject({
      actors: ['pengolah'],
      time: { amount: 3, unit: 'hour', basis: 'working', raw: '1 jam 2 jam' },
      outputs: [
        'Koordinasi, Surat Menyurat',
        'Daftar legalitas para Penanaman Modal PMA/PMDN yang terpantau',
      ],
    });
    // the activity cut by a line break is joined again
    expect(imported.steps[1]).toMatchObject({
      activity: {
        id: 'Mencermati dan mempelajari legalitas Pelaku Usaha serta melakukan pemantauan realisasi PMA/PMDN',
      },
    });
  });

  it('keeps the case started before publishing on version 1', async () => {
    const start = await h.as(pengolah, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-001',
      subject: 'Pemantauan PT Lama',
    });
    expect(start.statusCode, start.body).toBe(200);
    oldCaseId = start.json().id;
  });

  it('saves the import as a draft of the agency that only its admin sees', async () => {
    const bad = await h.as(
      admin,
      'POST',
      '/api/sops/drafts',
      { definition: { ...imported, key: 'Bad Key' } },
      'en',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toContain('definition.key');

    const res = await h.as(admin, 'POST', '/api/sops/drafts', {
      definition: { ...imported, key: 'dalak-067-001' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', key: 'dalak-067-001', problems: [] });
    draftId = res.json().id;
    expect(res.json().swimlane.rows).toHaveLength(6);

    const again = await h.as(admin, 'POST', '/api/sops/drafts', {
      definition: { ...imported, key: 'dalak-067-001' },
    });
    expect(again.statusCode).toBe(409);

    const mine = (await h.as(admin, 'GET', '/api/sops')).json().sops;
    expect(mine.find((s: { key: string }) => s.key === 'dalak-067-001').versions).toEqual([
      expect.objectContaining({ version: 1, status: 'published', own: false }),
      expect.objectContaining({ id: draftId, version: null, status: 'draft', origin: 'import', own: true }),
    ]);
    const staff = (await h.as(pengolah, 'GET', '/api/sops')).json().sops;
    expect(staff.find((s: { key: string }) => s.key === 'dalak-067-001').versions).toHaveLength(1);
  });

  it('hides the draft from another agency and refuses its edit to non-admins', async () => {
    expect((await h.as(bkpmAdmin, 'GET', `/api/sops/drafts/${draftId}`)).statusCode).toBe(404);
    expect(
      (
        await h.as(bkpmAdmin, 'PUT', `/api/sops/drafts/${draftId}`, {
          definition: { ...imported, key: 'x-1' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await h.as(bkpmAdmin, 'POST', `/api/sops/drafts/${draftId}/publish`)).statusCode).toBe(404);
    expect(
      (
        await h.as(pengolah, 'PUT', `/api/sops/drafts/${draftId}`, {
          definition: { ...imported, key: 'x-1' },
        })
      ).statusCode,
    ).toBe(403);
    const other = (await h.as(bkpmAdmin, 'GET', '/api/sops')).json().sops;
    expect(other.find((s: { key: string }) => s.key === 'dalak-067-001').versions).toHaveLength(1);
  });

  it('refuses to publish an invalid draft, naming the step and the rule', async () => {
    const steps = imported.steps.map((s) => (s.id === 's3' ? { ...s, flow: { next: 's9' } } : s));
    const put = await h.as(admin, 'PUT', `/api/sops/drafts/${draftId}`, {
      definition: { ...imported, key: 'dalak-067-001', steps },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'definition.steps.2.flow', stepId: 's3', rule: 'unknown-target' }),
      ]),
    );
    const res = await h.as(admin, 'POST', `/api/sops/drafts/${draftId}/publish`, undefined, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'definition.steps.2.flow', rule: 'unknown-target' }),
      ]),
    );
    expect(res.json().message).toContain('s3');
    expect(res.json().message).toContain('the flow goes to a step that does not exist');

    const noActors = imported.steps.map((s) => (s.id === 's2' ? { ...s, actors: [] } : s));
    await h.as(admin, 'PUT', `/api/sops/drafts/${draftId}`, {
      definition: { ...imported, key: 'dalak-067-001', steps: noActors },
    });
    const shape = await h.as(admin, 'POST', `/api/sops/drafts/${draftId}/publish`, undefined, 'en');
    expect(shape.statusCode).toBe(400);
    expect(shape.json().fields[0]).toMatchObject({ field: 'definition.steps.1.actors', rule: 'too_small' });
  });

  it('publishes the completed draft as version 2: new cases use it, the running case keeps version 1', async () => {
    // the admin sets the Kabid's evaluation as a decision that sends the work back
    const steps = imported.steps.map((s) =>
      s.id === 's4'
        ? {
            ...s,
            actors: ['kabid', 'pengolah'],
            symbol: 'decision',
            flow: { decision: { question: { id: 'Sesuai?', en: 'Adequate?' }, yes: 's5', no: 's2' } },
          }
        : s,
    );
    const put = await h.as(admin, 'PUT', `/api/sops/drafts/${draftId}`, {
      definition: { ...imported, key: 'dalak-067-001', steps },
    });
    expect(put.json().problems).toEqual([]);
    const res = await h.as(admin, 'POST', `/api/sops/drafts/${draftId}/publish`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: draftId, key: 'dalak-067-001', version: 2, status: 'published' });
    expect((await h.as(admin, 'POST', `/api/sops/drafts/${draftId}/publish`)).statusCode).toBe(404);

    const detail = (await h.as(pengolah, 'GET', '/api/sops/dalak-067-001/versions/2')).json();
    expect(detail).toMatchObject({ origin: 'import', own: true, definition: { version: 2 } });
    expect(detail.swimlane.rows[3]).toMatchObject({
      symbol: 'decision',
      laneIndex: 3,
      extraLaneIndexes: [0],
    });
    const listed = (await h.as(pengolah, 'GET', '/api/sops')).json().sops;
    expect(listed.find((s: { key: string }) => s.key === 'dalak-067-001')).toMatchObject({
      latestVersion: 2,
      versions: [{ version: 1 }, { version: 2, origin: 'import', own: true }],
    });

    const start = await h.as(pengolah, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-001',
      subject: 'Pemantauan PT Baru',
    });
    expect(start.statusCode, start.body).toBe(200);
    const fresh = (await h.as(pengolah, 'GET', `/api/cases/${start.json().id}`)).json();
    expect(fresh.definitionVersion).toBe(2);
    const old = (await h.as(pengolah, 'GET', `/api/cases/${oldCaseId}`)).json();
    expect(old.definitionVersion).toBe(1);

    // another agency still runs the shipped version and cannot see this one
    expect((await h.as(bkpmAdmin, 'GET', '/api/sops/dalak-067-001/versions/2')).statusCode).toBe(404);
    const pdf = await h.as(pengolah, 'GET', '/api/sops/dalak-067-001/versions/2/pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('SOP-dalak-067-001-v2.pdf');
  });

  it('records every write in the event log', async () => {
    const events = await h.database.query(
      `select action from event_log where entity_type = 'sop_definition' and entity_id = $1 order by seq`,
      [draftId],
    );
    expect(events.rows.map((r) => r.action)).toEqual([
      'sop.draft_created',
      'sop.draft_updated',
      'sop.draft_updated',
      'sop.draft_updated',
      'sop.published',
    ]);
  });
});
