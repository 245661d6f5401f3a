import type { TConsultationList, TConsultationQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { consultationSummary } from '../domain/consultation-view';
import { listConsultations as listRows } from '../repository/consultations';

/** The agency's tickets (by company, kind, status, or a search), open ones first. */
export async function listConsultations(
  { db, actor }: AuthedCtx,
  q: TConsultationQuery,
): Promise<TConsultationList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const { rows, total } = await listRows(db, {
    agencyId: actor.agencyId,
    companyId: q.companyId,
    kind: q.kind,
    status: q.status,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: rows.map((r) => consultationSummary(r.ticket, { name: r.companyName, nib: r.nib })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
