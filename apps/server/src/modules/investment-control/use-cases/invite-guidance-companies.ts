import { randomBytes } from 'node:crypto';
import type { TGuidance, TInviteGuidance } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { conflict, invalidField, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { mailGuidanceInvitation } from '../domain/guidance-mail';
import { loadGuidance } from '../domain/guidance-view';
import { findGuidanceForUpdate, insertParticipants, participantsOf } from '../repository/guidance';
import { findCompany } from '../repository/registry';

/**
 * Invites registry companies to a Bimtek (SOP 067/004): each becomes a participant and its
 * contact email gets the session's details (title, date, time, place or link). A company
 * already invited is left as it was; one without a contact email is refused by name.
 */
export async function inviteGuidanceCompanies(
  { db, now, actor }: AuthedCtx,
  input: { id: string; body: TInviteGuidance },
): Promise<TGuidance> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  return db.transaction(async (tx) => {
    const g = await findGuidanceForUpdate(tx, input.id);
    if (!g || g.agencyId !== actor.agencyId) throw notFound();
    if (g.kind !== 'bimtek') throw conflict('hanya Bimtek yang mengundang perusahaan');
    if (g.status === 'held') throw conflict('kegiatan sudah berlangsung');
    const ids = [...new Set(input.body.companyIds)];
    const found = [];
    for (const [i, id] of ids.entries()) {
      const c = await findCompany(tx, id);
      if (!c || c.agencyId !== actor.agencyId) throw invalidField(`companyIds.${i}`, 'reference_unknown');
      if (!c.contactEmail) throw invalidField(`companyIds.${i}`, 'guidance_no_email', { company: c.name });
      found.push(c);
    }
    const added = await insertParticipants(
      tx,
      found.map((c) => ({
        guidanceId: g.id,
        companyId: c.id,
        email: c.contactEmail,
        invitedAt: now,
        surveyToken: randomBytes(24).toString('base64url'),
        createdAt: now,
      })),
    );
    const names = new Map((await participantsOf(tx, [g.id])).map((p) => [p.participant.id, p.companyName]));
    for (const p of added)
      await mailGuidanceInvitation(tx, {
        guidance: g,
        participant: p,
        companyName: names.get(p.id) ?? '',
        agency,
        now,
      });
    return (await loadGuidance(tx, agency, now, g.id, true))!;
  });
}
