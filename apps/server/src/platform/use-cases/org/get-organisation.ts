import type { TOrgResponse, TPosition, TUnit } from '@sigap/contracts';
import { assertCan, can } from '@sigap/core';
import { listAssignmentsForAgency, listPositions, listUnits } from '../../db/repositories/org';
import { listUsers } from '../../db/repositories/users';
import type { AuthedCtx } from '../context';
import { userView } from './serialize';

/** The agency's organisation chart: units, positions with their holders, and users. */
export async function getOrganisation({ db, actor }: AuthedCtx): Promise<TOrgResponse> {
  assertCan(actor, 'org.read', { agencyId: actor.agencyId });
  const [unitRows, positionRows, assignmentRows, userRows] = await Promise.all([
    listUnits(db, actor.agencyId),
    listPositions(db, actor.agencyId),
    listAssignmentsForAgency(db, actor.agencyId),
    listUsers(db, actor.agencyId),
  ]);
  const units: TUnit[] = unitRows.map((u) => ({
    id: u.id,
    agencyId: u.agencyId,
    parentId: u.parentId,
    code: u.code,
    name: u.name,
    nameEn: u.nameEn,
    kind: u.kind as TUnit['kind'],
  }));
  const positions: TPosition[] = positionRows.map((p) => ({
    id: p.id,
    unitId: p.unitId,
    title: p.title,
    titleEn: p.titleEn,
    roles: p.roles,
    isHead: p.isHead,
    holders: assignmentRows
      .filter((a) => a.assignment.positionId === p.id)
      .map((a) => ({
        assignmentId: a.assignment.id,
        userId: a.assignment.userId,
        name: a.userName,
        kind: a.assignment.kind as 'definitive' | 'plt' | 'plh',
        startsOn: a.assignment.startsOn,
        endsOn: a.assignment.endsOn,
      })),
  }));
  // only administrators see the whole user list (emails, lock state)
  const canManageUsers = can(actor, 'user.manage', { agencyId: actor.agencyId });
  return { units, positions, users: canManageUsers ? userRows.map(userView) : [] };
}
