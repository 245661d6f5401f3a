import type { TDocumentChainStep, TDocumentDetail, TDocumentPerson } from '@sigap/contracts';
import { can, canEditText, nextActor, type ReviewState } from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import type { DocumentRow } from '../../db/repositories/documents';
import { findUnit } from '../../db/repositories/org';
import { HIDDEN_SUBJECT, hiddenCaseContent } from '../cases/case-modules';
import type { AuthedCtx, SessionActor } from '../context';
import {
  loadVisibleDocument,
  numberPlaceholderFor,
  type PersonInfo,
  personInfo,
  printedUnitCode,
  reviewOf,
  signatureRecord,
  standingCount,
  standingInitials,
  templateVersionOf,
} from './support';

/** Who may send a signed document: its drafter, its signer, or the administration office. */
export function maySend(actor: SessionActor, row: DocumentRow): boolean {
  return (
    row.drafterUserId === actor.userId ||
    row.signerUserId === actor.userId ||
    can(actor, 'document.sendAny', { agencyId: row.agencyId })
  );
}

/** Who may cancel: the drafter until it is sent; once signed, also the signer. */
export function mayCancel(actor: SessionActor, row: DocumentRow, state: ReviewState): boolean {
  if (state.status === 'sent' || state.status === 'cancelled') return false;
  if (row.drafterUserId === actor.userId) return true;
  return state.status === 'signed' && row.signerUserId === actor.userId;
}

export function permissionsOf(actor: SessionActor, row: DocumentRow): TDocumentDetail['permissions'] {
  const state = reviewOf(row);
  const me = actor.userId;
  const step = state.status === 'in_review' ? state.chain[state.position] : undefined;
  const inTurn = step?.userId === me;
  return {
    edit: canEditText(state, me),
    submit: (state.status === 'draft' || state.status === 'returned') && state.drafterUserId === me,
    initial: inTurn && step?.kind === 'initial',
    return: inTurn,
    sign: inTurn && step?.kind === 'sign',
    send: state.status === 'signed' && !!row.recipientEmail && maySend(actor, row),
    cancel: mayCancel(actor, row, state),
  };
}

function chainView(state: ReviewState, people: Map<string, PersonInfo>): TDocumentChainStep[] {
  const standing = standingInitials(state);
  const signature = signatureRecord(state);
  const done = standingCount(state);
  return state.chain.map((step, i) => {
    const person = people.get(step.userId);
    const rec = step.kind === 'sign' ? signature : standing.find((r) => r.userId === step.userId);
    const isDone = step.kind === 'sign' ? !!signature : i < done && !!rec;
    return {
      userId: step.userId,
      name: person?.name ?? '',
      position: person?.position ?? null,
      kind: step.kind,
      state: isDone ? 'done' : state.status === 'in_review' && state.position === i ? 'current' : 'pending',
      at: isDone ? (rec?.at ?? null) : null,
      pdfSha256: isDone ? (rec?.pdfSha256 ?? null) : null,
    };
  });
}

/** The document page: metadata, the chain with names, who acts next and what the current user may do. */
export async function getDocument({ db, now, actor }: AuthedCtx, id: string): Promise<TDocumentDetail> {
  const row = await loadVisibleDocument(db, actor, id);
  const state = reviewOf(row);
  const [template, caseRow, unit, unitCode] = await Promise.all([
    templateVersionOf(db, row.agencyId, row.templateCode, row.templateVersion),
    row.caseId ? findCase(db, row.caseId) : null,
    findUnit(db, row.unitId),
    printedUnitCode(db, row.agencyId, row.unitId),
  ]);
  const people = await personInfo(
    db,
    actor.agency,
    [row.drafterUserId, ...state.chain.map((c) => c.userId), ...state.records.map((r) => r.userId)],
    now,
  );
  const person = (userId: string): TDocumentPerson => ({
    userId,
    name: people.get(userId)?.name ?? '',
    position: people.get(userId)?.position ?? null,
  });
  const next = nextActor(state);
  const body = template;
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: caseRow?.number ?? null,
    caseSubject: caseRow
      ? (await hiddenCaseContent(db, actor, [caseRow])).has(caseRow.id)
        ? HIDDEN_SUBJECT[actor.user.language]
        : caseRow.subject
      : null,
    taskId: row.taskId,
    templateCode: row.templateCode,
    templateVersion: row.templateVersion,
    type: row.type,
    typeTitle: body?.title ?? { id: row.templateCode, en: row.templateCode },
    title: row.title,
    classification: row.classification,
    unitId: row.unitId,
    unitName: unit?.name ?? '',
    status: state.status,
    data: row.data as Record<string, unknown>,
    fields: body?.fields ?? [],
    recipientEmail: row.recipientEmail,
    number: row.number,
    numberPlaceholder: numberPlaceholderFor(actor.agency, row.classification, unitCode, now),
    drafter: person(row.drafterUserId),
    chain: chainView(state, people),
    records: state.records.map((r) => ({
      userId: r.userId,
      name: people.get(r.userId)?.name ?? '',
      action: r.action,
      at: r.at,
      note: r.note,
      pdfSha256: r.pdfSha256,
    })),
    returnNote: state.returnNote,
    nextActor: next ? person(next) : null,
    signedAt: row.signedAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    pdfSha256: row.pdfSha256,
    retentionYears: row.retentionYears,
    timeZone: actor.agency.timeZone,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    revision: row.revision,
    permissions: permissionsOf(actor, row),
  };
}
