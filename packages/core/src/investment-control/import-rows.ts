import { textProblem } from '@sigap/contracts';
import {
  BUSINESS_SCALES,
  type CONTROL_IMPORT_KINDS,
  INVESTMENT_TYPES,
  LICENCE_STATUSES,
  LICENCE_TYPES,
  LKPM_PERIOD_KINDS,
  LKPM_STATUSES,
  NIB_PATTERN,
  RISK_LEVELS,
} from '@sigap/contracts/investment-control';

export type ControlImportKind = (typeof CONTROL_IMPORT_KINDS)[number];

/**
 * The columns of each import kind, in the order of the documented templates
 * (`docs/IMPORT_FORMATS.md`). A file must carry every column of its kind (in any order, headers
 * case-insensitive); extra columns are ignored, as OSS exports carry more than Sigap reads.
 */
export const IMPORT_COLUMNS = {
  companies: [
    'nib',
    'name',
    'investment_type',
    'scale',
    'risk_level',
    'kbli',
    'province',
    'regency',
    'address',
    'contact_name',
    'contact_email',
    'contact_phone',
  ],
  licences: ['nib', 'type', 'number', 'issued_on', 'status'],
  lkpm: [
    'nib',
    'kbli',
    'regency',
    'period_year',
    'period_kind',
    'period_no',
    'land',
    'buildings',
    'machinery',
    'working_capital',
    'other',
    'planned',
    'workers_indonesian',
    'workers_foreign',
    'problems',
    'status',
  ],
} as const satisfies Record<ControlImportKind, readonly string[]>;

/** Columns a row may leave empty (the rest are required). */
const OPTIONAL = new Set([
  'province',
  'regency',
  'address',
  'contact_name',
  'contact_email',
  'contact_phone',
  'issued_on',
  'status',
  'problems',
  'land',
  'buildings',
  'machinery',
  'working_capital',
  'other',
  'planned',
  'workers_indonesian',
  'workers_foreign',
]);

