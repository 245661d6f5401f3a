import type { TIkmReport, TIkmReportQuery } from '@sigap/contracts/satisfaction';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../use-cases/context';
import { buildIkmReport } from '../report';

/** The office's IKM report (leaders, the complaint working group's chair, administrators). */
export async function getIkmReport(
  { db, now, actor }: AuthedCtx,
  query: TIkmReportQuery,
): Promise<TIkmReport> {
  assertCan(actor, 'satisfaction.report.read', { agencyId: actor.agencyId });
  return buildIkmReport(db, actor.agency, query, now);
}
