import type { Role, TLang } from '@sigap/contracts';
import { scopeUnits } from '@sigap/core';
import { activePositionsOfUser, findAgency, listUnits } from '../../db/repositories/org';
import { findLiveSession, touchSession } from '../../db/repositories/sessions';
import { findUser } from '../../db/repositories/users';
import { localDate } from '../../lib/local-date';
import type { Ctx, PositionHeld, SessionActor } from '../context';
import { sessionIdOf } from './tokens';

/**
 * Turns a session cookie into the acting staff member with today's positions (acting
 * Plt/Plh included) and the units they may see. Returns null for an unknown, expired or
 * deactivated session.
 */
export async function resolveSession({ db, now }: Ctx, token: string): Promise<SessionActor | null> {
  const sessionId = sessionIdOf(token);
  const session = await findLiveSession(db, sessionId, now);
  if (!session) return null;
  const user = await findUser(db, session.userId);
  if (!user?.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(db, sessionId, now);
  const actor = await staffActor({ db, now }, user);
  if (!actor) return null;
  return { ...actor, sessionId, csrfToken: session.csrfToken };
}

/**
 * A staff member as the use cases see them on the day of `now`: today's positions (acting
 * Plt/Plh included), roles and the units they may see. Sessions build it per request; the demo
 * loader builds it to act as the demo users.
 */
export async function staffActor(
  { db, now }: Ctx,
  user: NonNullable<Awaited<ReturnType<typeof findUser>>>,
): Promise<Omit<SessionActor, 'sessionId' | 'csrfToken'> | null> {
  const agency = await findAgency(db, user.agencyId);
  if (!agency) return null;
  const today = localDate(now, agency.timeZone);
  const held = await activePositionsOfUser(db, user.id, today);
  const positions: PositionHeld[] = held.map((h) => ({
    positionId: h.position.id,
    title: h.position.title,
    titleEn: h.position.titleEn,
    unitId: h.unit.id,
    unitName: h.unit.name,
    unitNameEn: h.unit.nameEn,
    roles: h.position.roles,
    kind: h.assignment.kind as PositionHeld['kind'],
    endsOn: h.assignment.endsOn,
    isHead: h.position.isHead,
  }));
  const unitRows = await listUnits(db, agency.id);
  const parentOf = new Map(unitRows.map((u) => [u.id, u.parentId]));
  const unitIds = [...new Set(positions.map((p) => p.unitId))];
  const headed = positions.filter((p) => p.isHead).map((p) => p.unitId);
  return {
    userId: user.id,
    agencyId: agency.id,
    centralAgency: (agency.settings as { central?: boolean } | null)?.central === true,
    roles: [...new Set(positions.flatMap((p) => p.roles))] as Role[],
    unitIds,
    scopeUnitIds: scopeUnits(unitIds, headed, parentOf),
    user: { id: user.id, email: user.email, name: user.name, language: user.language as TLang },
    agency,
    positions,
  };
}
