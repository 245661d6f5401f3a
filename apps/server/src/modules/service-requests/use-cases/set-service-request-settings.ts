import type { TServiceRequestSettings } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { findAgency, updateAgencySettings } from '../../../platform/db/repositories/org';
import { invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { serviceRequestSettingsOf } from '../domain/inbound-email';
import { findAgenciesByRequestMailbox } from '../repository/service-request-emails';

/**
 * The administrator sets the service-request mailboxes (`settings.serviceRequests.mailboxes`,
 * beside the services' unit codes), kept lower-case and without repeats. A mailbox another
 * agency already uses, or the agency's own complaint mailbox (mail to it becomes a complaint),
 * is refused naming the entry.
 */
export async function setServiceRequestSettings(
  { db, now, actor }: AuthedCtx,
  input: TServiceRequestSettings,
): Promise<TServiceRequestSettings> {
  assertCan(actor, 'org.manage', { agencyId: actor.agencyId });
  const mailboxes = [...new Set(input.mailboxes.map((m) => m.trim().toLowerCase()))];
  return db.transaction(async (tx) => {
    const agency = await findAgency(tx, actor.agencyId);
    if (!agency) throw notFound();
    const all = (agency.settings ?? {}) as Record<string, unknown>;
    const complaintMailbox = (all.complaints as { mailbox?: string } | undefined)?.mailbox?.toLowerCase();
    for (const [i, m] of mailboxes.entries()) {
      if (m === complaintMailbox) throw invalidField(`mailboxes.${i}`, 'complaint_mailbox');
      const others = (await findAgenciesByRequestMailbox(tx, m)).filter((a) => a.id !== agency.id);
      if (others.length > 0) throw invalidField(`mailboxes.${i}`, 'duplicate');
    }
    const before = serviceRequestSettingsOf(agency);
    const current = (all.serviceRequests ?? {}) as Record<string, unknown>;
    await updateAgencySettings(tx, agency.id, { ...all, serviceRequests: { ...current, mailboxes } });
    await appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: actor.userId,
      entityType: 'agency',
      entityId: agency.id,
      action: 'service_request.settings_changed',
      before,
      after: { mailboxes },
      occurredAt: now,
    });
    return { mailboxes };
  });
}
