import type {
  TMonitoringKind,
  TMonitoringRound,
  TMonitoringRoundDetail,
  TMonitoringScope,
} from '@sigap/contracts/investment-control';
import type { Db } from '../../../platform/db/client';
import { listResults, listRounds } from '../repository/monitoring';

/** The SOP each kind of monitoring round runs on (neither is module-managed). */
export const MONITORING_SOP: Record<TMonitoringKind, string> = {
  investment: 'dalak-067-001',
  licensing: 'dalak-067-005',
};

type RoundListRow = Awaited<ReturnType<typeof listRounds>>['rows'][number];

export function roundView(r: RoundListRow): TMonitoringRound {
  const m = r.round;
  return {
    id: m.id,
    kind: m.kind as TMonitoringKind,
    title: m.title,
    periodFrom: m.periodFrom,
    periodTo: m.periodTo,
    scope: m.scope as TMonitoringScope,
    status: m.status as TMonitoringRound['status'],
    companies: Number(r.companies),
    recorded: Number(r.recorded),
    guidance: Number(r.guidance),
    supervision: Number(r.supervision),
    report: m.report,
    reportedAt: m.reportedAt?.toISOString() ?? null,
    caseId: m.caseId,
    caseNumber: r.caseNumber ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}

/** One round of the agency with its companies' results, read again (after a change). */
export async function loadRound(
  db: Db,
  agencyId: string,
  id: string,
): Promise<TMonitoringRoundDetail | null> {
  const [row] = (await listRounds(db, { agencyId, id, limit: 1, offset: 0 })).rows;
  if (!row) return null;
  const results = await listResults(db, id);
  return {
    ...roundView(row),
    results: results.map((r) => ({
      id: r.result.id,
      companyId: r.result.companyId,
      companyName: r.companyName,
      nib: r.nib,
      regency: r.regency,
      riskLevel: r.riskLevel,
      statusNote: r.result.statusNote,
      problems: r.result.problems,
      followUp: (r.result.followUp as TMonitoringRoundDetail['results'][number]['followUp']) ?? null,
      recordedAt: r.result.recordedAt?.toISOString() ?? null,
      recordedBy: r.recordedByName ?? null,
    })),
  };
}
