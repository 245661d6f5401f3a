import { assertCan, previousWeekStart } from '@sigap/core';
import { buildWeeklyRecapPdf } from '../../../documents/complaint-recap';
import type { AuthedCtx } from '../../context';
import { checkedDate, recapFilename, weeklyRecapOf } from './support';

/** The weekly recap as an A4 PDF with the same figures as the JSON answer. */
export async function exportWeeklyRecapPdf(
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
  const body = await buildWeeklyRecapPdf(recap, {
    agencyName: actor.agency.name,
    timeZone: tz,
    generatedAt: now,
  });
  return { filename: recapFilename(recap.weekStart, 'pdf'), body };
}
