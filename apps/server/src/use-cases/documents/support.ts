import { createHash } from 'node:crypto';
import type { TDocumentTemplate } from '@sigap/contracts';
import {
  applyReview,
  canSeeDocument,
  placeholderNumber,
  type ReviewAction,
  ReviewError,
  type ReviewRecord,
  type ReviewState,
} from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import { findTemplateRow } from '../../db/repositories/document-templates';
import {
  type DocumentRow,
  findDocument,
  findDocumentForUpdate,
  peopleWithPositions,
  updateDocumentRow,
} from '../../db/repositories/documents';
import { appendEvent } from '../../db/repositories/event-log';
import type { AgencyRow } from '../../db/repositories/org';
import { listUnits } from '../../db/repositories/org';
import { userNames } from '../../db/repositories/users';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import { caseVisibleTo } from '../cases/support';
import type { Db, SessionActor } from '../context';
import { templateOfRow } from '../document-templates/template-support';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const reviewOf = (row: Pick<DocumentRow, 'review'>): ReviewState => row.review as ReviewState;

/** The drafter, the reviewers and the signer: the people a document is shown to whatever their unit. */
export function participantsOf(row: DocumentRow): string[] {
  const state = reviewOf(row);
  return [row.drafterUserId, ...state.chain.map((c) => c.userId)];
}

/** Policy over the document, its chain and (for a case's document) whether the case is visible. */
export async function documentVisibleTo(db: Db, actor: SessionActor, row: DocumentRow): Promise<boolean> {
  const resource = {
    agencyId: row.agencyId,
    unitId: row.unitId,
    participantUserIds: participantsOf(row),
    caseVisible: false,
  };
  if (canSeeDocument(actor, resource)) return true;
  if (!row.caseId || row.agencyId !== actor.agencyId) return false;
  const c = await findCase(db, row.caseId);
  return !!c && canSeeDocument(actor, { ...resource, caseVisible: caseVisibleTo(actor, c) });
}

