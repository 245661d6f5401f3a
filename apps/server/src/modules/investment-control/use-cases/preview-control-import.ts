import { createHash } from 'node:crypto';
import type { TLang } from '@sigap/contracts';
import type { TControlImport } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { ControlImportKind } from '@sigap/core/investment-control';
import { storeFiles } from '../../../platform/kernel/attachments';
import { cleanFilename } from '../../../platform/lib/file-type';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkImportTable, classifyRows, rejectedView } from '../domain/import-check';
import { readImportTable } from '../domain/import-file';
import { controlImportView } from '../domain/import-view';
import { findImportFile, IMPORT_FILE_KIND, insertControlImport } from '../repository/control-imports';

/**
 * Reads an uploaded registry or LKPM export (CSV or XLSX) of one kind and checks every row,
 * without changing the registry: the import is kept (the file, counts of new, updated and
 * unchanged rows, every rejected row with its line, column, rule and message in the reader's
 * language) so the reader can look before running it.
 */
export async function previewControlImport(
  { db, actor, now }: AuthedCtx,
  opts: { kind: ControlImportKind; filename: string; bytes: Buffer; lang: TLang },
): Promise<TControlImport> {
  assertCan(actor, 'control.import', { agencyId: actor.agencyId });
  const table = await readImportTable(opts.bytes);
  const checked = await checkImportTable(db, actor.agencyId, opts.kind, table);
  const counts = await classifyRows(db, actor.agencyId, opts.kind, checked.valid);
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const isXlsx = opts.bytes.subarray(0, 2).toString('latin1') === 'PK';
  const filename = cleanFilename(opts.filename, isXlsx ? 'xlsx' : 'csv', `import-${opts.kind}`);
  const row = await db.transaction(async (tx) => {
    if (!(await findImportFile(tx, actor.agencyId, sha256)))
      await storeFiles(tx, {
        agencyId: actor.agencyId,
        kind: IMPORT_FILE_KIND,
        files: [
          {
            filename,
            contentType: isXlsx
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'text/csv',
            bytes: opts.bytes,
          },
        ],
        userId: actor.userId,
        now,
      });
    return insertControlImport(tx, {
      agencyId: actor.agencyId,
      kind: opts.kind,
      filename,
      sha256,
      status: 'previewed',
      rowsRead: checked.rowsRead,
      rowsInserted: counts.inserted,
      rowsUpdated: counts.updated,
      rowsUnchanged: counts.unchanged,
      rowsRejected: checked.rowsRejected,
      rejected: checked.rejected.map((p) => rejectedView(p, opts.lang)),
      createdBy: actor.userId,
      createdAt: now,
    });
  });
  return controlImportView(row);
}
