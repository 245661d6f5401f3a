import { ROLES, type Role, type TSopDefinitionInput, type TSopStep } from '@sigap/contracts';
import { parseStandardTime, type TParsedStandardTime } from './standard-time';

/** The header block of an SOP as printed above its table (all optional: a pasted table may lack it). */
export interface TSopTableHeader {
  /** The full printed number, e.g. '067/001/DPMPTSP-DALAK/XI/2022' or 'SOP/BPM/03'. */
  number?: string;
  /** The short code: the first two parts of a DALAK number ('067/001'), else the number itself. */
  code?: string;
  title?: string;
  createdDate?: string;
  revisedDate?: string;
  effectiveDate?: string;
  approvedBy?: string;
  legalBasis: string[];
  qualifications: string[];
  related: string[];
  equipment: string[];
  warning?: string;
  recordKeeping: string[];
}

export interface TSopTableRow {
  no: number;
  activity: string;
  inputs: string[];
  /** The time cell as printed; sub-rows are joined ('1 jam 2 jam'). */
  timeRaw: string | null;
  time: TParsedStandardTime | null;
  outputs: string[];
}

export interface TSopTable {
  header: TSopTableHeader;
  /** The actor column titles (swimlanes) in the table's order. */
  laneLabels: string[];
  rows: TSopTableRow[];
  /** 'Ya'/'Tidak' lines found near the table: flowchart labels whose arrows the text lost. */
  decisionLabels: number;
  warnings: string[];
}

/** A flowchart the PDF conversion kept as text inside a cell. */
const FLOWCHART_TEXT = /<pre>[\s\S]*?<\/pre>/gi;
const CHECKBOX = /<input[^>]*type="checkbox"[^>]*\/?>/gi;
const MARKUP = /<\/?[a-z][^>]*>/gi;
/** Lines that never continue a cell: they start the next part of the document. */
const STRUCTURAL = /^(?:keterangan|pemerintah|nomor sop|nama sop|dasar hukum)\b/i;
const TIME_CELL =
  /^(?:(?:\d+(?:[.,]\d+)?\s*(?:[x×]\s*\d+(?:[.,]\d+)?\s*)?(?:menit|jam|hari|minggu|pekan|bulan)(?:\s+(?:kerja|kalender))?)\s*)+$|^h\s*-\s*\d+\s*(?:hari|minggu|pekan|bulan)$/i;
const HEADER_WORDS = /^(?:pelaksana|mutu baku|ket\.?|keterangan|kelengkapan|perlengkapan|waktu|output)$/i;
const MUTU_BAKU_WORDS = /^(?:mutu baku|ket\.?|keterangan|kelengkapan|perlengkapan|waktu|output)$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function isHeaderRow(cells: string[]): boolean {
  return /^no\.?$/i.test(clean(cells[0] ?? '')) && /kegiatan|aktivitas|uraian/i.test(cells[1] ?? '');
}

/** Lane titles from a header row: the cells between the activity column and the standard's columns. */
function laneCells(cells: string[], from: number): string[] {
  const lanes: string[] = [];
  for (const cell of cells.slice(from)) {
    const text = clean(cell);
    if (!text) continue;
    if (MUTU_BAKU_WORDS.test(text)) break;
    if (HEADER_WORDS.test(text)) continue;
    // 'Pengadmini- strasi', 'Fungsional/ Pelaksana'
    lanes.push(text.replace(/(\p{L})- (\p{L})/gu, '$1$2').replace(/\s*\/\s*/g, '/'));
  }
  return lanes;
}

/** Cell text without markup, split into list items at each checkbox and semicolon. */
function items(cell: string): string[] {
  return cell
    .replace(FLOWCHART_TEXT, ' ')
    .replace(CHECKBOX, ';')
    .replace(MARKUP, ' ')
    .split(';')
    .map((part) =>
      clean(part)
        .replace(/^\d+\s*\.?\s+(?=\S)/, '') // '1 . Dokumen', '1 Konsep'
        .replace(/^[-•]\s*/, '')
        .replace(/\s*[;,]$/, '')
        .trim(),
    )
    .filter((part) => part.length > 0 && !/^\d+\s*\.?$/.test(part));
}

function isTimeCell(cell: string): boolean {
  return TIME_CELL.test(clean(cell));
}

/** A data row is complete when it has a time and something after it (the output). */
function isCompleteRow(cells: string[]): boolean {
  const t = cells.findLastIndex((c, i) => i > 1 && isTimeCell(c));
  return t > 1 && cells.slice(t + 1).some((c) => clean(c).length > 0);
}

