import type { TLetterNumberQuery } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { searchLetterNumbers } from '../../db/repositories/letter-numbers';
import { buildLetterRegisterWorkbook } from '../../documents/letter-register-xlsx';
import { localDate } from '../../lib/local-date';
import type { AuthedCtx } from '../context';
import { maskConfidentialSubjects } from './mask-confidential-subjects';

/** More rows than any one office numbers in a year; the export says so when it stops there. */
const EXPORT_MAX_ROWS = 100_000;

/** The register with the same filters as the search, as an XLSX workbook to file or print. */
export async function exportLetterNumbers(
  { db, now, actor }: AuthedCtx,
  query: Omit<TLetterNumberQuery, 'page'>,
): Promise<{ filename: string; body: Buffer }> {
  assertCan(actor, 'letterNumber.read', { agencyId: actor.agencyId });
  const { rows, total } = await searchLetterNumbers(
    db,
    { agencyId: actor.agencyId, ...query },
    { limit: EXPORT_MAX_ROWS, offset: 0, order: 'oldest' },
  );
  const body = await buildLetterRegisterWorkbook(await maskConfidentialSubjects(db, actor, rows), {
    agencyName: actor.agency.name,
    timeZone: actor.agency.timeZone,
    generatedAt: now,
    total,
    filters: query,
  });
  const today = localDate(now, actor.agency.timeZone);
  return { filename: `register-nomor-surat_${query.year ?? 'semua'}_${today}.xlsx`, body };
}
