import type { TComplaintSettings } from '@sigap/contracts/complaints';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { findAgency, updateAgencySettings } from '../../../platform/db/repositories/org';
import { invalidField } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { complaintSettings } from '../domain/support';
import { findAgenciesByMailbox } from '../repository/inbound-email';

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
