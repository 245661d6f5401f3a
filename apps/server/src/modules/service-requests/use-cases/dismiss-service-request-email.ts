import type { TDismissServiceRequestEmail, TServiceRequestEmail } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { requestEmailView } from '../domain/inbound-email';
import {
  findRequestEmail,
  listRequestEmailFiles,
  requestNumberOf,
  updateRequestEmail,
} from '../repository/service-request-emails';

/**
 * The administration office sets aside an email that is no request (spam, a question for
 * another unit), with the reason; it leaves the waiting list but stays on record. An email
 * already registered or dismissed answers 409; another agency's, 404.
 */
export async function dismissServiceRequestEmail(
  { db, now, actor }: AuthedCtx,
  input: { id: string; body: TDismissServiceRequestEmail },
): Promise<TServiceRequestEmail> {
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  return db.transaction(async (tx) => {
    const email = await findRequestEmail(tx, actor.agency.id, input.id, true);
    if (!email) throw notFound();
    if (email.status !== 'new')
      throw new AppError('SERVICE_REQUEST_EMAIL_HANDLED', {
        number: (email.requestId && (await requestNumberOf(tx, email.requestId))) || '—',
      });
    const changes = {
      status: 'dismissed',
      dismissReason: input.body.reason,
      handledBy: actor.userId,
      handledAt: now,
    };
    await updateRequestEmail(tx, email.id, changes);
    await appendEvent(tx, {
      agencyId: actor.agency.id,
      actorUserId: actor.userId,
      entityType: 'service_request_email',
      entityId: email.id,
      action: 'service_request_email.dismissed',
      after: { reason: input.body.reason },
      occurredAt: now,
    });
    return requestEmailView(
      { ...email, ...changes },
      { agency: actor.agency, attachments: await listRequestEmailFiles(tx, email.id), requestNumber: null },
    );
  });
}
