import type { TLetterPatternRequest } from '@sigap/contracts';
import { assertCan, letterPatternIssues } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { updateAgencyLetterPattern } from '../../db/repositories/letter-numbers';
import { AppError } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/** Sets the agency's letter-number pattern; numbers already taken keep the form they were issued in. */
export async function setLetterPattern(
  { db, now, actor }: AuthedCtx,
  input: TLetterPatternRequest,
): Promise<{ pattern: string }> {
  assertCan(actor, 'letterPattern.manage', { agencyId: actor.agencyId });
  const problems = letterPatternIssues(input.pattern);
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION',
      {},
      problems.map((p) => ({ field: 'pattern', rule: p.rule, params: p.params })),
    );
  const before = actor.agency.letterNumberPattern;
  await db.transaction(async (tx) => {
    await updateAgencyLetterPattern(tx, actor.agencyId, input.pattern);
    await appendEvent(tx, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      entityType: 'agency',
      entityId: actor.agencyId,
      action: 'agency.letter_pattern_set',
      before: { letterNumberPattern: before },
      after: { letterNumberPattern: input.pattern },
      occurredAt: now,
    });
  });
  return { pattern: input.pattern };
}
