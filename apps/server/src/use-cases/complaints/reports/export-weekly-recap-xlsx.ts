import { assertCan, previousWeekStart } from '@sigap/core';
import { buildWeeklyRecapWorkbook } from '../../../documents/complaint-recap';
import type { AuthedCtx } from '../../context';
import { checkedDate, recapFilename, weeklyRecapOf } from './support';

/** The weekly recap as an XLSX workbook (sheets "Rekap" and "Tindak lanjut"), the same figures as the JSON answer. */
export async function exportWeeklyRecapXlsx(
  { db, now, actor }: AuthedCtx,
  query: { week?: string | undefined },
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'complaint.report.read', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const recap = await weeklyRecapOf(
    db,
    actor.agency,
    checkedDate('week', query.week) ?? previousWeekStart(now, tz),
  );
  const body = await buildWeeklyRecapWorkbook(recap, {
    agencyName: actor.agency.name,
    timeZone: tz,
    generatedAt: now,
  });
  return { filename: recapFilename(recap.weekStart, 'xlsx'), body };
}
