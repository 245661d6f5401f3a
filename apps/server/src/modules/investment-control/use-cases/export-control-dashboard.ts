import type { TControlDashboardQuery } from '@sigap/contracts/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import {
  buildLkpmComplianceWorkbook,
  buildRealisationWorkbook,
  buildSanctionsWorkbook,
  buildSupervisionProgressWorkbook,
} from '../renderers/control-dashboards-xlsx';
import { getLkpmComplianceDashboard } from './get-lkpm-compliance-dashboard';
import { getRealisationDashboard } from './get-realisation-dashboard';
import { getSanctionsDashboard } from './get-sanctions-dashboard';
import { getSupervisionProgressDashboard } from './get-supervision-progress-dashboard';

export type ControlDashboardKind = 'realisation' | 'lkpm-compliance' | 'supervision-progress' | 'sanctions';

const NAMES: Record<ControlDashboardKind, string> = {
  realisation: 'realisasi-investasi',
  'lkpm-compliance': 'kepatuhan-lkpm',
  'supervision-progress': 'progres-pengawasan',
  sanctions: 'sanksi-per-tahap',
};

/** A control dashboard as an XLSX workbook (the same figures the page shows; each getter checks the policy). */
export async function exportControlDashboard(
  ctx: AuthedCtx,
  input: { kind: ControlDashboardKind; query: TControlDashboardQuery },
): Promise<{ filename: string; body: Buffer }> {
  const meta = { agencyName: ctx.actor.agency.name, generatedAt: ctx.now };
  const q = input.query;
  const body =
    input.kind === 'realisation'
      ? await buildRealisationWorkbook(await getRealisationDashboard(ctx, q), meta)
      : input.kind === 'lkpm-compliance'
        ? await buildLkpmComplianceWorkbook(await getLkpmComplianceDashboard(ctx, q), meta)
        : input.kind === 'supervision-progress'
          ? await buildSupervisionProgressWorkbook(await getSupervisionProgressDashboard(ctx, q), meta)
          : await buildSanctionsWorkbook(await getSanctionsDashboard(ctx, q), meta);
  return { filename: `${NAMES[input.kind]}-${q.year}.xlsx`, body };
}
