import { assertCan } from '@sigap/core';
import { listRecentEvents } from '../../db/repositories/event-log';
import type { AuthedCtx } from '../context';

export async function listAuditEvents({ db, actor }: AuthedCtx, opts: { limit: number }) {
  assertCan(actor, 'audit.read', { agencyId: actor.agencyId });
  const rows = await listRecentEvents(db, actor.agencyId, opts.limit);
  return { events: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })) };
}
