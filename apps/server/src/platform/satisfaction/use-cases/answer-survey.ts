import type { TAnswerSurveyRequest } from '@sigap/contracts/satisfaction';
import { AppError, notFound } from '../../lib/errors';
import type { Ctx } from '../../use-cases/context';
import { findInvitationByToken, insertResponse, markInvitationAnswered } from '../repository';

/**
 * The public answer to a survey invitation (no login; the link's token is the permission). One
 * answer per invitation: a second one answers 409 `SURVEY_ALREADY_ANSWERED`. The response is
 * stored without the invitation, the record or anything personal (only agency, service, unit,
 * the instant, the nine answers, the optional profile and the suggestion), so no screen or
 * export can lead from an answer back to a person; for the same reason no event-log row is
 * written (it would carry the invitation).
 */
export async function answerSurvey(
  { db, now }: Ctx,
  input: { token: string; answer: TAnswerSurveyRequest },
): Promise<{ ok: true }> {
  await db.transaction(async (tx) => {
    const inv = await findInvitationByToken(tx, input.token, { forUpdate: true });
    if (!inv) throw notFound();
    if (inv.answered || !(await markInvitationAnswered(tx, inv.id)))
      throw new AppError('SURVEY_ALREADY_ANSWERED');
    const a = input.answer;
    await insertResponse(tx, {
      agencyId: inv.agencyId,
      serviceKey: inv.serviceKey,
      unitId: inv.unitId,
      answeredAt: now,
      ...a.answers,
      gender: a.gender ?? null,
      ageBand: a.ageBand ?? null,
      education: a.education ?? null,
      occupation: a.occupation ?? null,
      suggestion: a.suggestion ?? null,
    });
  });
  return { ok: true };
}
