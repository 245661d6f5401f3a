import type { TLkpmSettings } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { findAgency, updateAgencySettings } from '../../../platform/db/repositories/org';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { lkpmDeadlineDayOf } from '../domain/lkpm';

/**
 * The administrator sets the LKPM deadline day (`settings.control.lkpmDeadlineDay`): the
 * deadline is that many days after the period ends (15 since late 2025, 10 before; DESIGN §3.2).
 * Compliance is judged against it from then on.
 */
export async function setLkpmSettings(
  { db, now, actor }: AuthedCtx,
  input: TLkpmSettings,
): Promise<TLkpmSettings> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const agency = await findAgency(tx, actor.agencyId);
    if (!agency) throw notFound();
    const all = (agency.settings ?? {}) as Record<string, unknown>;
    const control = (all.control ?? {}) as Record<string, unknown>;
    const before = lkpmDeadlineDayOf(agency);
    await updateAgencySettings(tx, agency.id, {
      ...all,
      control: { ...control, lkpmDeadlineDay: input.lkpmDeadlineDay },
    });
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: actor.userId,
      entityType: 'agency',
      entityId: agency.id,
      action: 'lkpm.settings_changed',
      before: { lkpmDeadlineDay: before },
      after: { lkpmDeadlineDay: input.lkpmDeadlineDay },
      occurredAt: now,
    });
    return { lkpmDeadlineDay: input.lkpmDeadlineDay };
  });
}
