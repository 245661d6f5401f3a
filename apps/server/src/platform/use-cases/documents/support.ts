import { createHash } from 'node:crypto';
import type { TDocumentTemplate } from '@sigap/contracts';
import {
  type Actor,
  applyReview,
  canSeeDocument,
  holdsIdentity,
  managedSop,
  placeholderNumber,
  printedUnitCodes,
  type ReviewAction,
  ReviewError,
  type ReviewRecord,
  type ReviewState,
} from '@sigap/core';
import { type CaseRow, findCase } from '../../db/repositories/cases';
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
import { activePositionsOfUser, listUnits } from '../../db/repositories/org';
import { userNames } from '../../db/repositories/users';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import { caseIdentityVisible, hiddenCaseContent } from '../cases/case-modules';
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

/**
 * Whether the document fills in a field that carries the identity of the person behind its
 * case (a template field marked `identity`), or is to be emailed to someone.
 */
export async function documentCarriesIdentity(
  db: Db,
  row: Pick<DocumentRow, 'agencyId' | 'templateCode' | 'templateVersion' | 'data' | 'recipientEmail'>,
): Promise<boolean> {
  if (row.recipientEmail) return true;
  const template = await templateVersionOf(db, row.agencyId, row.templateCode, row.templateVersion);
  return !!template && holdsIdentity(template, row.data as Record<string, unknown>);
}

/**
 * On a case a module drives (a complaint's): a document carrying the identity is shown only to
 * those who may see that identity (its chain included: the chain is checked when it is chosen);
 * a confidential record's documents only to the module's team and the document's own chain.
 */
async function moduleAllowsDocument(
  db: Db,
  actor: Actor,
  caseRow: CaseRow,
  row: DocumentRow,
): Promise<boolean> {
  if (!managedSop(caseRow.definitionKey)) return true;
  if ((await documentCarriesIdentity(db, row)) && !(await caseIdentityVisible(db, actor, caseRow)))
    return false;
  if (participantsOf(row).includes(actor.userId)) return true;
  return !(await hiddenCaseContent(db, actor, [caseRow])).has(caseRow.id);
}

/** Policy over the document, its chain and (for a case's document) the case and its module's rules. */
export async function documentVisibleTo(
  db: Db,
  actor: SessionActor,
  row: DocumentRow,
  /** The document's case when the caller has it already (a case's document list). */
  loadedCase?: CaseRow,
): Promise<boolean> {
  if (row.agencyId !== actor.agencyId) return false;
  const caseRow =
    loadedCase && loadedCase.id === row.caseId
      ? loadedCase
      : row.caseId
        ? await findCase(db, row.caseId)
        : undefined;
  if (caseRow && !(await moduleAllowsDocument(db, actor, caseRow, row))) return false;
  const resource = {
    agencyId: row.agencyId,
    unitId: row.unitId,
    participantUserIds: participantsOf(row),
    caseVisible: !!caseRow && caseVisibleTo(actor, caseRow),
  };
  return canSeeDocument(actor, resource);
}

/** Another staff member as the policy sees them today (roles of the positions they hold). */
export async function actorOfUser(
  db: Db,
  agency: Pick<AgencyRow, 'id' | 'timeZone' | 'code'>,
  userId: string,
  now: Date,
): Promise<Actor> {
  const held = await activePositionsOfUser(db, userId, localDate(now, agency.timeZone));
  const mine = held.filter((h) => h.unit.agencyId === agency.id);
  const unitIds = [...new Set(mine.map((h) => h.unit.id))];
  return {
    userId,
    agencyId: agency.id,
    centralAgency: false,
    roles: [...new Set(mine.flatMap((h) => h.position.roles as Actor['roles'][number][]))],
    unitIds,
    scopeUnitIds: unitIds,
  };
}

/**
 * A document on a module's case that carries the identity: its drafter and everyone in its
 * chain must be allowed to see that identity (revealed to them first, with a reason, if they are
 * outside the team). Refusals name the field.
 */
export async function checkIdentityReaders(
  db: Db,
  opts: {
    agency: AgencyRow;
    caseId: string | null;
    carriesIdentity: boolean;
    readers: Array<{ userId: string; field: string }>;
    now: Date;
  },
): Promise<void> {
  if (!opts.caseId || !opts.carriesIdentity) return;
  const caseRow = await findCase(db, opts.caseId);
  if (!caseRow || !managedSop(caseRow.definitionKey)) return;
  for (const r of opts.readers) {
    const reader = await actorOfUser(db, opts.agency, r.userId, opts.now);
    if (!(await caseIdentityVisible(db, reader, caseRow)))
      throw invalidField(r.field, 'identity_not_visible');
  }
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
 * unit's (`DPMPTSP-DALAK`), as in the seeds' own letters (`printedUnitCodes` of @sigap/core,
 * the same codes the manual register accepts).
 */
export async function printedUnitCode(db: Db, agencyId: string, unitId: string): Promise<string> {
  const code = printedUnitCodes(await listUnits(db, agencyId)).get(unitId);
  if (!code) throw invalidField('unitId', 'invalid');
  return code;
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
