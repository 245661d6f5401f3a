import type { TInspection, TStartIncidentalInspection } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { invalidField } from '../../../platform/lib/errors';
import { startCase } from '../../../platform/use-cases/cases/start-case';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { INCIDENTAL_SUPERVISION_SOP, loadInspection } from '../domain/inspection-view';
import { insertInspection, updateInspection } from '../repository/inspections';
import { findCompany } from '../repository/registry';

/**
 * Starts an incidental inspection (SOP 067/010) of a company from its reason: a complaint (its
 * tracking number, kept as the reason's reference) or a finding. The inspection is recorded
 * `open` and its SOP 067/010 case started through the platform's `startCase` (the SOP is not
 * module-managed); the report (BAP) follows once the inspectors were on site.
 */
export async function startIncidentalInspection(
  ctx: AuthedCtx,
  input: TStartIncidentalInspection,
): Promise<TInspection> {
  const { db, now, actor } = ctx;
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  return db.transaction(async (tx) => {
    const company = await findCompany(tx, input.companyId);
    if (!company || company.agencyId !== actor.agencyId) throw invalidField('companyId', 'unknown_company');
    const row = await insertInspection(tx, {
      agencyId: actor.agencyId,
      companyId: company.id,
      kind: 'incidental',
      status: 'open',
      reasonKind: input.reasonKind,
      reasonRef: input.reasonRef ?? null,
      reason: input.reason,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const why = input.reasonKind === 'complaint' ? `pengaduan ${input.reasonRef}` : 'temuan';
    const started = await startCase(
      { db: tx, now, actor },
      {
        definitionKey: INCIDENTAL_SUPERVISION_SOP,
        subject: `Pengawasan insidentil ${company.name} (NIB ${company.nib}), ${why}`,
      },
    );
    await updateInspection(tx, row.id, { caseId: started.id });
    return (await loadInspection(tx, actor.agencyId, row.id, true))!;
  });
}
