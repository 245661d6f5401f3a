import type { TLkpmReport } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmReportView } from '../domain/lkpm';
import { findLkpmReport } from '../repository/lkpm-reports';

/** One LKPM report with its timeline; another agency's report is "not found". */
export async function getLkpmReport({ db, actor }: AuthedCtx, id: string): Promise<TLkpmReport> {
  const r = await findLkpmReport(db, id);
  if (!r || r.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.read', { agencyId: r.agencyId });
  return lkpmReportView(db, r, actor);
}
