import type { TComplaintSettings } from '@sigap/contracts';
import { assertCan, can } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findAgenciesByMailbox } from '../../db/repositories/inbound-email';
import { findAgency, updateAgencySettings } from '../../db/repositories/org';
import { invalidField } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { complaintSettings } from './support';

/** The agency's complaint settings: anyone in the complaint team or an administrator may read them. */
export async function getComplaintSettings({ actor }: AuthedCtx): Promise<TComplaintSettings> {
  if (!can(actor, 'complaint.settings.manage', { agencyId: actor.agencyId }))
    assertCan(actor, 'complaint.handle', { agencyId: actor.agencyId });
  return complaintSettings(actor.agency);
}

/** Administrators set the working days for a type-f answer (Pasal 6 (3) leaves it open) and the mailbox. */
export async function setComplaintSettings(
  { db, now, actor }: AuthedCtx,
  input: TComplaintSettings,
): Promise<TComplaintSettings> {
  assertCan(actor, 'complaint.settings.manage', { agencyId: actor.agencyId });
  const settings: TComplaintSettings = {
    ...input,
    mailbox: input.mailbox ? input.mailbox.trim().toLowerCase() : null,
  };
  const mailbox = settings.mailbox;
  await db.transaction(async (tx) => {
    if (mailbox) {
      const others = (await findAgenciesByMailbox(tx, [mailbox])).filter((a) => a.id !== actor.agencyId);
      if (others.length > 0) throw invalidField('mailbox', 'duplicate');
    }
    const agency = (await findAgency(tx, actor.agencyId))!;
    const all = { ...((agency.settings ?? {}) as Record<string, unknown>), complaints: settings };
    await updateAgencySettings(tx, agency.id, all);
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: actor.userId,
      entityType: 'agency',
      entityId: agency.id,
      action: 'complaint.settings_changed',
      before: complaintSettings(agency),
      after: settings,
      occurredAt: now,
    });
  });
  return settings;
}
