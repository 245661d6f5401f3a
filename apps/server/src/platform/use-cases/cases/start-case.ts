import type { Role, TStartCaseRequest } from '@sigap/contracts';
import { canStartCase, type EngineActor, managedSop, startCase as startEngineCase } from '@sigap/core';
import { insertCase, nextCounter } from '../../db/repositories/cases';
import { findUnit } from '../../db/repositories/org';
import { AppError, forbidden, invalidField } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import { loadWorkingCalendar } from '../calendar/working-calendar';
import type { AuthedCtx } from '../context';
import { latestDefinitions } from '../sops/definitions';
import { engineActorOf, persistResult, roleUnitsFor } from './support';

/**
 * Starts a case of the newest published version of an SOP. The case belongs to a unit (by
 * default the starter's unit holding the first step's role), from which every lane's unit is
 * resolved through the organisation chart; the case keeps this version for its whole life.
 * An SOP a module drives is refused: its cases start on the module's page, with their record.
 */
export async function startCase({ db, now, actor }: AuthedCtx, input: TStartCaseRequest) {
  const found = (await latestDefinitions(db, actor.agencyId)).find((d) => d.def.key === input.definitionKey);
  if (!found) throw invalidField('definitionKey', 'invalid');
  const { def } = found;
  const roles = def.actors.map((a) => a.role as Role);
  if (!canStartCase(actor, actor.agencyId, roles)) throw forbidden();
  // a module's SOP starts with its record (a complaint, a service request), never bare
  const managed = managedSop(def.key);
  if (managed) throw invalidField('definitionKey', 'managed_by_module', { module: managed.module });
  let unitId = input.unitId;
  if (unitId) {
    const unit = await findUnit(db, unitId);
    if (!unit || unit.agencyId !== actor.agencyId || !actor.scopeUnitIds.includes(unit.id))
      throw invalidField('unitId', 'invalid');
  } else {
    const first = def.steps[0]!.actors[0]!;
    const own =
      actor.positions.find((p) => p.roles.includes(first)) ??
      actor.positions.find((p) => p.roles.some((r) => roles.includes(r as Role)));
    if (!own) throw forbidden();
    unitId = own.unitId;
  }
  const calendar = await loadWorkingCalendar(db, actor.agency);
  const roleUnits = await roleUnitsFor(db, actor.agencyId, unitId, def);
  const engineActor: EngineActor = engineActorOf(actor);
  const result = startEngineCase(def, { now, calendar, roleUnits }, engineActor, {
    eventAt: input.eventAt ? new Date(input.eventAt) : null,
  });
  return db.transaction(async (tx) => {
    const year = Number(localDate(now, actor.agency.timeZone).slice(0, 4));
    const seq = await nextCounter(tx, actor.agencyId, 'case', year);
    const number = `SOP-${year}-${String(seq).padStart(6, '0')}`;
    const row = await insertCase(tx, {
      agencyId: actor.agencyId,
      unitId: unitId!,
      number,
      subject: input.subject,
      definitionKey: def.key,
      definitionVersion: def.version,
      status: result.state.status,
      startedAt: now,
      dueAt: result.state.dueAt ? new Date(result.state.dueAt) : null,
      state: result.state,
      createdBy: actor.userId,
      updatedAt: now,
    });
    if (!row) throw new AppError('INTERNAL');
    await persistResult(tx, { caseRow: row, result, calendar, actorUserId: actor.userId, now, isNew: true });
    return { id: row.id, number };
  });
}
