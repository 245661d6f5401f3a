import type { Role, TStartableSop } from '@sigap/contracts';
import { canStartCase, managedSop } from '@sigap/core';
import type { AuthedCtx } from '../context';
import { latestDefinitions } from './definitions';

/**
 * The SOPs the user may start a case of: those with a lane for one of the user's roles. A
 * module's SOP is listed with its module (its cases start on the module's page, with its record).
 */
export async function listStartableSops({ db, actor }: AuthedCtx): Promise<TStartableSop[]> {
  const defs = await latestDefinitions(db, actor.agencyId);
  return defs
    .filter(({ def }) =>
      canStartCase(
        actor,
        actor.agencyId,
        def.actors.map((a) => a.role as Role),
      ),
    )
    .map(({ def }) => ({
      key: def.key,
      code: def.code,
      version: def.version,
      title: def.title,
      firstRole: def.steps[0]!.actors[0]!,
      needsEventDate: def.steps.some((s) => s.time?.leadTime === true),
      managedBy: managedSop(def.key)?.module ?? null,
    }))
    .sort((a, b) => (a.code ?? a.key).localeCompare(b.code ?? b.key));
}