/** One refused cell: the column, the rule (a key of RULE_MESSAGES) and its parameters. */
export interface RowProblem {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

export interface CompanyImportRow {
  nib: string;
  name: string;
  investmentType: (typeof INVESTMENT_TYPES)[number];
  scale: (typeof BUSINESS_SCALES)[number];
  riskLevel: (typeof RISK_LEVELS)[number];
  kbliCodes: string[];
  province: string | null;
  regency: string | null;
  address: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface LicenceImportRow {
  nib: string;
  type: (typeof LICENCE_TYPES)[number];
  number: string;
  issuedOn: string | null;
  status: (typeof LICENCE_STATUSES)[number];
}

export interface LkpmImportRow {
  nib: string;
  kbli: string | null;
  regency: string | null;
  periodYear: number;
  periodKind: (typeof LKPM_PERIOD_KINDS)[number];
  periodNo: number;
  land: number;
  buildings: number;
  machinery: number;
  workingCapital: number;
  other: number;
  planned: number;
  workersIndonesian: number;
  workersForeign: number;
  problems: string | null;
  status: (typeof LKPM_STATUSES)[number];
}

export type ImportRowOf<K extends ControlImportKind> = K extends 'companies'
  ? CompanyImportRow
  : K extends 'licences'
    ? LicenceImportRow
    : LkpmImportRow;

/** Indonesian words OSS exports use for the same values (lower-case, spaces as `_`). */
const SYNONYMS: Record<string, Record<string, string>> = {
  scale: { mikro: 'micro', kecil: 'small', menengah: 'medium', besar: 'large' },
  risk_level: {
    rendah: 'low',
    menengah_rendah: 'medium_low',
    menengah_tinggi: 'medium_high',
    tinggi: 'high',
  },
  type: {
    sertifikat_standar: 'standard_certificate',
    izin: 'licence',
    persetujuan_lingkungan: 'environmental_approval',
    license: 'licence',
  },
  status: {
    aktif: 'active',
    dibekukan: 'suspended',
    dicabut: 'revoked',
    draf: 'draft',
    terkirim: 'submitted',
    perlu_perbaikan: 'needs_correction',
    sudah_diperbaiki: 'corrected',
    disetujui: 'approved',
  },
  period_kind: { triwulan: 'quarter', semester: 'half', kuartal: 'quarter' },
};

const LIMITS: Record<string, number> = {
  name: 300,
  address: 500,
  province: 100,
  regency: 100,
  contact_name: 200,
  contact_email: 200,
  contact_phone: 50,
  number: 100,
  problems: 4000,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KBLI = /^\d{5}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** Whole rupiah: digits, optionally grouped by thousands with `.`, `,` or spaces (1.250.000). */
const WHOLE = /^\d{1,3}([., ]\d{3})+$|^\d+$/;

/** Whether a NIB is 13 digits (Nomor Induk Berusaha, PP 5/2021). */
export function isValidNib(nib: string): boolean {
  return NIB_PATTERN.test(nib);
}

/** A value as the import reads it: lower-case, spaces and hyphens as `_`, Indonesian words mapped. */
function token(column: string, value: string): string {
  const t = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return SYNONYMS[column]?.[t] ?? t;
}

class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(private readonly cells: Record<string, string>) {}

  private raw(column: string): string {
    return (this.cells[column] ?? '').trim();
  }

  text(column: string, optional = OPTIONAL.has(column)): string | null {
    const v = this.raw(column).replace(/\s+/g, ' ');
    if (!v) {
      if (!optional) this.problems.push({ field: column, rule: 'required' });
      return null;
    }
    // NUL or a broken surrogate cannot be stored by PostgreSQL
    const bad = textProblem(v);
    if (bad) {
      this.problems.push({ field: column, rule: bad });
      return null;
    }
    const max = LIMITS[column];
    if (max && v.length > max) {
      this.problems.push({ field: column, rule: 'too_long', params: { max } });
      return null;
    }
    return v;
  }

  oneOf<T extends string>(column: string, options: readonly T[], fallback?: T): T {
    const v = this.raw(column);
    if (!v) {
      if (fallback) return fallback;
      this.problems.push({ field: column, rule: 'required' });
      return options[0]!;
    }
    const t = column === 'investment_type' ? v.trim().toUpperCase() : token(column, v);
    if ((options as readonly string[]).includes(t)) return t as T;
    this.problems.push({ field: column, rule: 'enum', params: { options: options.join(', ') } });
    return options[0]!;
  }

  nib(): string {
    const v = this.raw('nib').replace(/[\s.-]/g, '');
    if (!v) this.problems.push({ field: 'nib', rule: 'required' });
    else if (!isValidNib(v)) this.problems.push({ field: 'nib', rule: 'nib' });
    return v;
  }

  kbli(column: string, optional: boolean): string | null {
    const v = this.raw(column);
    if (!v) {
      if (!optional) this.problems.push({ field: column, rule: 'required' });
      return null;
    }
    if (!KBLI.test(v)) {
      this.problems.push({ field: column, rule: 'kbli' });
      return null;
    }
    return v;
  }

  kbliList(column: string): string[] {
    const v = this.raw(column);
    if (!v) {
      this.problems.push({ field: column, rule: 'required' });
      return [];
    }
    const codes = v
      .split(/[;,|/\s]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (codes.length === 0 || codes.some((c) => !KBLI.test(c))) {
      this.problems.push({ field: column, rule: 'kbli' });
      return [];
    }
    if (codes.length > 50) {
      this.problems.push({ field: column, rule: 'too_many', params: { max: 50 } });
      return [];
    }
    return [...new Set(codes)].sort();
  }

  whole(column: string, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.raw(column);
    if (!v) {
      if (!OPTIONAL.has(column)) this.problems.push({ field: column, rule: 'required' });
      return 0;
    }
    if (!WHOLE.test(v)) {
      this.problems.push({ field: column, rule: 'whole_number' });
      return 0;
    }
    const n = Number(v.replace(/[., ]/g, ''));
    if (!Number.isSafeInteger(n) || n > max) {
      this.problems.push({ field: column, rule: 'too_big', params: { max } });
      return 0;
    }
    return n;
  }

  int(column: string, min: number, max: number): number {
    const v = this.raw(column);
    if (!v) {
      this.problems.push({ field: column, rule: 'required' });
      return min;
    }
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      this.problems.push({ field: column, rule: n < min ? 'too_small' : 'too_big', params: { min, max } });
      return min;
    }
    return n;
  }

  date(column: string): string | null {
    const v = this.raw(column);
    if (!v) return null;
    let y: number;
    let m: number;
    let d: number;
    const iso = ISO_DATE.exec(v.slice(0, 10));
    const dmy = DMY_DATE.exec(v);
    if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    else {
      this.problems.push({ field: column, rule: 'date_format' });
      return null;
    }
    const date = new Date(Date.UTC(2000, m - 1, d));
    date.setUTCFullYear(y);
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      this.problems.push({ field: column, rule: 'date_invalid' });
      return null;
    }
    if (y < 1900 || y > 2199) {
      this.problems.push({
        field: column,
        rule: 'date_out_of_range',
        params: { min: '1900-01-01', max: '2199-12-31' },
      });
      return null;
    }
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

const done = <T>(r: RowReader, value: T): RowResult<T> =>
  r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value };

/** One company row (one row per company, as an OSS registry export has it). */
export function readCompanyRow(cells: Record<string, string>): RowResult<CompanyImportRow> {
  const r = new RowReader(cells);
  const nib = r.nib();
  const name = r.text('name') ?? '';
  const investmentType = r.oneOf('investment_type', INVESTMENT_TYPES);
  const scale = r.oneOf('scale', BUSINESS_SCALES);
  const riskLevel = r.oneOf('risk_level', RISK_LEVELS);
  const kbliCodes = r.kbliList('kbli');
  const province = r.text('province');
  const regency = r.text('regency');
  const address = r.text('address');
  const contactName = r.text('contact_name');
  const contactEmail = r.text('contact_email');
  if (contactEmail && !EMAIL.test(contactEmail)) r.problems.push({ field: 'contact_email', rule: 'email' });
  const contactPhone = r.text('contact_phone');
  return done(r, {
    nib,
    name,
    investmentType,
    scale,
    riskLevel,
    kbliCodes,
    province,
    regency,
    address,
    contactName,
    contactEmail: contactEmail?.toLowerCase() ?? null,
    contactPhone,
  });
}

/** One licence row (one row per licence). A missing status reads as active. */
export function readLicenceRow(cells: Record<string, string>): RowResult<LicenceImportRow> {
  const r = new RowReader(cells);
  const nib = r.nib();
  const type = r.oneOf('type', LICENCE_TYPES);
  const number = r.text('number', false) ?? '';
  const issuedOn = r.date('issued_on');
  const status = r.oneOf('status', LICENCE_STATUSES, 'active');
  return done(r, { nib, type, number, issuedOn, status });
}

/**
 * One LKPM row: a company's business line (KBLI and regency, both optional) and period, the
 * realised investment by component and the plan in whole rupiah, workers and problems. A
 * missing status reads as submitted (TERKIRIM): an export carries filed reports.
 */
export function readLkpmRow(cells: Record<string, string>): RowResult<LkpmImportRow> {
  const r = new RowReader(cells);
  const nib = r.nib();
  const kbli = r.kbli('kbli', true);
  const regency = r.text('regency');
  const periodYear = r.int('period_year', 2000, 2100);
  const periodKind = r.oneOf('period_kind', LKPM_PERIOD_KINDS);
  const periodNo = r.int('period_no', 1, periodKind === 'half' ? 2 : 4);
  const row: LkpmImportRow = {
    nib,
    kbli,
    regency,
    periodYear,
    periodKind,
    periodNo,
    land: r.whole('land'),
    buildings: r.whole('buildings'),
    machinery: r.whole('machinery'),
    workingCapital: r.whole('working_capital'),
    other: r.whole('other'),
    planned: r.whole('planned'),
    workersIndonesian: r.whole('workers_indonesian', 2_000_000),
    workersForeign: r.whole('workers_foreign', 2_000_000),
    problems: r.text('problems'),
    status: r.oneOf('status', LKPM_STATUSES, 'submitted'),
  };
  return done(r, row);
}

/** The row reader of each kind. */
export const IMPORT_ROW_READERS: {
  [K in ControlImportKind]: (cells: Record<string, string>) => RowResult<ImportRowOf<K>>;
} = { companies: readCompanyRow, licences: readLicenceRow, lkpm: readLkpmRow };

/**
 * The natural key a row is upserted by within one file (company by NIB; licence by type and
 * number; LKPM by company, period and business line): two rows with one key are refused.
 */
export function importRowKey(kind: ControlImportKind, row: ImportRowOf<ControlImportKind>): string {
  if (kind === 'companies') return (row as CompanyImportRow).nib;
  if (kind === 'licences') {
    const l = row as LicenceImportRow;
    return `${l.type}|${l.number}`;
  }
  const k = row as LkpmImportRow;
  return [k.nib, k.periodYear, k.periodKind, k.periodNo, k.kbli ?? '', (k.regency ?? '').toLowerCase()].join(
    '|',
  );
}

/** The column that names a duplicate key in the rejection. */
export const IMPORT_KEY_FIELD: Record<ControlImportKind, string> = {
  companies: 'nib',
  licences: 'number',
  lkpm: 'period_no',
};

/** Header cells as column names: trimmed, lower-case, spaces and hyphens as `_`, BOM dropped. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The columns of a kind missing from a file's header. */
export function missingColumns(kind: ControlImportKind, header: readonly string[]): string[] {
  const have = new Set(header.map(normaliseHeader));
  return IMPORT_COLUMNS[kind].filter((c) => !have.has(c));
}
