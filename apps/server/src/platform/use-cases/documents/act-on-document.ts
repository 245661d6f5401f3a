import type { TDocumentAction } from '@sigap/contracts';
import type { ReviewState } from '@sigap/core';
import type { DocumentRow } from '../../db/repositories/documents';
import { AppError, invalidField } from '../../lib/errors';
import type { AuthedCtx, Db } from '../context';
import { cancelDocument } from './cancel-document';
import { renderDocumentPdf } from './rendering';
import { sendDocument } from './send-document';
import { signDocument } from './sign-document';
import {
  applyOrThrow,
  checkIdentityReaders,
  documentCarriesIdentity,
  loadVisibleDocument,
  personInfo,
  reviewOf,
  saveReview,
  sha256Hex,
} from './support';

export interface DocumentActionResult {
  status: ReviewState['status'];
  number: string | null;
  /** SHA-256 of the PDF the person approved (initial, sign) or of the signed PDF (sign). */
  pdfSha256: string | null;
}

/** The chain the drafter chose: reviewers in order, then the signer; each a current holder of a position. */
async function checkChain(
  ctx: AuthedCtx,
  tx: Db,
  row: DocumentRow,
  input: { reviewerUserIds: string[]; signerUserId: string },
) {
  const ids = [...input.reviewerUserIds, input.signerUserId];
  if (new Set(ids).size !== ids.length) throw invalidField('reviewerUserIds', 'duplicate');
  if (input.reviewerUserIds.includes(row.drafterUserId)) throw invalidField('reviewerUserIds', 'invalid');
  const people = await personInfo(tx, ctx.actor.agency, ids, ctx.now);
  input.reviewerUserIds.forEach((id, i) => {
    const p = people.get(id);
    if (!p?.active || !p.position) throw invalidField(`reviewerUserIds.${i}`, 'invalid');
  });
  const signer = people.get(input.signerUserId);
  if (!signer?.active || !signer.position) throw invalidField('signerUserId', 'invalid');
  await checkIdentityReaders(tx, {
    agency: ctx.actor.agency,
    caseId: row.caseId,
    carriesIdentity: await documentCarriesIdentity(tx, row),
    readers: [
      ...input.reviewerUserIds.map((userId, i) => ({ userId, field: `reviewerUserIds.${i}` })),
      { userId: input.signerUserId, field: 'signerUserId' },
    ],
    now: ctx.now,
  });
}

/**
 * One step of the review chain: submit (the drafter chooses reviewers and signer), initial
 * (paraf, recording the SHA-256 of the exact PDF approved), return with a note (one step back),
 * sign (numbered, in its own use case), send, or cancel. Only the person in turn acts.
 */
export async function actOnDocument(
  ctx: AuthedCtx,
  input: { id: string; action: TDocumentAction; publicUrl: string },
): Promise<DocumentActionResult> {
  const { db, now, actor } = ctx;
  const action = input.action;
  if (action.type === 'sign') return signDocument(ctx, { id: input.id, publicUrl: input.publicUrl });
  if (action.type === 'send') return sendDocument(ctx, { id: input.id, publicUrl: input.publicUrl });
  if (action.type === 'cancel') return cancelDocument(ctx, { id: input.id, note: action.note });
  return db.transaction(async (tx) => {
    const row = await loadVisibleDocument(tx, actor, input.id, { forUpdate: true });
    const state = reviewOf(row);
    switch (action.type) {
      case 'submit': {
        if (state.drafterUserId !== actor.userId) throw new AppError('FORBIDDEN');
        await checkChain(ctx, tx, row, action);
        const chain = [
          ...action.reviewerUserIds.map((userId) => ({ userId, kind: 'initial' as const })),
          { userId: action.signerUserId, kind: 'sign' as const },
        ];
        const next = applyOrThrow(state, { type: 'submit', chain }, actor.userId, now);
        await saveReview(tx, {
          row,
          next,
          actorUserId: actor.userId,
          now,
          action: 'document.submitted',
          after: { chain },
          values: { signerUserId: action.signerUserId },
        });
        return { status: next.status, number: null, pdfSha256: null };
      }
      case 'initial': {
        // refuse before rendering: only the reviewer in turn may initial
        applyOrThrow(state, { type: 'initial', pdfSha256: '' }, actor.userId, now);
        const { pdf } = await renderDocumentPdf(tx, { agency: actor.agency, row, now });
        const pdfSha256 = sha256Hex(pdf);
        const next = applyOrThrow(state, { type: 'initial', pdfSha256 }, actor.userId, now);
        await saveReview(tx, {
          row,
          next,
          actorUserId: actor.userId,
          now,
          action: 'document.initialled',
          after: { pdfSha256, position: state.position },
        });
        return { status: next.status, number: null, pdfSha256 };
      }
      case 'return': {
        const next = applyOrThrow(state, { type: 'return', note: action.note }, actor.userId, now);
        const to = next.status === 'returned' ? next.drafterUserId : next.chain[next.position]?.userId;
        await saveReview(tx, {
          row,
          next,
          actorUserId: actor.userId,
          now,
          action: 'document.returned',
          after: { note: action.note, toUserId: to ?? null },
        });
        return { status: next.status, number: null, pdfSha256: null };
      }
    }
  });
}