/** The document if the actor may see it; another unit's or agency's document is "not found". */
export async function loadVisibleDocument(
  db: Db,
  actor: SessionActor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DocumentRow> {
  const row = opts.forUpdate ? await findDocumentForUpdate(db, id) : await findDocument(db, id);
  if (!row || !(await documentVisibleTo(db, actor, row))) throw notFound();
  return row;
}

/**
 * The unit code as printed in numbers: the root unit's code alone, or the root's code and the
 * unit's (`DPMPTSP-DALAK`), as in the seeds' own letters.
 */
export async function printedUnitCode(db: Db, agencyId: string, unitId: string): Promise<string> {
  const units = await listUnits(db, agencyId);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw invalidField('unitId', 'invalid');
  const byId = new Map(units.map((u) => [u.id, u]));
  let root = unit;
  const seen = new Set<string>();
  while (root.parentId && byId.has(root.parentId) && !seen.has(root.id)) {
    seen.add(root.id);
    root = byId.get(root.parentId)!;
  }
  if (root.id === unit.id || unit.code.startsWith(`${root.code}-`)) return unit.code;
  return `${root.code}-${unit.code}`;
}

/** `067/.../DPMPTSP-DALAK/XI/2026`: what a draft shows until the number is taken at signing. */
export function numberPlaceholderFor(
  agency: Pick<AgencyRow, 'letterNumberPattern' | 'timeZone'>,
  classification: string,
  unitCode: string,
  now: Date,
): string {
  const date = localDate(now, agency.timeZone);
  return placeholderNumber(agency.letterNumberPattern, {
    classification,
    unit: unitCode,
    month: Number(date.slice(5, 7)),
    year: Number(date.slice(0, 4)),
  });
}

export interface PersonInfo {
  userId: string;
  name: string;
  nip: string | null;
  position: string | null;
  active: boolean;
}

/** Names, NIPs and today's position titles (heads first) of the given people of an agency. */
export async function personInfo(
  db: Db,
  agency: Pick<AgencyRow, 'id' | 'timeZone'>,
  userIds: string[],
  now: Date,
): Promise<Map<string, PersonInfo>> {
  const rows = await peopleWithPositions(db, agency.id, localDate(now, agency.timeZone), [
    ...new Set(userIds),
  ]);
  const out = new Map<string, PersonInfo>();
  for (const r of rows) {
    if (!out.has(r.userId))
      out.set(r.userId, {
        userId: r.userId,
        name: r.name,
        nip: r.nip,
        position: r.position,
        active: r.active,
      });
  }
  // someone who no longer holds a position still has a name in the history
  const missing = userIds.filter((u) => !out.has(u));
  for (const [userId, name] of await userNames(db, missing))
    out.set(userId, { userId, name, nip: null, position: null, active: false });
  return out;
}

/** The last 'submit' starts the current round: initials before it no longer stand. */
function recordsOfRound(state: ReviewState): ReviewRecord[] {
  let start = 0;
  state.records.forEach((r, i) => {
    if (r.action === 'submit') start = i;
  });
  return state.records.slice(start);
}

/** How many reviewers' initials stand now: those before the one in turn, or all once signed. */
export function standingCount(state: ReviewState): number {
  const reviewers = state.chain.filter((c) => c.kind === 'initial').length;
  const signed = state.records.some((r) => r.action === 'sign');
  if (signed) return reviewers;
  if (state.status === 'in_review' || state.status === 'cancelled')
    return Math.min(state.position, reviewers);
  return 0;
}

/** The initials that stand now, in chain order, with the hash of the PDF each reviewer approved. */
export function standingInitials(state: ReviewState): ReviewRecord[] {
  const round = recordsOfRound(state);
  const out: ReviewRecord[] = [];
  for (const step of state.chain.slice(0, standingCount(state))) {
    const rec = round.filter((r) => r.action === 'initial' && r.userId === step.userId).at(-1);
    if (rec) out.push(rec);
  }
  return out;
}

/** The signature record, once signed. */
export const signatureRecord = (state: ReviewState): ReviewRecord | null =>
  state.records.filter((r) => r.action === 'sign').at(-1) ?? null;

/** One published template version as the agency sees it (its own before the shipped one), or null. */
export async function templateVersionOf(
  db: Db,
  agencyId: string,
  code: string,
  version?: number,
): Promise<(TDocumentTemplate & { version: number }) | null> {
  const row = await findTemplateRow(db, agencyId, code, version);
  return row ? { ...templateOfRow(row), version: row.version } : null;
}

/** The titles of the templates the given documents were drafted on, looked up once per version. */
export async function templateTitles(
  db: Db,
  agencyId: string,
  rows: Array<{ templateCode: string; templateVersion: number }>,
): Promise<(row: { templateCode: string; templateVersion: number }) => { id: string; en: string }> {
  const titles = new Map<string, { id: string; en: string }>();
  const key = (r: { templateCode: string; templateVersion: number }) =>
    `${r.templateCode}@${r.templateVersion}`;
  for (const r of rows) {
    if (titles.has(key(r))) continue;
    const t = await templateVersionOf(db, agencyId, r.templateCode, r.templateVersion);
    titles.set(key(r), t?.title ?? { id: r.templateCode, en: r.templateCode });
  }
  return (r) => titles.get(key(r)) ?? { id: r.templateCode, en: r.templateCode };
}

/** Refusals of the review chain as API errors: not your turn 403, wrong state 409, bad input 400. */
export function reviewErrorToAppError(e: ReviewError): AppError {
  switch (e.code) {
    case 'NOT_YOUR_TURN':
      return new AppError('FORBIDDEN');
    case 'BAD_CHAIN':
      return invalidField('reviewerUserIds', 'invalid');
    case 'NOTE_REQUIRED':
      return invalidField('note', 'required');
    default:
      return new AppError('CONFLICT', { detail: e.message });
  }
}

export const staleDocument = () =>
  new AppError('CONFLICT', { detail: 'the document was changed by someone else; reload it' });

/** `applyReview` with its refusals as API errors. */
export function applyOrThrow(state: ReviewState, action: ReviewAction, userId: string, now: Date) {
  try {
    return applyReview(state, action, userId, now);
  } catch (e) {
    throw e instanceof ReviewError ? reviewErrorToAppError(e) : e;
  }
}

/** Writes the new review state and its event in the caller's transaction. */
export async function saveReview(
  tx: Db,
  opts: {
    row: DocumentRow;
    next: ReviewState;
    actorUserId: string;
    now: Date;
    action: string;
    after: Record<string, unknown>;
    values?: Parameters<typeof updateDocumentRow>[3];
  },
): Promise<void> {
  const { row, next, now } = opts;
  const ok = await updateDocumentRow(tx, row.id, row.revision, {
    review: next,
    status: next.status,
    updatedAt: now,
    ...(opts.values ?? {}),
  });
  if (!ok) throw staleDocument();
  await appendEvent(tx, {
    agencyId: row.agencyId,
    actorUserId: opts.actorUserId,
    entityType: 'document',
    entityId: row.id,
    caseId: row.caseId,
    action: opts.action,
    before: { status: row.status },
    after: { status: next.status, ...opts.after },
    occurredAt: now,
  });
}
