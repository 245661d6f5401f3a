import type { TControlImportList } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { controlImportView } from '../domain/import-view';
import { listControlImports as listRows } from '../repository/control-imports';

/** The agency's latest imports (newest first), with their counts. */
export async function listControlImports({ db, actor }: AuthedCtx): Promise<TControlImportList> {
  assertCan(actor, 'control.import', { agencyId: actor.agencyId });
  const rows = await listRows(db, actor.agencyId, 20);
  return { items: rows.map((r) => ({ ...controlImportView(r), rejected: [] })) };
}
