import { randomBytes } from 'node:crypto';
import { GUIDANCE_SOP, type TCreateGuidance, type TGuidance } from '@sigap/contracts/investment-control';
import { assertCan, isWorkingDay } from '@sigap/core';
import { findAgency } from '../../../platform/db/repositories/org';
import { invalidField, notFound } from '../../../platform/lib/errors';
import { loadWorkingCalendar } from '../../../platform/use-cases/calendar/working-calendar';
import { startCase } from '../../../platform/use-cases/cases/start-case';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { loadGuidance } from '../domain/guidance-view';
import { insertGuidance, insertParticipants, updateGuidance } from '../repository/guidance';
import { findInspection } from '../repository/inspections';
import { findCompany } from '../repository/registry';

const KIND_WORDS = { on_request: 'atas permintaan', from_supervision: 'hasil pengawasan', bimtek: 'Bimtek' };

/**
 * Records a guidance (pembinaan) and starts the case of its SOP through the platform's
 * `startCase` (SOP 067/002 on a company's request letter, 067/003 from an inspection's
 * findings, 067/004 a Bimtek session). The session falls on a working day of the agency's
 * calendar. A guidance of one company takes it as its participant; a Bimtek invites afterwards.
 */
export async function createGuidance(ctx: AuthedCtx, input: TCreateGuidance): Promise<TGuidance> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const agency = await findAgency(db, actor.agencyId);
  if (!agency) throw notFound();
  const calendar = await loadWorkingCalendar(db, agency);
  if (!isWorkingDay(calendar, input.heldOn)) throw invalidField('heldOn', 'not_working_day');
  return db.transaction(async (tx) => {
    let companyId: string | null = null;
    let inspectionId: string | null = null;
    if (input.kind === 'from_supervision') {
      const inspection = await findInspection(tx, input.inspectionId!);
      if (!inspection || inspection.agencyId !== actor.agencyId)
        throw invalidField('inspectionId', 'reference_unknown');
      inspectionId = inspection.id;
      companyId = inspection.companyId;
    } else if (input.kind === 'on_request') {
      companyId = input.companyId!;
    }
    const company = companyId ? await findCompany(tx, companyId) : undefined;
    if (companyId && (!company || company.agencyId !== actor.agencyId))
      throw invalidField('companyId', 'reference_unknown');
    const row = await insertGuidance(tx, {
      agencyId: actor.agencyId,
      kind: input.kind,
      title: input.title,
      topic: input.topic ?? null,
      requestLetterNumber: input.kind === 'on_request' ? input.requestLetterNumber! : null,
      requestLetterDate: input.kind === 'on_request' ? input.requestLetterDate! : null,
      inspectionId,
      heldOn: input.heldOn,
      startTime: input.startTime,
      endTime: input.endTime,
      place: input.place ?? null,
      onlineLink: input.onlineLink ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (company)
      await insertParticipants(tx, [
        {
          guidanceId: row.id,
          companyId: company.id,
          email: company.contactEmail,
          surveyToken: randomBytes(24).toString('base64url'),
          createdAt: now,
        },
      ]);
    const started = await startCase(
      { db: tx, now, actor },
      {
        definitionKey: GUIDANCE_SOP[input.kind],
        subject: `Pembinaan ${KIND_WORDS[input.kind]}: ${input.title}${company ? ` (${company.name}, NIB ${company.nib})` : ''}`,
      },
    );
    await updateGuidance(tx, row.id, { caseId: started.id });
    return (await loadGuidance(tx, agency, now, row.id, true))!;
  });
}
