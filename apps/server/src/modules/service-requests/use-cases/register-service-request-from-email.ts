import type { TRegisterServiceRequest, TServiceRequestReceipt } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import {
  findRequestEmail,
  listRequestEmailFiles,
  requestNumberOf,
  updateRequestEmail,
} from '../repository/service-request-emails';
import { insertRequestFile } from '../repository/service-requests';
import { registerServiceRequest } from './register-service-request';

/**
 * The administration office registers a request from an email to a service-request mailbox: the
 * request's channel is email and its receipt time the email's (the deadlines count from when
 * the office received it, not from when it was typed in); the email's attachments become the
 * request's supporting data, and the email is marked registered and linked to the request, all
 * in one transaction. An email already registered or dismissed answers 409; another agency's,
 * 404. Everything else (the contents, missing items, the facilitation date) is checked as for
 * any registration.
 */
export async function registerServiceRequestFromEmail(
  ctx: AuthedCtx,
  input: { id: string; request: TRegisterServiceRequest; publicUrl: string },
): Promise<TServiceRequestReceipt> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  return db.transaction(async (tx) => {
    const email = await findRequestEmail(tx, actor.agency.id, input.id, true);
    if (!email) throw notFound();
    if (email.status !== 'new')
      throw new AppError('SERVICE_REQUEST_EMAIL_HANDLED', {
        number: (email.requestId && (await requestNumberOf(tx, email.requestId))) || '—',
      });
    const files = await listRequestEmailFiles(tx, email.id);
    const receipt = await registerServiceRequest(
      { ...ctx, db: tx },
      {
        request: {
          ...input.request,
          channel: 'email',
          receivedAt: email.receivedAt.toISOString(),
          supportingDataReceived: input.request.supportingDataReceived || files.length > 0,
        },
        publicUrl: input.publicUrl,
      },
    );
    const requestId = receipt.id!;
    for (const f of files)
      await insertRequestFile(tx, { requestId, fileId: f.id, role: 'supporting', createdAt: now });
    await updateRequestEmail(tx, email.id, {
      status: 'registered',
      requestId,
      handledBy: actor.userId,
      handledAt: now,
    });
    await appendEvent(tx, {
      agencyId: actor.agency.id,
      actorUserId: actor.userId,
      entityType: 'service_request_email',
      entityId: email.id,
      action: 'service_request_email.registered',
      after: { requestId, number: receipt.number ?? null, files: files.map((f) => f.id) },
      occurredAt: now,
    });
    return receipt;
  });
}
