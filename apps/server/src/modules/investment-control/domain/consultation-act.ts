import type { TConsultation, TConsultationStatus } from '@sigap/contracts/investment-control';
import { assertCan, type WorkingCalendar } from '@sigap/core';
import { AppError, notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import type { AuthedCtx, Db } from '../../../platform/use-cases/context';
import {
  type ConsultationRow,
  findConsultation,
  findConsultationForUpdate,
} from '../repository/consultations';
import { findCompany } from '../repository/registry';
import { consultationView } from './consultation-view';

/** What an action on a ticket works with, in its transaction. */
export interface ConsultationActCtx {
  tx: Db;
  ticket: ConsultationRow;
  companyName: string;
  calendar: WorkingCalendar;
}

/** Status names as the division says them, for the 409 answer. */
const STATUS_LABEL: Record<TConsultationStatus, string> = {
  received: 'DITERIMA',
  scheduled: 'DIJADWALKAN',
  done: 'SELESAI',
  closed: 'DITUTUP',
};

/**
 * Runs one change of a ticket: another agency's ticket is "not found", a reader without
 * `control.manage` is refused; then the ticket is locked, its kind and status checked (409
 * naming its status otherwise) and `act` runs in one transaction. Answers the ticket as it now stands.
 */
export async function actOnConsultation(
  ctx: AuthedCtx,
  id: string,
  opts: { from: readonly TConsultationStatus[]; kinds?: readonly string[] },
  act: (h: ConsultationActCtx) => Promise<void>,
): Promise<TConsultation> {
  const { db, actor } = ctx;
  const first = await findConsultation(db, id);
  if (!first || first.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.manage', { agencyId: first.agencyId });
  const calendar = await loadWorkingCalendar(db, actor.agency);
  await db.transaction(async (tx) => {
    const ticket = await findConsultationForUpdate(tx, id);
    if (!ticket || ticket.agencyId !== actor.agencyId) throw notFound();
    if (
      !opts.from.includes(ticket.status as TConsultationStatus) ||
      (opts.kinds && !opts.kinds.includes(ticket.kind))
    )
      throw new AppError('CONSULTATION_WRONG_STATUS', {
        status: STATUS_LABEL[ticket.status as TConsultationStatus],
      });
    const company = await findCompany(tx, ticket.companyId);
    await act({ tx, ticket, companyName: company?.name ?? '', calendar });
  });
  const after = await findConsultation(db, id);
  if (!after) throw notFound();
  return consultationView(db, after, actor);
}
