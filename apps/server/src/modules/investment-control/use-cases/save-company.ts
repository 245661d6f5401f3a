import type { TCompany, TSaveCompanyParsed } from '@sigap/contracts/investment-control';
import { assertCan, can } from '@sigap/core';
import { AppError, notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { companyView } from '../domain/company-view';
import {
  addMissingBusinessLines,
  findCompany,
  findCompanyByNib,
  insertCompany,
  updateCompany,
} from '../repository/registry';

/**
 * Records a company (no `id`) or edits one, by staff of the control division. The NIB is unique
 * in the agency's registry: another company's NIB is refused (409) naming `nib`. Each new KBLI
 * code gets a business line at the company's location.
 */
export async function saveCompany(
  { db, actor, now }: AuthedCtx,
  opts: { id?: string; company: TSaveCompanyParsed },
): Promise<TCompany> {
  assertCan(actor, 'control.manage', { agencyId: actor.agencyId });
  const c = opts.company;
  const values = {
    ...c,
    kbliCodes: [...new Set(c.kbliCodes)].sort(),
    province: c.province ?? null,
    regency: c.regency ?? null,
    address: c.address ?? null,
    contactName: c.contactName ?? null,
    contactEmail: c.contactEmail?.toLowerCase() ?? null,
    contactPhone: c.contactPhone ?? null,
  };
  const saved = await db.transaction(async (tx) => {
    if (opts.id) {
      const existing = await findCompany(tx, opts.id);
      if (!existing || existing.agencyId !== actor.agencyId) throw notFound();
    }
    const holder = await findCompanyByNib(tx, actor.agencyId, values.nib);
    if (holder && holder.id !== opts.id)
      throw new AppError('CONFLICT', { detail: 'nib' }, [{ field: 'nib', rule: 'duplicate' }]);
    const row = opts.id
      ? await updateCompany(tx, opts.id, { ...values, updatedAt: now })
      : await insertCompany(tx, { ...values, agencyId: actor.agencyId, createdAt: now, updatedAt: now });
    await addMissingBusinessLines(tx, row.id, now);
    return row;
  });
  return companyView(db, saved, can(actor, 'control.manage', { agencyId: actor.agencyId }));
}
