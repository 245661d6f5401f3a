import type { TCompany, TSaveLicence } from '@sigap/contracts/investment-control';
import { ZSaveLicence } from '@sigap/contracts/investment-control';
import { assertCan } from '@sigap/core';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { companyView } from '../domain/company-view';
import {
  findCompany,
  findLicence,
  findLicenceByNumber,
  insertLicence,
  updateLicence,
} from '../repository/registry';

/**
 * Adds a licence to a company (no `licenceId`) or edits one. Type and number are unique in the
 * agency (409 naming `number`); a status change records when it changed.
 */
export async function saveLicence(
  { db, actor, now }: AuthedCtx,
  opts: { companyId: string; licenceId?: string; licence: TSaveLicence },
): Promise<TCompany> {
  const parsed = ZSaveLicence.parse(opts.licence);
  const l = { ...parsed, issuedOn: parsed.issuedOn ?? null };
  const company = await findCompany(db, opts.companyId);
  if (!company || company.agencyId !== actor.agencyId) throw notFound();
  assertCan(actor, 'control.manage', { agencyId: company.agencyId });
  await db.transaction(async (tx) => {
    const existing = opts.licenceId ? await findLicence(tx, opts.licenceId) : undefined;
    if (opts.licenceId && (!existing || existing.companyId !== company.id)) throw notFound();
    const holder = await findLicenceByNumber(tx, company.agencyId, l.type, l.number);
    if (holder && holder.id !== existing?.id)
      throw new AppError('CONFLICT', { detail: 'number' }, [{ field: 'number', rule: 'duplicate' }]);
    if (existing)
      await updateLicence(tx, existing.id, {
        ...l,
        updatedAt: now,
        ...(existing.status !== l.status ? { statusChangedAt: now, statusCaseId: null } : {}),
      });
    else
      await insertLicence(tx, {
        ...l,
        agencyId: company.agencyId,
        companyId: company.id,
        createdAt: now,
        updatedAt: now,
      });
  });
  return companyView(db, company, true);
}