const rowNumber = (line: string) => /^(\d{1,3})\s*\.?\t/.exec(line);

function rowFromCells(cells: string[], warnings: string[], no: number): Omit<TSopTableRow, 'no'> {
  const activity = clean((cells[1] ?? '').replace(FLOWCHART_TEXT, ' ').replace(MARKUP, ' '));
  if (/<pre>/i.test(cells.join('\t'))) warnings.push(`row ${no}: a flowchart kept as text was ignored`);
  const rest = cells.slice(2);
  const t = rest.findLastIndex(isTimeCell);
  if (t < 0) {
    const filled = rest.filter((c) => items(c).length > 0);
    warnings.push(`row ${no}: no standard time found`);
    return {
      activity,
      inputs: filled.slice(0, -1).flatMap(items),
      timeRaw: null,
      time: null,
      outputs: filled.slice(-1).flatMap(items),
    };
  }
  const timeRaw = clean(rest[t]!);
  return {
    activity,
    inputs: mergeNumbered(rest.slice(0, t)).flatMap(items),
    timeRaw,
    time: parseStandardTime(timeRaw),
    outputs: rest.slice(t + 1).flatMap(items),
  };
}

/** '1' in one cell and its text in the next (seed 003's shifted numbering) are one item. */
function mergeNumbered(cells: string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const prev = out.at(-1);
    if (prev !== undefined && /^\d+\s*\.?$/.test(clean(prev))) out[out.length - 1] = `${prev} ${cell}`;
    else out.push(cell);
  }
  return out;
}

const MONTHS_ID = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];

/** '19/04/2021' or '03 November 2022' as 'YYYY-MM-DD'; undefined for '-' or anything else. */
export function parseIndonesianDate(text: string): string | undefined {
  const s = clean(text).replace(/^:\s*/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return `${y}-${pad(m)}-${pad(d)}`;
    return undefined;
  }
  const named = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(s);
  if (named) {
    const m = MONTHS_ID.indexOf(named[2]!.toLowerCase()) + 1;
    const d = Number(named[1]);
    if (m >= 1 && d >= 1 && d <= 31) return `${named[3]}-${pad(m)}-${pad(d)}`;
  }
  return undefined;
}

type TListSection = 'legalBasis' | 'qualifications' | 'related' | 'equipment' | 'recordKeeping';
const SECTIONS: Array<[RegExp, TListSection | 'warning']> = [
  [/^dasar hukum\b/i, 'legalBasis'],
  [/^kualifikasi pelaksana\b/i, 'qualifications'],
  [/^keterkaitan\b/i, 'related'],
  [/^peralatan\b/i, 'equipment'],
  [/^peringatan\b/i, 'warning'],
  [/^pencatatan dan pendataan\b/i, 'recordKeeping'],
];
const FIELDS: Array<
  [RegExp, 'number' | 'createdDate' | 'revisedDate' | 'effectiveDate' | 'approvedBy' | 'title']
> = [
  [/^nomor sop\b/i, 'number'],
  [/^(?:tgl\.?|tanggal) pembuatan\b/i, 'createdDate'],
  [/^(?:tgl\.?|tanggal) revisi\b/i, 'revisedDate'],
  [/^(?:tgl\.?|tanggal) efektif\b/i, 'effectiveDate'],
  [/^disahkan oleh\b/i, 'approvedBy'],
  [/^nama sop\b/i, 'title'],
];

function emptyHeader(): TSopTableHeader {
  return { legalBasis: [], qualifications: [], related: [], equipment: [], recordKeeping: [] };
}

/** Reads the header block lines (number, dates, approver, name, lists) above a table. */
function parseHeader(lines: string[], warnings: string[]): TSopTableHeader {
  const header = emptyHeader();
  let section: TListSection | 'warning' | 'approvedBy' | null = null;
  let sopTitleLine: string | undefined;
  for (const raw of lines) {
    const line = clean(raw.replace(/\t/g, ' '));
    if (!line) continue;
    const field = FIELDS.find(([re]) => re.test(line));
    if (field) {
      const value = line
        .replace(field[0], '')
        .replace(/^\s*:\s*/, '')
        .trim();
      section = null;
      if (field[1] === 'number' || field[1] === 'title') {
        if (value) header[field[1]] = value;
      } else if (field[1] === 'approvedBy') {
        if (value) header.approvedBy = value;
        section = 'approvedBy';
      } else if (value && value !== '-') {
        const date = parseIndonesianDate(value);
        if (date) header[field[1]] = date;
        else warnings.push(`${field[1]}: '${value}' is not a date`);
      }
      continue;
    }
    const sec = SECTIONS.find(([re]) => re.test(line));
    if (sec) {
      section = sec[1];
      const rest = line.replace(sec[0], '').trim();
      if (rest && section === 'warning') header.warning = rest;
      continue;
    }
    if (section === 'approvedBy') {
      header.approvedBy = header.approvedBy ? `${header.approvedBy} ${line}` : line;
    } else if (section === 'warning') {
      header.warning = header.warning ? `${header.warning} ${line}` : line;
    } else if (section) {
      const item = line
        .replace(/^[-•]\s*(?:\d+[.)]?\s+)?/, '')
        .replace(/\s*;$/, '')
        .trim();
      if (item) header[section].push(item);
    } else if (/^sop\s+\S/i.test(line)) {
      sopTitleLine = line;
    }
  }
  if (!header.title && sopTitleLine) header.title = sopTitleLine;
  if (header.number) {
    const dalak = /^(\d+\/\d+)\//.exec(header.number);
    header.code = dalak ? dalak[1] : header.number;
  }
  return header;
}

