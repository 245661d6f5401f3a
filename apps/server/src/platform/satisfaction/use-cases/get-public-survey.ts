import type { TPublicSurvey, TSurveyService } from '@sigap/contracts/satisfaction';
import { findAgency } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { Ctx } from '../../use-cases/context';
import { findInvitationByToken } from '../repository';

/**
 * What the public survey page needs before the answer (no login; the link's token is the
 * permission): the agency and the service rated, and whether it was already answered. Nothing
 * about the record or the person.
 */
export async function getPublicSurvey({ db }: Ctx, token: string): Promise<TPublicSurvey> {
  const inv = await findInvitationByToken(db, token);
  if (!inv) throw notFound();
  const agency = await findAgency(db, inv.agencyId);
  return {
    agencyName: agency?.name ?? '',
    service: inv.serviceKey as TSurveyService,
    answered: inv.answered,
  };
}
