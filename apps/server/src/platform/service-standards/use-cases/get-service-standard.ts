import type { TServiceStandardDefinition, TServiceStandardView } from '@sigap/contracts';
import { findAgency } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { Ctx } from '../../use-cases/context';
import { serviceChannelsOf } from '../channels';
import { latestServiceStandards } from '../load-service-standards';

/**
 * One published service standard (its newest version) for the public, components in the seed's
 * order, with the complaint and survey channels the agency runs. Unknown key or agency: 404.
 */
export async function getServiceStandard(
  { db }: Ctx,
  input: { key: string; agencyId: string; standards: readonly TServiceStandardDefinition[] },
): Promise<TServiceStandardView> {
  const standard = latestServiceStandards(input.standards).find((d) => d.key === input.key);
  const agency = await findAgency(db, input.agencyId);
  if (!standard || !agency) throw notFound();
  return { ...standard, agencyName: agency.name, channels: serviceChannelsOf(agency) };
}
