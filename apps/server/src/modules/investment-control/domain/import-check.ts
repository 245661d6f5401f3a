import { ruleMessage, type TLang } from '@sigap/contracts';
import type { TImportRejectedRow } from '@sigap/contracts/investment-control';
import {
  type ControlImportKind,
  IMPORT_COLUMNS,
  IMPORT_KEY_FIELD,
  IMPORT_ROW_READERS,
  type ImportRowOf,
  importRowKey,
  type LkpmImportRow,
  missingColumns,
  normaliseHeader,
  type RowProblem,
} from '@sigap/core/investment-control';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/lib/errors';
import {
  type BatchCounts,
  classifyCompanies,
  classifyLicences,
  classifyLkpm,
  companiesByNib,
  upsertCompanies,
  upsertLicences,
  upsertLkpm,
} from '../repository/control-imports';
import type { ImportTable } from './import-file';

/** Rows per statement and per transaction of a run. */
export const IMPORT_BATCH = 1000;
/** How many rejected rows an import keeps (the count is always whole). */
export const REJECTED_KEPT = 10_000;

export interface RejectedProblem extends RowProblem {
  row: number;
}

export interface CheckedImport<K extends ControlImportKind = ControlImportKind> {
  rowsRead: number;
  valid: Array<ImportRowOf<K>>;
  rejected: RejectedProblem[];
  rowsRejected: number;
}

/**
 * Reads and checks every row of a table of one kind: the columns, each cell's rule, a key that
 * repeats in the file, and (licences, LKPM) a company that is not in the agency's registry.
 * A file without a column of its kind is refused whole, naming each missing column.
 */
export async function checkImportTable<K extends ControlImportKind>(
  db: Db,
  agencyId: string,
  kind: K,
  table: ImportTable,
): Promise<CheckedImport<K>> {
  const missing = missingColumns(kind, table.header);
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION',
      {},
      missing.map((field) => ({ field, rule: 'missing_column' })),
    );
  const header = table.header.map(normaliseHeader);
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    if ((IMPORT_COLUMNS[kind] as readonly string[]).includes(h) && !columns.has(h)) columns.set(h, i);
  });
  const read = IMPORT_ROW_READERS[kind] as (
    cells: Record<string, string>,
  ) => ReturnType<(typeof IMPORT_ROW_READERS)[K]>;
  const problems = new Map<number, RowProblem[]>();
  const ok: Array<{ line: number; row: ImportRowOf<K> }> = [];
  for (const { line, cells } of table.rows) {
    const record: Record<string, string> = {};
    for (const [name, i] of columns) record[name] = cells[i] ?? '';
    const result = read(record);
    if (result.ok) ok.push({ line, row: result.value as ImportRowOf<K> });
    else problems.set(line, result.problems);
  }

  let known: Map<string, { regency: string | null }> | null = null;
  if (kind !== 'companies') {
    const nibs = [...new Set(ok.map((r) => (r.row as { nib: string }).nib))];
    known = await companiesByNib(db, agencyId, nibs);
  }
  const firstOfKey = new Map<string, number>();
  const valid: Array<ImportRowOf<K>> = [];
  for (const { line, row } of ok) {
    const nib = (row as { nib: string }).nib;
    const company = known?.get(nib);
    if (known && !company) {
      problems.set(line, [{ field: 'nib', rule: 'unknown_company' }]);
      continue;
    }
    let key = importRowKey(kind, row);
    if (kind === 'lkpm' && company) {
      const l = row as LkpmImportRow;
      key = importRowKey(kind, { ...l, regency: l.kbli ? (l.regency ?? company.regency) : null });
    }
    const first = firstOfKey.get(key);
    if (first !== undefined) {
      problems.set(line, [{ field: IMPORT_KEY_FIELD[kind], rule: 'duplicate_in_file', params: { first } }]);
      continue;
    }
    firstOfKey.set(key, line);
    valid.push(row);
  }
  const rejected: RejectedProblem[] = [];
  for (const [row, list] of [...problems].sort((a, b) => a[0] - b[0]))
    for (const p of list) if (rejected.length < REJECTED_KEPT) rejected.push({ row, ...p });
  return { rowsRead: table.rows.length, valid, rejected, rowsRejected: problems.size };
}

/** A rejected row as the reader sees it: the rule's message in their language, naming the column. */
export function rejectedView(p: RejectedProblem, lang: TLang): TImportRejectedRow {
  return {
    row: p.row,
    field: p.field,
    rule: p.rule,
    message: ruleMessage(p.rule, lang, { field: `'${p.field}'`, ...(p.params ?? {}) }),
  };
}

/** What a run would do with the valid rows, counted batch by batch against the registry. */
export async function classifyRows(
  db: Db,
  agencyId: string,
  kind: ControlImportKind,
  rows: ImportRowOf<ControlImportKind>[],
): Promise<BatchCounts> {
  const total: BatchCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
    const batch = rows.slice(i, i + IMPORT_BATCH);
    const c =
      kind === 'companies'
        ? await classifyCompanies(db, agencyId, batch as never)
        : kind === 'licences'
          ? await classifyLicences(db, agencyId, batch as never)
          : await classifyLkpm(db, agencyId, batch as never);
    total.inserted += c.new;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
  }
  return total;
}

/** Upserts one batch of valid rows of a kind in the caller's transaction. */
export function upsertBatch(
  tx: Db,
  opts: {
    agencyId: string;
    kind: ControlImportKind;
    rows: ImportRowOf<ControlImportKind>[];
    now: Date;
    userId: string;
  },
): Promise<BatchCounts> {
  if (opts.kind === 'companies') return upsertCompanies(tx, opts.agencyId, opts.rows as never, opts.now);
  if (opts.kind === 'licences') return upsertLicences(tx, opts.agencyId, opts.rows as never, opts.now);
  return upsertLkpm(tx, opts.agencyId, opts.rows as never, opts.now, opts.userId);
}
