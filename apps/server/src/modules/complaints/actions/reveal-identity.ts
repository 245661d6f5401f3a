import { OFFICE_PAGES } from '@sigap/contracts';
import { findUser } from '../../../platform/db/repositories/users';
import { AppError, invalidField } from '../../../platform/lib/errors';
import { notifyStaff } from '../../../platform/use-cases/notifications/notify-staff';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { insertIdentityGrant } from '../repository/complaints';

import type { A } from './shared';

/** Shows the reporter's identity to one more staff member, with a reason; logged (Form B's promise). */
export async function revealIdentity(h: HandlerCtx, a: A<'revealIdentity'>) {
  if (h.c.anonymous)
    throw new AppError('CONFLICT', {
      detail: 'the reporter asked to stay anonymous: the identity stays with the complaint team',
    });
  const user = await findUser(h.tx, a.userId);
  if (!user || user.agencyId !== h.c.agencyId || !user.active) throw invalidField('userId', 'invalid');
  const created = await insertIdentityGrant(h.tx, {
    complaintId: h.c.id,
    userId: user.id,
    reason: a.reason,
    grantedBy: h.actor.userId,
    grantedAt: h.now,
  });
  if (!created) throw new AppError('CONFLICT', { detail: 'the identity is already shown to this user' });
  await notifyStaff(h.tx, {
    agencyId: h.c.agencyId,
    userId: user.id,
    kind: 'complaint.identity_revealed',
    title: `Identitas pelapor ${h.c.trackingNumber} dibuka untuk Anda`,
    body: `Alasan: ${a.reason}. Jaga kerahasiaannya.`,
    link: OFFICE_PAGES.inputRequests,
    dedupeKey: `complaint-reveal:${h.c.id}:${user.id}`,
    createdAt: h.now,
  });
  await complaintEvent(h, 'identity_revealed', { toUserId: user.id, reason: a.reason });
}