/**
 * Splits pasted text into lines of cells, joining lines that a stray line break cut off. Right
 * after a row, a line of plain text continues the cell the row ended in; a line starting with
 * a tab continues the row while it is not complete (no time and output yet), and is a sub-row
 * of it otherwise. A blank line, a numbered row, a header or a 'Ya'/'Tidak' label ends a row.
 */
function logicalLines(text: string): string[] {
  const out: Array<{ line: string; row: boolean }> = [];
  let blank = false;
  let lastNo = 0;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    if (!line.trim()) {
      blank = true;
      continue;
    }
    const prev = out.at(-1);
    const open = prev?.row === true && isOpen(prev.line);
    const numbered = rowNumber(line);
    const no = numbered ? Number(numbered[1]) : null;
    const startsRow =
      (no !== null && (!open || no === lastNo + 1 || no === 1)) || isHeaderRow(line.split('\t'));
    const plain =
      !line.startsWith('\t') && !/^(?:ya|tidak)$/i.test(line.trim()) && !STRUCTURAL.test(line.trim());
    if (prev?.row && !blank && !startsRow && (plain || open)) {
      prev.line = line.startsWith('\t') ? `${prev.line}${line}` : `${prev.line} ${line.trimStart()}`;
      continue;
    }
    if (no !== null && startsRow) lastNo = no;
    out.push({ line, row: no !== null && startsRow });
    blank = false;
  }
  return out.map((l) => l.line);
}

function isOpen(line: string): boolean {
  return !isCompleteRow(line.split('\t'));
}

/**
 * Reads SOP tables pasted as text in the seeds' layout (tab-separated, as a PDF converter or a
 * copy from a word processor gives them): the two header rows ('No. / KEGIATAN / PELAKSANA /
 * MUTU BAKU' and the lane titles), numbered rows, sub-rows that continue a step on the next
 * line (their inputs, times and outputs are added to the step: '1 jam' + '2 jam'), stray line
 * breaks inside a cell, a header repeated on every page, and the header block above the table
 * (number, dates, approver, name, legal basis and the other lists). Several SOPs in one text
 * give several tables: a table restarts at row 1.
 *
 * Why the standard time is found by its shape rather than its column: the converted text drops
 * the empty swimlane cells unevenly, so the column positions of the header do not hold.
 */
