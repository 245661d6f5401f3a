import type { TInputRequest } from '@sigap/contracts/complaints';
import { can } from '@sigap/core';
import { HIDDEN_SUBJECT } from '../../../platform/use-cases/cases/case-modules';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { inputRequestOf, reporterOf } from '../domain/view';
import {
  complaintIdsRevealedTo,
  findReportersByIds,
  listInputRequests as listRows,
} from '../repository/complaints';

/**
 * Requests for input the complaint working group sent to the reader's units (a head sees those
 * of the units below). The reporter's identity is never part of it, except for the complaint
 * team and for someone it was revealed to (never for an anonymous complaint).
 */
export async function listInputRequests(
  { db, actor }: AuthedCtx,
  q: { status: 'open' | 'answered' | 'all' },
): Promise<{ items: TInputRequest[] }> {
  const team = can(actor, 'complaint.handle', { agencyId: actor.agencyId });
  const units = can(actor, 'complaintInput.readAll', { agencyId: actor.agencyId })
    ? 'all'
    : [...actor.scopeUnitIds];
  const rows = await listRows(db, {
    agencyId: actor.agencyId,
    unitIds: units,
    ...(q.status === 'all' ? {} : { status: q.status }),
  });
  const complaintIds = [...new Set(rows.map((r) => r.request.complaintId))];
  const revealed = new Set(
    team ? complaintIds : await complaintIdsRevealedTo(db, actor.userId, complaintIds),
  );
  const visible = rows.filter((r) => team || !r.anonymous).map((r) => r.request.complaintId);
  const reporters = new Map(
    (
      await findReportersByIds(
        db,
        visible.filter((id) => revealed.has(id)),
      )
    ).map((r) => [r.complaintId, r]),
  );
  return {
    items: rows.map((r) =>
      inputRequestOf(
        // a confidential complaint's subject stays with the team: the unit sees the question asked
        team || !r.confidential ? r : { ...r, complaintSubject: HIDDEN_SUBJECT[actor.user.language] },
        (team || !r.anonymous) && revealed.has(r.request.complaintId)
          ? reporterOf(reporters.get(r.request.complaintId))
          : null,
      ),
    ),
  };
}
