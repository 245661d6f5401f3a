import type { CaseState } from '@sigap/core';
import { canDirect, canWork, type WorkingCalendar } from '@sigap/core';
import { findCase } from '../../../platform/db/repositories/cases';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import { forbidden, invalidField } from '../../../platform/lib/errors';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import type { ServiceRequestRow } from '../repository/service-requests';

/** What every service-request action works with: the locked request in the action's transaction. */
export interface HandlerCtx {
  tx: Db;
  r: ServiceRequestRow;
  agency: AgencyRow;
  calendar: WorkingCalendar;
  actor: SessionActor;
  now: Date;
  publicUrl: string;
}

/** Refuses an action the request's service or status does not allow (400 `type/not_open`). */
export function requireStage(h: HandlerCtx, service: string | null, statuses: readonly string[]): void {
  if ((service && h.r.service !== service) || !statuses.includes(h.r.status))
    throw invalidField('type', 'not_open');
}

/**
 * The actor must be able to do the SOP step the action completes: hold its role in its unit (or
 * be its assignee), or lead that unit. A step that is not open is 400 `type/wrong_step`.
 */
export async function requireStepWorker(h: HandlerCtx, stepId: string): Promise<void> {
  const row = h.r.caseId ? await findCase(h.tx, h.r.caseId) : undefined;
  const task = (row?.state as CaseState | undefined)?.tasks.find(
    (t) => t.stepId === stepId && t.status === 'ready',
  );
  if (!task) throw invalidField('type', 'wrong_step');
  const who = engineActorOf(h.actor);
  if (!canWork(task, who) && !canDirect(task, who)) throw forbidden();
}

/** The event-log row of a request action (the applicant's identity stays out of it). */
export async function requestEvent(h: HandlerCtx, action: string, after: Record<string, unknown> = {}) {
  await appendEvent(h.tx, {
    agencyId: h.r.agencyId,
    actorUserId: h.actor.userId,
    entityType: 'service_request',
    entityId: h.r.id,
    caseId: h.r.caseId,
    action: `service_request.${action}`,
    after: { number: h.r.number, ...after },
    occurredAt: h.now,
  });
}