export function parseSopTables(text: string): TSopTable[] {
  const tables: TSopTable[] = [];
  let current: TSopTable | null = null;
  let headerLines: string[] = [];
  let pendingLanes: string[] | null = null;
  let expectLaneRow = false;
  let pendingLabels = 0;
  let previousRow: TSopTableRow | null = null;

  for (const line of logicalLines(text)) {
    const cells = line.split('\t');
    if (isHeaderRow(cells)) {
      const lanes = laneCells(cells, 2);
      pendingLanes = lanes;
      expectLaneRow = lanes.length === 0;
      continue;
    }
    if (expectLaneRow && clean(cells[0] ?? '') === '' && !rowNumber(line)) {
      pendingLanes = laneCells(cells, 1);
      expectLaneRow = false;
      continue;
    }
    expectLaneRow = false;
    if (/^(?:ya|tidak)$/i.test(line.trim())) {
      if (current) current.decisionLabels++;
      else pendingLabels++;
      continue;
    }
    const numbered = rowNumber(line);
    if (numbered && (pendingLanes || current || isCompleteRow(cells))) {
      const no = Number(numbered[1]);
      const continues = current && previousRow && no === previousRow.no + 1;
      if (!continues) {
        if (current) tables.push(current);
        const warnings: string[] = [];
        current = {
          header: parseHeader(headerLines, warnings),
          laneLabels: pendingLanes ?? [],
          rows: [],
          decisionLabels: pendingLabels,
          warnings,
        };
        if (!pendingLanes) warnings.push('no header row with the actor columns was found');
        headerLines = [];
        pendingLabels = 0;
      } else if (pendingLanes && pendingLanes.join('|') !== current!.laneLabels.join('|')) {
        current!.warnings.push(`row ${no}: the repeated header names other actor columns`);
      }
      pendingLanes = null;
      const row: TSopTableRow = { no, ...rowFromCells(cells, current!.warnings, no) };
      if (!row.activity) current!.warnings.push(`row ${no}: no activity`);
      current!.rows.push(row);
      previousRow = row;
      continue;
    }
    if (clean(cells[0] ?? '') === '' && previousRow && current && cells.some((c) => clean(c))) {
      // a sub-row of the previous step: its own inputs, time and output
      const sub = rowFromCells(['', '', ...cells.slice(1)], current.warnings, previousRow.no);
      previousRow.inputs.push(...sub.inputs);
      previousRow.outputs.push(...sub.outputs);
      if (sub.timeRaw) {
        previousRow.timeRaw = previousRow.timeRaw ? `${previousRow.timeRaw} ${sub.timeRaw}` : sub.timeRaw;
        previousRow.time = parseStandardTime(previousRow.timeRaw);
      }
      continue;
    }
    if (/^keterangan\b/i.test(line.trim())) {
      // the legend below a table ends it
      if (current) tables.push(current);
      current = null;
      previousRow = null;
      continue;
    }
    // any other line belongs to the header block of the next table
    if (current && /^(?:pemerintah|nomor sop|sop\s)/i.test(line.trim())) {
      tables.push(current);
      current = null;
      previousRow = null;
    }
    if (!current) headerLines.push(line);
  }
  if (current) tables.push(current);
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.timeRaw && !row.time)
        table.warnings.push(`row ${row.no}: time '${row.timeRaw}' cannot be read`);
    }
  }
  return tables;
}

/** The first SOP table in the text, or null when the text holds none. See `parseSopTables`. */
export function parseSopTable(text: string): TSopTable | null {
  return parseSopTables(text)[0] ?? null;
}

/** Column titles as the seeds print them, most specific first: first match wins. */
const ROLE_PATTERNS: Array<[RegExp, Role]> = [
  [/helpdesk/, 'helpdesk_lkpm'],
  [/verifikator/, 'verifikator_lkpm'],
  [/petugas (?:layanan )?pengaduan/, 'complaint_officer'],
  [/ketua pokja/, 'complaint_wg_chair'],
  [/(?:anggota )?pokja/, 'complaint_wg_member'],
  [/ahli madya/, 'pkpm_madya'],
  [/ahli muda/, 'pkpm_muda'],
  [/ahli pertama/, 'pkpm_pertama'],
  [/^(?:kabid|kepala bidang)\b/, 'kabid'],
  [/^(?:kasi|kasie|kepala seksi)\b/, 'kasi'],
  [/^(?:kadis|kepala dinas|kepala dpm\w*|kepala kantor|kepala)\b/, 'kepala_dinas'],
  [/^sekretaris\b/, 'sekretaris'],
  [/^(?:menteri|kepala bkpm)\b/, 'menteri'],
  [/^deputi\b/, 'deputi'],
  [/^direktur\b/, 'direktur'],
  [/^(?:tata usaha|tu|ka(?:sub)?bag tu)\b/, 'tata_usaha'],
  [/^pengolah\b/, 'pengolah'],
  [/^pemeriksa\b/, 'pemeriksa_pm'],
  [/^analis(?:is)? kebijakan\b/, 'analis_kebijakan'],
  [/^pengadministrasi\b/, 'pengadministrasi'],
  [/^(?:fungsional|pelaksana)\b/, 'fungsional'],
  [/^(?:staf|staff)\b/, 'staf'],
  [/^admin(?:istrator)?\b/, 'admin'],
];

/**
 * The role code a column title names ('Kabid Pengendalian' → kabid, 'Pengolah' → pengolah,
 * 'Tim Helpdesk LKPM (Staf Dalak)' → helpdesk_lkpm), or null when none fits and the admin
 * must choose. Role codes and the role labels of `ROLES` match too.
 */
