import type { TServiceStandardDefinition, TServiceStandardList } from '@sigap/contracts';
import { findAgency } from '../../db/repositories/org';
import { notFound } from '../../lib/errors';
import type { Ctx } from '../../use-cases/context';
import { latestServiceStandards } from '../load-service-standards';

/**
 * The published service standards for the public (no login): the newest version of each, with
 * what a reader compares first (completion time and cost). An unknown agency answers 404.
 */
export async function listServiceStandards(
  { db }: Ctx,
  input: { agencyId: string; standards: readonly TServiceStandardDefinition[] },
): Promise<TServiceStandardList> {
  const agency = await findAgency(db, input.agencyId);
  if (!agency) throw notFound();
  const first = (d: TServiceStandardDefinition, kind: string) => {
    const item = d.components.find((c) => c.kind === kind)?.items[0];
    return item ? { id: item.id, en: item.en } : null;
  };
  return {
    agencyName: agency.name,
    items: latestServiceStandards(input.standards)
      .sort((a, b) => a.title.id.localeCompare(b.title.id))
      .map((d) => ({
        key: d.key,
        version: d.version,
        title: d.title,
        provider: d.provider,
        decree: d.decree,
        completionTime: first(d, 'completionTime'),
        cost: first(d, 'cost'),
      })),
  };
}
