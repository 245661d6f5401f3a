import type { TIkmReportQuery } from '@sigap/contracts/satisfaction';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../use-cases/context';
import { buildIkmPdf, buildIkmXlsx, ikmFilename } from '../renderers/ikm-report';
import { buildIkmReport } from '../report';

/** The IKM report as a PDF (A4, Indonesian with English beside it) or an XLSX workbook. */
export async function exportIkmReport(
  { db, now, actor }: AuthedCtx,
  query: TIkmReportQuery & { format: 'pdf' | 'xlsx' },
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'satisfaction.report.read', { agencyId: actor.agencyId });
  const report = await buildIkmReport(db, actor.agency, query, now);
  const meta = { timeZone: actor.agency.timeZone, generatedAt: now };
  const body = query.format === 'pdf' ? await buildIkmPdf(report, meta) : await buildIkmXlsx(report, meta);
  return { filename: ikmFilename(report, query.format), body };
}
