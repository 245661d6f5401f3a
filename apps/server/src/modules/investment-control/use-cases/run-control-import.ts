import type { TLang } from '@sigap/contracts';
import type { TControlImport } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { ControlImportKind } from '@sigap/core/investment-control';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkImportTable, IMPORT_BATCH, rejectedView, upsertBatch } from '../domain/import-check';
import { readImportTable } from '../domain/import-file';
import { controlImportView } from '../domain/import-view';
import { findControlImport, findImportFile, updateControlImport } from '../repository/control-imports';

/**
 * Runs a previewed import: the file is read and checked again (the registry may have changed
 * since the preview) and its valid rows are upserted by their natural keys (company by NIB,
 * licence by type and number, LKPM report by company, period and business line), 1,000 rows per
 * transaction. A row that equals what is stored is not touched, so running the same file again
 * changes nothing, and an interrupted run (status `running` or `failed`) run again finishes
 * without duplicates. A finished import is not run twice (409): upload the file again.
 */
export async function runControlImport(
  { db, actor, now }: AuthedCtx,
  opts: { id: string; lang: TLang },
): Promise<TControlImport> {
  const imp = await findControlImport(db, opts.id);
  if (!imp || imp.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.import', { agencyId: imp.agencyId });
  if (imp.status === 'done')
    throw new AppError('CONFLICT', { detail: 'import' }, [{ field: 'id', rule: 'import_not_previewed' }]);
  const file = await findImportFile(db, imp.agencyId, imp.sha256);
  if (!file) throw notFound();
  await updateControlImport(db, imp.id, { status: 'running' });
  const kind = imp.kind as ControlImportKind;
  try {
    const checked = await checkImportTable(db, imp.agencyId, kind, await readImportTable(file.bytes));
    const total = { inserted: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < checked.valid.length; i += IMPORT_BATCH) {
      const rows = checked.valid.slice(i, i + IMPORT_BATCH);
      const c = await db.transaction((tx) =>
        upsertBatch(tx, { agencyId: imp.agencyId, kind, rows, now, userId: actor.userId }),
      );
      total.inserted += c.inserted;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
    }
    const done = await updateControlImport(db, imp.id, {
      status: 'done',
      rowsRead: checked.rowsRead,
      rowsInserted: total.inserted,
      rowsUpdated: total.updated,
      rowsUnchanged: total.unchanged,
      rowsRejected: checked.rowsRejected,
      rejected: checked.rejected.map((p) => rejectedView(p, opts.lang)),
      finishedAt: new Date(now.getTime()),
    });
    return controlImportView(done);
  } catch (err) {
    await updateControlImport(db, imp.id, { status: 'failed' });
    throw err;
  }
}
