import type { TGuidanceSurvey } from '@sigap/contracts/investment-control';
import { notFound } from '../../../platform/lib/errors';
import type { Ctx } from '../../../platform/use-cases/context';
import { findParticipantByToken } from '../repository/guidance';

/** A guidance participant's survey page by its token (no account; an unknown token is "not found"). */
export async function getGuidanceSurvey({ db }: Ctx, token: string): Promise<TGuidanceSurvey> {
  const row = await findParticipantByToken(db, token);
  if (!row) throw notFound();
  return {
    agencyName: row.agencyName,
    title: row.guidance.title,
    heldOn: row.guidance.heldOn,
    companyName: row.companyName,
    answered: row.participant.surveyScore !== null,
    score: row.participant.surveyScore,
  };
}
