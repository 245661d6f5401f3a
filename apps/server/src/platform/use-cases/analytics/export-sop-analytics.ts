import type { TSopAnalyticsQuery } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { findUnit } from '../../db/repositories/org';
import { buildSopAnalyticsWorkbook } from '../../documents/analytics-xlsx';
import { localDate } from '../../lib/local-date';
import type { AuthedCtx } from '../context';
import { getSopAnalytics } from './get-sop-analytics';

/** The compliance analytics as an XLSX workbook, with the same figures as the JSON answer. */
export async function exportSopAnalytics(
  ctx: AuthedCtx,
  query: TSopAnalyticsQuery,
): Promise<{ filename: string; body: Buffer }> {
  assertCan(ctx.actor, 'analytics.read', { agencyId: ctx.actor.agencyId });
  const data = await getSopAnalytics(ctx, query);
  const unit = data.unitId ? await findUnit(ctx.db, data.unitId) : undefined;
  const body = await buildSopAnalyticsWorkbook(data, {
    agencyName: ctx.actor.agency.name,
    unitName: unit?.name ?? null,
    generatedAt: ctx.now,
  });
  const to = data.to ?? localDate(ctx.now, ctx.actor.agency.timeZone);
  return { filename: `analitik-sop_${data.from ?? 'awal'}_${to}.xlsx`, body };
}
