import type { TGuidance, TGuidanceMinutes } from '@sigap/contracts/investment-control';
import { assertCan, formatLocalDate } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadGuidance } from '../domain/guidance-view';
import { findGuidanceForUpdate, updateGuidance } from '../repository/guidance';

/**
 * Records the minutes (notulensi) of a guidance on or after its day: the guidance is then held,
 * the output of the SOPs' "carry out the guidance" step, and its evaluation can be read.
 */
export async function recordGuidanceMinutes(
  { db, now, actor }: AuthedCtx,
  input: { id: string; body: TGuidanceMinutes },
): Promise<TGuidance> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  return db.transaction(async (tx) => {
    const g = await findGuidanceForUpdate(tx, input.id);
    if (!g || g.agencyId !== actor.agencyId) throw notFound();
    if (localDate(now, agency.timeZone) < g.heldOn)
      throw invalidField('minutes', 'before_session', {
        date: formatLocalDate(g.heldOn, actor.user.language),
      });
    await updateGuidance(tx, g.id, {
      minutes: input.body.minutes,
      minutesAt: now,
      status: 'held',
      updatedAt: now,
    });
    return (await loadGuidance(tx, agency, now, g.id, true))!;
  });
}
