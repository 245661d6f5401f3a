import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { eventLog, users } from '../schema';

export const GENESIS_HASH = '0'.repeat(64);

export interface NewEvent {
  agencyId: string | null;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  caseId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  occurredAt: Date;
}

/** JSON with sorted keys, so the hash does not depend on how jsonb orders an object's keys. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  chain: string;
  seq: number;
  agencyId: string | null;
  occurredAt: Date;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  caseId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

export function eventHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    chain: e.chain,
    seq: e.seq,
    agencyId: e.agencyId,
    occurredAt: e.occurredAt.toISOString(),
    actorUserId: e.actorUserId,
    entityType: e.entityType,
    entityId: e.entityId,
    caseId: e.caseId,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Strips values that do not survive a jsonb round trip unchanged (undefined, Dates as objects). */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(canonicalJson(value));
}

/**
 * Appends one event to its agency's chain. Must run inside the transaction of the change it
 * records; the advisory lock serialises appends per chain across server instances.
 */
export async function appendEvent(tx: Db, e: NewEvent): Promise<{ id: string; seq: number; hash: string }> {
  const chain = e.agencyId ?? 'system';
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`event_log:${chain}`}))`);
  const [last] = await tx
    .select({ seq: eventLog.seq, hash: eventLog.hash })
    .from(eventLog)
    .where(eq(eventLog.chain, chain))
    .orderBy(desc(eventLog.seq))
    .limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    chain,
    seq,
    agencyId: e.agencyId,
    occurredAt: new Date(e.occurredAt.getTime()),
    actorUserId: e.actorUserId,
    entityType: e.entityType,
    entityId: e.entityId,
    caseId: e.caseId ?? null,
    action: e.action,
    before: normalise(e.before),
    after: normalise(e.after),
  };
  const hash = eventHash(prevHash, fields);
  const [row] = await tx
    .insert(eventLog)
    .values({ ...fields, prevHash, hash })
    .returning({ id: eventLog.id });
  return { id: row!.id, seq, hash };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: null | { id: string; chain: string; seq: number; reason: 'hash' | 'link' | 'sequence' };
}

/** Recomputes every chain (or one agency's) and reports the first row whose hash or link does not hold. */
export async function verifyEventChains(db: Db, opts: { chain?: string } = {}): Promise<VerifyResult> {
  const chains = opts.chain
    ? [opts.chain]
    : (await db.selectDistinct({ chain: eventLog.chain }).from(eventLog)).map((r) => r.chain);
  let checked = 0;
  for (const chain of chains.sort()) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(eventLog)
        .where(and(eq(eventLog.chain, chain), gt(eventLog.seq, lastSeq)))
        .orderBy(asc(eventLog.seq))
        .limit(1000);
      if (rows.length === 0) break;
      for (const r of rows) {
        checked++;
        if (r.seq !== expectedSeq)
          return { ok: false, checked, firstBroken: { id: r.id, chain, seq: r.seq, reason: 'sequence' } };
        if (r.prevHash !== prevHash)
          return { ok: false, checked, firstBroken: { id: r.id, chain, seq: r.seq, reason: 'link' } };
        const h = eventHash(prevHash, { ...r, before: r.before ?? null, after: r.after ?? null });
        if (h !== r.hash)
          return { ok: false, checked, firstBroken: { id: r.id, chain, seq: r.seq, reason: 'hash' } };
        prevHash = r.hash;
        expectedSeq++;
        lastSeq = r.seq;
      }
    }
  }
  return { ok: true, checked, firstBroken: null };
}

export async function listRecentEvents(db: Db, agencyId: string, limit: number) {
  return db
    .select({
      id: eventLog.id,
      seq: eventLog.seq,
      occurredAt: eventLog.occurredAt,
      actorName: users.name,
      entityType: eventLog.entityType,
      entityId: eventLog.entityId,
      action: eventLog.action,
    })
    .from(eventLog)
    .leftJoin(users, eq(users.id, eventLog.actorUserId))
    .where(eq(eventLog.chain, agencyId))
    .orderBy(desc(eventLog.seq))
    .limit(limit);
}

export async function listCaseEvents(db: Db, caseId: string) {
  return db
    .select({
      seq: eventLog.seq,
      occurredAt: eventLog.occurredAt,
      actorName: users.name,
      action: eventLog.action,
      entityId: eventLog.entityId,
      after: eventLog.after,
    })
    .from(eventLog)
    .leftJoin(users, eq(users.id, eventLog.actorUserId))
    .where(eq(eventLog.caseId, caseId))
    .orderBy(asc(eventLog.seq));
}

/**
 * Takes the chain's append lock now (held to the end of the transaction, as `appendEvent`
 * does). A transaction that locks another row (a counter) before appending its event calls this
 * first, so every writer takes the chain lock before the row lock and two of them never deadlock.
 */
export async function lockEventChain(tx: Db, agencyId: string | null): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`event_log:${agencyId ?? 'system'}`}))`);
}
