import { SURVEY_SERVICE_CODES, type TPublicIkm } from '@sigap/contracts/satisfaction';
import { localYear } from '@sigap/core/complaints';
import { findAgency } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { Ctx } from '../../use-cases/context';
import { buildIkmReport } from '../report';

/**
 * The public IKM of each service of one agency for a year (this year unless given; no login):
 * element scores, index and grade. Figures only: no suggestions, profile or unit.
 */
export async function getPublicIkm(
  { db, now }: Ctx,
  query: { agencyId: string; year?: number | undefined },
): Promise<TPublicIkm> {
  const agency = await findAgency(db, query.agencyId);
  if (!agency) throw notFound();
  const year = query.year ?? localYear(now, agency.timeZone);
  const services = await Promise.all(
    SURVEY_SERVICE_CODES.map(async (service) => {
      const r = await buildIkmReport(db, agency, { service, period: 'year', year }, now);
      return { service, respondents: r.respondents, elements: r.elements, index: r.index, grade: r.grade };
    }),
  );
  return { agencyName: agency.name, year, services };
}