export function matchRoleLabel(label: string): Role | null {
  const text = clean(
    label
      .toLowerCase()
      .replace(/(\p{L})- (\p{L})/gu, '$1$2')
      .replace(/[()]/g, ' '),
  );
  if (!text) return null;
  for (const [code, names] of Object.entries(ROLES) as Array<[Role, { id: string; en: string }]>) {
    if (text === code || text === names.id.toLowerCase() || text === names.en.toLowerCase()) return code;
  }
  return ROLE_PATTERNS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** `source.seed` of a definition imported from pasted text rather than transcribed from a seed file. */
export const IMPORTED_SEED_PLACEHOLDER = '999_0.txt';

export interface TSopImportLane {
  label: string;
  role: Role | null;
}

export interface TSopImportDraft {
  /** A draft in the definition format; may still miss actors the admin has to choose. */
  definition: TSopDefinitionInput;
  lanes: TSopImportLane[];
  unmatchedLabels: string[];
  warnings: string[];
}

/** 'SOP/BPM/03' → 'sop-bpm-03'; a definition key made of lower-case words joined by '-'. */
export function sopKeyOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Turns a parsed table into a draft definition for the admin to finish: steps in table order
 * (each flows to the next, the last ends), the Indonesian text also as the English text until
 * it is translated, times read by `parseStandardTime` with the printed text kept, every step
 * owned by the first lane, and the lanes whose titles name a role as the actors. Decisions,
 * the other actors and the unmatched lanes are left to the admin and said in `warnings`.
 */
export function draftFromSopTable(
  table: TSopTable,
  opts: { agencyName: string; key?: string; seed?: string },
): TSopImportDraft {
  const warnings = [...table.warnings];
  const lanes = table.laneLabels.map((label) => ({ label, role: matchRoleLabel(label) }));
  const actors: TSopDefinitionInput['actors'] = [];
  for (const lane of lanes) {
    if (!lane.role) continue;
    if (actors.some((a) => a.role === lane.role)) {
      warnings.push(`column '${lane.label}' names the role ${lane.role} a second time`);
      lane.role = null;
      continue;
    }
    actors.push({ role: lane.role, label: { id: lane.label, en: ROLES[lane.role].en } });
  }
  const unmatchedLabels = lanes.filter((l) => !l.role).map((l) => l.label);
  const owner = lanes[0]?.role ?? actors[0]?.role;
  const { header } = table;
  const title = header.title ?? 'SOP impor';
  if (!header.title) warnings.push('no SOP name found: the title is a placeholder');
  const key = opts.key ?? (sopKeyOf(header.code ?? title) || 'sop-impor');

  const steps = table.rows.map((row, i): TSopDefinitionInput['steps'][number] => {
    const last = i === table.rows.length - 1;
    const step: TSopDefinitionInput['steps'][number] = {
      id: `s${i + 1}`,
      no: row.no,
      activity: { id: row.activity, en: row.activity },
      actors: owner ? [owner] : [],
      inputs: row.inputs,
      time: row.time && row.timeRaw ? { ...row.time, raw: row.timeRaw } : null,
      outputs: row.outputs,
      symbol: i === 0 ? 'start' : last ? 'end' : 'process',
      flow: (last ? { end: true } : { next: `s${i + 2}` }) satisfies TSopStep['flow'],
      assumptions: [],
    };
    if (!row.time && row.timeRaw) step.timeRaw = row.timeRaw;
    return step;
  });

  const assumptions = [
    'Imported from a pasted SOP table: each step is owned by the first actor column until the admin sets its actors.',
  ];
  if (table.decisionLabels > 0) {
    warnings.push(`the text shows ${table.decisionLabels} Ya/Tidak labels: set the decisions`);
  }
  if (unmatchedLabels.length > 0) {
    warnings.push(`columns without a role: ${unmatchedLabels.join(', ')}`);
  }
  const definition: TSopDefinitionInput = {
    code: header.code ?? null,
    key,
    title: { id: title, en: title },
    version: 1,
    effectiveDate: header.effectiveDate ?? null,
    approvedBy: header.approvedBy ?? null,
    legalBasis: header.legalBasis,
    qualifications: header.qualifications,
    equipment: header.equipment,
    warning: header.warning ?? null,
    recordKeeping: header.recordKeeping,
    source: {
      seed: opts.seed ?? IMPORTED_SEED_PLACEHOLDER,
      agency: opts.agencyName,
      ...(header.number ? { part: header.number } : {}),
    },
    actors,
    steps,
    assumptions,
  };
  if (header.number) definition.number = header.number;
  if (header.createdDate) definition.createdDate = header.createdDate;
  if (header.revisedDate) definition.revisedDate = header.revisedDate;
  return { definition, lanes, unmatchedLabels, warnings };
}
