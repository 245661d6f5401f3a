import type { WorkingCalendar } from '@sigap/core';
import { appendEvent } from '../../../platform/db/repositories/event-log';
import type { AgencyRow } from '../../../platform/db/repositories/org';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import type { ComplaintRow } from '../repository/complaints';

/** What every complaint action handler works with: the locked complaint in the action's transaction. */
export interface HandlerCtx {
  tx: Db;
  c: ComplaintRow;
  agency: AgencyRow;
  calendar: WorkingCalendar;
  actor: SessionActor;
  now: Date;
  publicUrl: string;
}

/** The event-log row of a complaint action; never the reporter's identity (administrators read the log). */
export async function complaintEvent(h: HandlerCtx, action: string, after: Record<string, unknown> = {}) {
  await appendEvent(h.tx, {
    agencyId: h.c.agencyId,
    actorUserId: h.actor.userId,
    entityType: 'complaint',
    entityId: h.c.id,
    caseId: h.c.caseId,
    action: `complaint.${action}`,
    after: { trackingNumber: h.c.trackingNumber, ...after },
    occurredAt: h.now,
  });
}
