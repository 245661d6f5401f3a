import type { TInspection, TInspectionItems } from '@sigap/contracts/investment-control';
import type { Db } from '../../../platform/db/client';
import { type InspectionListRow, listInspections } from '../repository/inspections';
import { userNames } from '../repository/supervision';

/** The SOP of incidental supervision (unmanaged: its case runs on the generic engine). */
export const INCIDENTAL_SUPERVISION_SOP = 'dalak-067-010';
/** The file kind of an inspection report's photos. */
export const INSPECTION_PHOTO_KIND = 'control_inspection_photo';

/** An inspection as the API shows it; `names` maps the inspectors' user ids to their names. */
export function inspectionView(
  row: InspectionListRow,
  names: Map<string, string>,
  canManage: boolean,
): TInspection {
  const i = row.inspection;
  return {
    id: i.id,
    kind: i.kind as TInspection['kind'],
    status: i.status as TInspection['status'],
    companyId: i.companyId,
    companyName: row.companyName,
    nib: row.nib,
    visitId: i.visitId,
    visitPlannedOn: row.visitPlannedOn ?? null,
    reasonKind: (i.reasonKind as TInspection['reasonKind']) ?? null,
    reasonRef: i.reasonRef,
    reason: i.reason,
    caseId: i.caseId,
    caseNumber: row.caseNumber ?? null,
    inspectedOn: i.inspectedOn,
    inspectors: i.inspectorIds.map((id) => ({ id, name: names.get(id) ?? id })),
    items: (i.items as TInspectionItems | null) ?? null,
    grade: (i.grade as TInspection['grade']) ?? null,
    findingsCount: i.findingsCount,
    findings: i.findings,
    followUp: i.followUp,
    companyRepName: i.companyRepName,
    companyRepPosition: i.companyRepPosition,
    refusalReason: i.refusalReason,
    photos: i.photos as TInspection['photos'],
    createdAt: i.createdAt.toISOString(),
    reportedAt: i.reportedAt?.toISOString() ?? null,
    canManage,
  };
}

/** One inspection of the agency as the API shows it, read again (after a change). */
export async function loadInspection(
  db: Db,
  agencyId: string,
  id: string,
  canManage: boolean,
): Promise<TInspection | undefined> {
  const [row] = (await listInspections(db, { agencyId, id, limit: 1, offset: 0 })).rows;
  if (!row) return undefined;
  return inspectionView(row, await userNames(db, row.inspection.inspectorIds), canManage);
}
