import type { TConsultation } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { consultationView } from '../domain/consultation-view';
import { findConsultation } from '../repository/consultations';

/** One ticket for the control division and the agency's leaders; another agency's is "not found". */
export async function getConsultation({ db, actor }: AuthedCtx, id: string): Promise<TConsultation> {
  const t = await findConsultation(db, id);
  if (!t || t.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.read', { agencyId: t.agencyId });
  return consultationView(db, t, actor);
}
