import { existsSync, readFileSync } from 'node:fs';
import { ZSopDefinition } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import {
  draftFromSopTable,
  matchRoleLabel,
  parseIndonesianDate,
  parseSopTable,
  parseSopTables,
  sopKeyOf,
} from './import-table';
import { validateSopDefinition } from './validate';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');
const haveSeeds = existsSync(new URL('004_e332bbe437a26d00.txt', SEEDS));

/** Minutes of a parsed time, days as 'd' (what sops/sops.test.ts writes down per row). */
const asText = (t: { amount: number; unit: string } | null) =>
  t === null ? null : t.unit === 'minute' ? t.amount : t.unit === 'hour' ? t.amount * 60 : `${t.amount}d`;

describe.skipIf(!haveSeeds)('parseSopTables on the seed tables', () => {
  it('reads both SOPs of seed 003 with their repeated page headers', () => {
    const tables = parseSopTables(seed('003_f4d2b15f532e6f15.txt'));
    expect(tables).toHaveLength(2);
    const [inPerson, virtual] = tables as [NonNullable<(typeof tables)[0]>, NonNullable<(typeof tables)[0]>];
    expect(inPerson.header).toMatchObject({
      number: 'SOP/BPM/03',
      code: 'SOP/BPM/03',
      createdDate: '2021-04-19',
      effectiveDate: '2021-04-19',
      title: 'SOP PELAKSANAAN PROMOSI PENANAMAN MODAL MELALUI FORUM BISNIS',
    });
    expect(inPerson.laneLabels).toEqual([
      'Staf Promosi dan Pengembangan',
      'Kasi Promosi dan Pengembangan',
      'Kabid Penanaman Modal',
      'Sekretaris DPMPTSP',
      'Kepala DPMPTSP',
    ]);
    expect(inPerson.rows.map((r) => r.no)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(inPerson.rows.map((r) => asText(r.time))).toEqual([
      60,
      60,
      30,
      30,
      60,
      15,
      30,
      240,
      '4d',
      '4d',
      '1d',
      30,
      30,
      30,
      15,
      '2d',
      '1d',
      '1d',
      60,
      60,
      60,
    ]);
    expect(inPerson.rows[7]).toMatchObject({
      timeRaw: '4 x 60 menit',
      inputs: ['Draft rancangan rencana pelaksanaan kegiatan'],
      outputs: ['Hasil koordinasi dengan hotel/pemilik gedung'],
    });
    expect(virtual.header.title).toBe('SOP PROMOSI FORUM BISNIS VIRTUAL');
    expect(virtual.laneLabels).toEqual(['Staf', 'Kasi', 'Kabid', 'Sekretaris', 'Kepala']);
    expect(virtual.rows.map((r) => asText(r.time))).toEqual([
      60,
      30,
      30,
      60,
      15,
      30,
      '1d',
      '5d',
      '1d',
      30,
      30,
      15,
      '2d',
      '1d',
      '1d',
      60,
      60,
      60,
    ]);
    // seed 003 prints a row's list number in a cell of its own: '1' then the text
    expect(virtual.rows[8]!.inputs).toEqual([
      'Konsep surat narasumber, moderator, laporan penyelenggaraan, bahan paparan kenala',
    ]);
  });

  it('reads the 14 DALAK tables of seed 004 with their step counts and times', () => {
    const tables = parseSopTables(seed('004_e332bbe437a26d00.txt'));
    expect(tables.map((t) => t.header.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `067/${String(i + 1).padStart(3, '0')}`),
    );
    expect(tables.map((t) => t.rows.length)).toEqual([6, 8, 7, 7, 7, 9, 9, 8, 7, 7, 7, 7, 5, 5]);
    // the same per-row minutes as sops/sops.test.ts, transcribed from the seed by hand
    const minutes = [
      [60 + 120, 60, 180, 30, 30, 30],
      [10, 60, 60, 180, 180, 30, 30, 30],
      [30, 60 + 120, 60, 180, 30, 30, 30],
      [30, 60 + 180, 180, 180, 30, 30, 30],
      [60, 60, 180, 60, 30, 30, 30],
      [180, 30, 30, 10, 10, 30, 30, 30, 30],
      [30, 60, 120, 60, 180, 30, 30, 30, 30],
      [15, 15, 10, 120, 30, 30, 30, 30],
      [30, 60, 60, 180, 60, 60, 15],
      [30, 60, 60, 180, 60, 60, 15],
      [30, 60, 60, 180, 60, 60, 15],
      [30, 60, 60, 180, 60, 60, 15],
      [30, 60, 60, 180, 15],
      [30, 60, 60, 60, 15],
    ];
    expect(tables.map((t) => t.rows.map((r) => asText(r.time)))).toEqual(minutes);
    const first = tables[0]!;
    expect(first.header).toMatchObject({
      number: '067/001/DPMPTSP-DALAK/XI/2022',
      title: 'Pemantauan Pelaksanaan Penanaman Modal',
      createdDate: '2022-11-03',
      effectiveDate: '2022-12-06',
    });
    expect(first.header.legalBasis).toHaveLength(4);
    expect(first.header.equipment).toContain('Data LKPM');
    // the sub-row of step 1 joins the step: two inputs, '1 jam 2 jam', two outputs
    expect(first.rows[0]).toMatchObject({
      timeRaw: '1 jam 2 jam',
      time: { amount: 3, unit: 'hour', basis: 'working' },
      inputs: ['NIB, LKPM, SS, Izin, UMKU, PKKPR, PBG, Persetujuan Lingkungan', 'Koordinasi Surat menyurat'],
      outputs: [
        'Koordinasi, Surat Menyurat',
        'Daftar legalitas para Penanaman Modal PMA/PMDN yang terpantau',
      ],
    });
    expect(tables[1]!.decisionLabels).toBe(4);
    expect(tables[8]!.laneLabels).toEqual(['Fungsional/Pelaksana', 'Kabid Pengendalian', 'Kepala Dinas']);
    // checkboxes become list items; a flowchart kept as text in a cell is dropped
    expect(tables[8]!.rows[3]!.inputs).toEqual([
      'Daftar Pertanyaan',
      'Lembar Isian Profile pelaku usaha',
      'Draft Berita Acara Pemeriksaan',
      'Alat tulis',
      'Kamera',
    ]);
    expect(tables[12]!.rows[0]!.inputs.join(' ')).not.toMatch(/graph|<pre>/);
    expect(tables[12]!.warnings).toContain('row 1: a flowchart kept as text was ignored');
  });

  it('maps every seed column title to a role', () => {
    const labels = [
      ...parseSopTables(seed('003_f4d2b15f532e6f15.txt')),
      ...parseSopTables(seed('004_e332bbe437a26d00.txt')),
    ].flatMap((t) => t.laneLabels);
    expect(labels.filter((l) => matchRoleLabel(l) === null)).toEqual([]);
  });

  it('turns every seed table into a draft that passes the schema and the graph rules', () => {
    const tables = [
      ...parseSopTables(seed('003_f4d2b15f532e6f15.txt')),
      ...parseSopTables(seed('004_e332bbe437a26d00.txt')),
    ];
    for (const table of tables) {
      const draft = draftFromSopTable(table, { agencyName: 'DPMPTSP Prov. Kaltim' });
      expect(draft.unmatchedLabels).toEqual([]);
      const def = ZSopDefinition.parse(draft.definition);
      expect(validateSopDefinition(def)).toEqual([]);
    }
  });
});

describe('parseSopTable on pasted text', () => {
  const header = 'No.\tKEGIATAN\tPELAKSANA\t\t\tMUTU BAKU\t\t\tKet.';
  const lanes = '\t\tFungsional/ Pelaksana\tKabid Pengendalian\tKepala Dinas\tKelengkapan\tWaktu\tOutput\t';

  it('joins a row that a stray line break cut inside a cell', () => {
    const text = [
      header,
      lanes,
      '1\tMenyiapkan data dan informasi',
      'pelaku usaha\t\t\t\tData pelaku',
      'usaha\t30 menit\tData identitas',
      'pelaku usaha\t',
      '2\tMenetapkan kebijakan\t\t\t\tBahan rumusan\t1 jam 2 jam\tDisposisi Kepala Dinas\t',
    ].join('\n');
    const table = parseSopTable(text)!;
    expect(table.rows).toEqual([
      {
        no: 1,
        activity: 'Menyiapkan data dan informasi pelaku usaha',
        inputs: ['Data pelaku usaha'],
        timeRaw: '30 menit',
        time: { amount: 30, unit: 'minute', basis: 'working' },
        outputs: ['Data identitas pelaku usaha'],
      },
      {
        no: 2,
        activity: 'Menetapkan kebijakan',
        inputs: ['Bahan rumusan'],
        timeRaw: '1 jam 2 jam',
        time: { amount: 3, unit: 'hour', basis: 'working' },
        outputs: ['Disposisi Kepala Dinas'],
      },
    ]);
    expect(table.laneLabels).toEqual(['Fungsional/Pelaksana', 'Kabid Pengendalian', 'Kepala Dinas']);
  });

  it('keeps a table going across a repeated header and starts a new one at row 1', () => {
    const row = (no: number) => `${no}\tLangkah ${no}\t\t\tMasukan\t15 menit\tKeluaran`;
    const tables = parseSopTables(
      [
        header,
        lanes,
        row(1),
        row(2),
        '',
        header,
        lanes,
        row(3),
        '',
        'Ya',
        'Tidak',
        header,
        lanes,
        row(1),
      ].join('\n'),
    );
    expect(tables.map((t) => t.rows.map((r) => r.no))).toEqual([[1, 2, 3], [1]]);
    expect(tables[0]!.decisionLabels).toBe(2);
  });

  it('reports a row without a standard time and returns null for text without a table', () => {
    const table = parseSopTable([header, lanes, '1\tRapat\t\t\tUndangan\tsegera\tNotulen'].join('\n'))!;
    expect(table.rows[0]).toMatchObject({ timeRaw: null, time: null, inputs: ['Undangan', 'segera'] });
    expect(table.warnings).toContain('row 1: no standard time found');
    expect(parseSopTable('just some words\nand more')).toBeNull();
  });

  it('builds a draft with unmatched columns left for the admin', () => {
    const table = parseSopTable(
      [
        'Nomor SOP\t: 067/099/DPMPTSP-DALAK/I/2026',
        'Nama SOP\tUji Impor',
        'Tanggal Efektif\t2 Januari 2026',
        'No.\tKEGIATAN\tPELAKSANA\t\tMUTU BAKU',
        '\t\tJuru Foto\tKabid Pengendalian\tKelengkapan\tWaktu\tOutput',
        '1\tMemotret\t\t\tKamera\t10 menit\tFoto',
        '2\tMenyetujui\t\t\tFoto\t5 menit\tDisposisi',
      ].join('\n'),
    )!;
    const draft = draftFromSopTable(table, { agencyName: 'Dinas X' });
    expect(draft.lanes).toEqual([
      { label: 'Juru Foto', role: null },
      { label: 'Kabid Pengendalian', role: 'kabid' },
    ]);
    expect(draft.unmatchedLabels).toEqual(['Juru Foto']);
    expect(draft.definition).toMatchObject({
      code: '067/099',
      key: '067-099',
      number: '067/099/DPMPTSP-DALAK/I/2026',
      title: { id: 'Uji Impor', en: 'Uji Impor' },
      effectiveDate: '2026-01-02',
      actors: [{ role: 'kabid', label: { id: 'Kabid Pengendalian', en: 'Head of Division' } }],
    });
    expect(draft.definition.steps.map((s) => [s.id, s.actors, s.flow, s.symbol])).toEqual([
      ['s1', ['kabid'], { next: 's2' }, 'start'],
      ['s2', ['kabid'], { end: true }, 'end'],
    ]);
    expect(draft.definition.steps[0]!.time).toEqual({
      amount: 10,
      unit: 'minute',
      basis: 'working',
      raw: '10 menit',
    });
  });
});

describe('helpers', () => {
  it('matches column titles to role codes', () => {
    expect(matchRoleLabel('Kabid Pengendalian')).toBe('kabid');
    expect(matchRoleLabel('Kepala Bidang Pengendalian')).toBe('kabid');
    expect(matchRoleLabel('Pengolah')).toBe('pengolah');
    expect(matchRoleLabel('Pengadmini- strasi')).toBe('pengadministrasi');
    expect(matchRoleLabel('Analisis Kebijakan')).toBe('analis_kebijakan');
    expect(matchRoleLabel('Tim Helpdesk LKPM (Staf Dalak)')).toBe('helpdesk_lkpm');
    expect(matchRoleLabel('Kepala DPMPTSP')).toBe('kepala_dinas');
    expect(matchRoleLabel('Kasi Promosi dan Pengembangan')).toBe('kasi');
    expect(matchRoleLabel('Petugas Layanan Pengaduan')).toBe('complaint_officer');
    expect(matchRoleLabel('pemeriksa_pm')).toBe('pemeriksa_pm');
    expect(matchRoleLabel('Juru Foto')).toBeNull();
  });

  it('reads Indonesian dates and makes keys', () => {
    expect(parseIndonesianDate('19/04/2021')).toBe('2021-04-19');
    expect(parseIndonesianDate('03 November 2022')).toBe('2022-11-03');
    expect(parseIndonesianDate('-')).toBeUndefined();
    expect(sopKeyOf('SOP/BPM/03')).toBe('sop-bpm-03');
    expect(sopKeyOf('067/001')).toBe('067-001');
  });
});
