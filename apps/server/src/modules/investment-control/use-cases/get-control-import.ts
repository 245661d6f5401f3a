import type { TControlImport } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { controlImportView, rejectedCsv } from '../domain/import-view';
import { findControlImport } from '../repository/control-imports';

/** One import of the agency (another agency's is "not found"), or its rejected rows as CSV. */
export async function getControlImport(
  { db, actor }: AuthedCtx,
  opts: { id: string; as?: 'json' | 'csv' },
): Promise<{ view: TControlImport; csv: Buffer | null }> {
  const imp = await findControlImport(db, opts.id);
  if (!imp || imp.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.import', { agencyId: imp.agencyId });
  return { view: controlImportView(imp), csv: opts.as === 'csv' ? rejectedCsv(imp) : null };
}
