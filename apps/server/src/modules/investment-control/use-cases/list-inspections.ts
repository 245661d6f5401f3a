import type { TInspectionList, TInspectionQuery } from '@sigap/contracts/investment-control';
import { assertCan, can } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { inspectionView } from '../domain/inspection-view';
import { listInspections as listRows } from '../repository/inspections';
import { userNames } from '../repository/supervision';

/** The agency's inspections (routine-visit reports and incidental inspections), newest first, by company, kind or status. */
export async function listInspections(
  { db, actor }: AuthedCtx,
  q: TInspectionQuery,
): Promise<TInspectionList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const canManage = can(actor, 'control.manage', { agencyId: actor.agencyId });
  const { rows, total } = await listRows(db, {
    agencyId: actor.agencyId,
    companyId: q.companyId,
    kind: q.kind,
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const names = await userNames(db, [...new Set(rows.flatMap((r) => r.inspection.inspectorIds))]);
  return {
    items: rows.map((r) => inspectionView(r, names, canManage)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
