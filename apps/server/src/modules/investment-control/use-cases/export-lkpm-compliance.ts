import { assertCan } from '@sigap/core';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmCompliance } from '../domain/lkpm-compliance';
import { buildLkpmComplianceWorkbook } from '../renderers/lkpm-compliance-xlsx';

/** The compliance lists as an XLSX workbook, named by the day it was made. */
export async function exportLkpmCompliance({
  db,
  now,
  actor,
}: AuthedCtx): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const c = await lkpmCompliance(db, actor.agency, now);
  const body = await buildLkpmComplianceWorkbook(c, { agencyName: actor.agency.name, generatedAt: now });
  return { filename: `kepatuhan-lkpm-${localDate(now, actor.agency.timeZone)}.xlsx`, body };
}
