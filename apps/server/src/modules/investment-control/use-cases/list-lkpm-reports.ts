import type { TLkpmList, TLkpmQuery } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { realisedTotal } from '@sigap/core/investment-control';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmDeadlineDayOf, periodOfRow, periodView } from '../domain/lkpm';
import { listLkpmReports as listRows } from '../repository/lkpm-reports';

/** The agency's LKPM reports, latest period first, filtered by period, status and company. */
export async function listLkpmReports({ db, actor }: AuthedCtx, q: TLkpmQuery): Promise<TLkpmList> {
  assertCan(actor, 'control.read', { agencyId: actor.agencyId });
  const { rows, total } = await listRows(db, {
    agencyId: actor.agencyId,
    year: q.periodYear,
    kind: q.periodKind,
    no: q.periodNo,
    status: q.status,
    companyId: q.companyId,
    q: q.q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const day = lkpmDeadlineDayOf(actor.agency);
  return {
    items: rows.map(({ report: r, companyName, nib, lineName }) => ({
      id: r.id,
      companyId: r.companyId,
      companyName,
      nib,
      businessLineName: lineName,
      period: periodView(periodOfRow(r), day),
      status: r.status as TLkpmList['items'][number]['status'],
      realised: realisedTotal(r),
      planned: r.planned,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
