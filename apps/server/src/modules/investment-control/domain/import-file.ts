import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalidField } from '../../../platform/lib/errors';

/** A file read as a table: the header cells and each data row with its line (row) number in the file. */
export interface ImportTable {
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded CSV or XLSX (judged by content: an XLSX is a zip) into a table. A CSV may be
 * separated by commas, semicolons (Excel in Indonesian) or tabs, with or without a BOM; quoted
 * cells may hold the separator and line breaks. An XLSX is read from its first worksheet. A file
 * that is neither, or has no data row, is refused naming the `file` field.
 */
export async function readImportTable(bytes: Buffer): Promise<ImportTable> {
  const table = bytes.subarray(0, 4).equals(ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  if (!table || table.header.filter(Boolean).length === 0 || table.rows.length === 0)
    throw invalidField('file', 'import_file');
  return table;
}

function readCsv(bytes: Buffer): ImportTable | null {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\u0000')) return null; // a binary file, not text
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch {
    return null;
  }
  const [head, ...rest] = records;
  if (!head) return null;
  return {
    header: head.record,
    rows: rest
      .filter((r) => r.record.some((c) => c.trim() !== ''))
      .map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function readXlsx(bytes: Buffer): Promise<ImportTable | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  if (!sheet) return null;
  let header: string[] | null = null;
  const rows: ImportTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (!header) header = cells;
    else if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return header ? { header, rows } : null;
}

/** A cell's value as the text a CSV would carry: dates as YYYY-MM-DD, numbers without exponent. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}
