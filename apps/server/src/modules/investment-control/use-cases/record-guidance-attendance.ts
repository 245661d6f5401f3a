import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import type { TGuidance, TGuidanceAttendance } from '@sigap/contracts/investment-control';
import { assertCan, formatLocalDate } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { localDate } from '../../../platform/lib/local-date';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { mailGuidanceSurvey } from '../domain/guidance-mail';
import { loadGuidance } from '../domain/guidance-view';
import { findGuidanceForUpdate, participantsOf, updateParticipant } from '../repository/guidance';

/**
 * Records who attended a guidance, on or after its day. A participant recorded present for the
 * first time is thanked by email with the link of its satisfaction survey.
 */
export async function recordGuidanceAttendance(
  { db, now, actor }: AuthedCtx,
  input: { id: string; body: TGuidanceAttendance; publicUrl: string },
): Promise<TGuidance> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  return db.transaction(async (tx) => {
    const g = await findGuidanceForUpdate(tx, input.id);
    if (!g || g.agencyId !== actor.agencyId) throw notFound();
    if (localDate(now, agency.timeZone) < g.heldOn)
      throw invalidField('entries', 'before_session', {
        date: formatLocalDate(g.heldOn, actor.user.language),
      });
    const parts = new Map((await participantsOf(tx, [g.id])).map((p) => [p.participant.id, p]));
    for (const [i, e] of input.body.entries.entries())
      if (!parts.has(e.participantId)) throw invalidField(`entries.${i}.participantId`, 'reference_unknown');
    for (const e of input.body.entries) {
      const before = parts.get(e.participantId)!;
      const row = await updateParticipant(tx, e.participantId, {
        attended: e.attended,
        attendeeName: e.attended ? (e.attendeeName ?? null) : null,
      });
      if (e.attended && before.participant.attended !== true)
        await mailGuidanceSurvey(tx, {
          guidance: g,
          participant: row,
          companyName: before.companyName,
          agency,
          surveyUrl: `${input.publicUrl.replace(/\/+$/, '')}${pagePath(PORTAL_PAGES.guidanceSurvey, { token: row.surveyToken })}`,
          now,
        });
    }
    return (await loadGuidance(tx, agency, now, g.id, true))!;
  });
}
