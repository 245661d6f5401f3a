import type { TWeeklyRecapView } from '@sigap/contracts/complaints';
import { assertCan, can } from '@sigap/core';
import { previousWeekStart } from '@sigap/core/complaints';
import { findUser } from '../../../platform/db/repositories/users';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { deliveryOf } from '../domain/recap-delivery';
import { checkedDate, weeklyRecapOf } from '../domain/reports';
import { findRecap } from '../repository/complaint-reports';

/**
 * The weekly recap with follow-ups (Perka BKPM 12/2015 Pasal 10): the Monday-Sunday week in the
 * agency's zone containing `week`, or the last complete week. Intake by type, channel, status
 * and day; answers given in the week and those within their deadline; what was still open and
 * overdue when the week ended; one follow-up line per complaint handled in the week. With it,
 * its delivery to the head (Pasal 10 ayat 2): prepared by the Monday job, sent by the chair.
 */
export async function getWeeklyRecap(
  { db, now, actor }: AuthedCtx,
  query: { week?: string | undefined },
): Promise<TWeeklyRecapView> {
  assertCan(actor, 'complaint.report.read', { agencyId: actor.agencyId });
  const recap = await weeklyRecapOf(
    db,
    actor.agency,
    checkedDate('week', query.week) ?? previousWeekStart(now, actor.agency.timeZone),
  );
  const row = await findRecap(db, actor.agencyId, recap.weekStart);
  const sender = row?.sentBy ? await findUser(db, row.sentBy) : undefined;
  const maySend = can(actor, 'complaint.recap.send', { agencyId: actor.agencyId });
  return { ...recap, delivery: row ? deliveryOf(row, sender?.name ?? null, maySend) : null };
}
