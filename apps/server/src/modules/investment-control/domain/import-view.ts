import type { TControlImport, TImportRejectedRow } from '@sigap/contracts/investment-control';
import type { ControlImportRow } from '../repository/control-imports';

/** How many rejected rows an answer carries (the rest download as CSV). */
export const REJECTED_SHOWN = 100;

/** An import as the office sees it: counts, and the first rejected rows. */
export function controlImportView(r: ControlImportRow): TControlImport {
  const rejected = r.rejected as TImportRejectedRow[];
  return {
    id: r.id,
    kind: r.kind as TControlImport['kind'],
    filename: r.filename,
    status: r.status as TControlImport['status'],
    rowsRead: r.rowsRead,
    rowsValid: r.rowsRead - r.rowsRejected,
    rowsNew: r.rowsInserted,
    rowsUpdated: r.rowsUpdated,
    rowsUnchanged: r.rowsUnchanged,
    rowsRejected: r.rowsRejected,
    rejected: rejected.slice(0, REJECTED_SHOWN),
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Every kept rejected row as CSV (row, field, rule, message), for fixing the file. */
export function rejectedCsv(r: ControlImportRow): Buffer {
  const lines = ['row,field,rule,message'];
  for (const p of r.rejected as TImportRejectedRow[])
    lines.push([p.row, p.field, p.rule, p.message].map(csvCell).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
