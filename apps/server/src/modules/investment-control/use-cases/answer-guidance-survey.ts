import type { TGuidanceSurvey, TGuidanceSurveyAnswer } from '@sigap/contracts/investment-control';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { Ctx } from '../../../platform/use-cases/context';
import { findParticipantByToken, updateParticipant } from '../repository/guidance';

/**
 * Records a participant's satisfaction with a guidance (1 = not satisfied … 4 = very
 * satisfied, and a comment), once: the link is the participant's own, and a second answer is
 * refused.
 */
export async function answerGuidanceSurvey(
  { db, now }: Ctx,
  input: { token: string; answer: TGuidanceSurveyAnswer },
): Promise<TGuidanceSurvey> {
  return db.transaction(async (tx) => {
    const row = await findParticipantByToken(tx, input.token, true);
    if (!row) throw notFound();
    if (row.participant.surveyScore !== null) throw new AppError('SURVEY_ALREADY_ANSWERED');
    await updateParticipant(tx, row.participant.id, {
      surveyScore: input.answer.score,
      surveyComment: input.answer.comment ?? null,
      surveyAnsweredAt: now,
    });
    return {
      agencyName: row.agencyName,
      title: row.guidance.title,
      heldOn: row.guidance.heldOn,
      companyName: row.companyName,
      answered: true,
      score: input.answer.score,
    };
  });
}
