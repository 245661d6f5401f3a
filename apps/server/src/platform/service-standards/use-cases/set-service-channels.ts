import type { TServiceChannels } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findAgency, updateAgencySettings } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../../use-cases/context';
import { serviceChannelsOf } from '../channels';

/**
 * The administrator sets the complaint and survey channels the agency runs (call centre,
 * complaint email, survey link, LAPOR! page), shown on every service standard page. Kept in
 * `agencies.settings.serviceChannels` beside the other settings, with the event, in one transaction.
 */
export async function setServiceChannels(
  { db, now, actor }: AuthedCtx,
  input: TServiceChannels,
): Promise<TServiceChannels> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const agency = await findAgency(tx, actor.agencyId);
    if (!agency) throw notFound();
    const before = serviceChannelsOf(agency);
    const settings = { ...((agency.settings ?? {}) as Record<string, unknown>), serviceChannels: input };
    await updateAgencySettings(tx, agency.id, settings);
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: actor.userId,
      entityType: 'agency',
      entityId: agency.id,
      action: 'agency.service_channels_changed',
      before,
      after: input,
      occurredAt: now,
    });
    return input;
  });
}
