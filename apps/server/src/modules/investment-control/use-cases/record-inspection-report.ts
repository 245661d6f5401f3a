import type { TInspection, TInspectionReportInput } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { inspectionGrade } from '@sigap/core/investment-control';
import { conflict, invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadInspection } from '../domain/inspection-view';
import {
  findInspectionForUpdate,
  findInspectionOfVisit,
  insertInspection,
  updateInspection,
} from '../repository/inspections';
import { findVisitForUpdate, listInspectors, updateVisit } from '../repository/supervision';

/**
 * Records the inspection report (Berita Acara Pemeriksaan) of a routine visit (the visit becomes
 * done on the inspection date with the report's findings count) or of an open incidental
 * inspection. The grade and findings count follow `inspectionGrade`; the inspectors sign as
 * the agency's users, the company by its representative's name or the reason it refused.
 */
export async function recordInspectionReport(
  ctx: AuthedCtx,
  input: { target: { visitId: string } | { inspectionId: string }; report: TInspectionReportInput },
): Promise<TInspection> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const r = input.report;
  const today = localDate(now, actor.agency.timeZone);
  if (r.inspectedOn > today) throw invalidField('inspectedOn', 'not_future');
  const { grade, findingsCount } = inspectionGrade(r.items);
  const report = {
    status: 'reported',
    inspectedOn: r.inspectedOn,
    inspectorIds: [...new Set(r.inspectorIds)],
    items: r.items,
    grade,
    findingsCount,
    findings: r.findings ?? null,
    followUp: r.followUp ?? null,
    companyRepName: r.companyRepName ?? null,
    companyRepPosition: r.companyRepName ? (r.companyRepPosition ?? null) : null,
    refusalReason: r.refusalReason ?? null,
    reportedBy: actor.userId,
    reportedAt: now,
    updatedAt: now,
  };
  return db.transaction(async (tx) => {
    const known = new Set((await listInspectors(tx, actor.agencyId, r.inspectedOn)).map((i) => i.id));
    const bad = r.inspectorIds.findIndex((id) => !known.has(id));
    if (bad >= 0) throw invalidField(`inspectorIds.${bad}`, 'inspector_unknown');
    let id: string;
    if ('visitId' in input.target) {
      const visit = await findVisitForUpdate(tx, input.target.visitId);
      if (!visit || visit.agencyId !== actor.agencyId) throw notFound();
      if (!['planned', 'letter_issued'].includes(visit.status))
        throw conflict(`kunjungan berstatus ${visit.status}`);
      if (await findInspectionOfVisit(tx, visit.id)) throw conflict('BAP kunjungan sudah dibuat');
      const row = await insertInspection(tx, {
        agencyId: actor.agencyId,
        companyId: visit.companyId,
        kind: 'visit',
        visitId: visit.id,
        caseId: visit.caseId,
        createdBy: actor.userId,
        createdAt: now,
        ...report,
      });
      await updateVisit(tx, visit.id, {
        status: 'done',
        doneOn: r.inspectedOn,
        findingsCount,
        updatedAt: now,
      });
      id = row.id;
    } else {
      const row = await findInspectionForUpdate(tx, input.target.inspectionId);
      if (!row || row.agencyId !== actor.agencyId) throw notFound();
      if (row.status !== 'open') throw conflict('BAP pemeriksaan sudah dibuat');
      await updateInspection(tx, row.id, report);
      id = row.id;
    }
    return (await loadInspection(tx, actor.agencyId, id, true))!;
  });
}
