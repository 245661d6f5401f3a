import { assertCan } from '@sigap/core';
import { previousWeekStart } from '@sigap/core/complaints';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { checkedDate, recapFilename, weeklyRecapOf } from '../domain/reports';
import { buildWeeklyRecapPdf, buildWeeklyRecapWorkbook } from '../renderers/complaint-recap';

const BUILDERS = { pdf: buildWeeklyRecapPdf, xlsx: buildWeeklyRecapWorkbook } as const;

/**
 * The weekly recap as an A4 PDF or an XLSX workbook (sheets "Rekap" and "Tindak lanjut"), with
 * the same figures as the JSON answer.
 */
export async function exportWeeklyRecap(
  { db, now, actor }: AuthedCtx,
  input: { week?: string | undefined; format: 'pdf' | 'xlsx' },
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'complaint.report.read', { agencyId: actor.agencyId });
  const tz = actor.agency.timeZone;
  const recap = await weeklyRecapOf(
    db,
    actor.agency,
    checkedDate('week', input.week) ?? previousWeekStart(now, tz),
  );
  const body = await BUILDERS[input.format](recap, {
    agencyName: actor.agency.name,
    timeZone: tz,
    generatedAt: now,
  });
  return { filename: recapFilename(recap.weekStart, input.format), body };
}
