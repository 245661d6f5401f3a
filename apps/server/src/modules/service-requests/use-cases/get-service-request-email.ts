import type { TServiceRequestEmail } from '@sigap/contracts/service-requests';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { requestEmailView } from '../domain/inbound-email';
import {
  findRequestEmail,
  listRequestEmailFiles,
  requestNumberOf,
} from '../repository/service-request-emails';

/** One email to the agency's service-request mailboxes, for the administration office; another agency's is 404. */
export async function getServiceRequestEmail(
  { db, actor }: AuthedCtx,
  id: string,
): Promise<TServiceRequestEmail> {
  assertCan(actor, 'serviceRequest.register', { agencyId: actor.agency.id });
  const email = await findRequestEmail(db, actor.agency.id, id);
  if (!email) throw notFound();
  return requestEmailView(email, {
    agency: actor.agency,
    attachments: await listRequestEmailFiles(db, email.id),
    requestNumber: email.requestId ? ((await requestNumberOf(db, email.requestId)) ?? null) : null,
  });
}
