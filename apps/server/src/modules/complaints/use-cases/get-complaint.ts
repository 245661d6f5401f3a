import type { TComplaint } from '@sigap/contracts/complaints';
import { assertCan, type CaseState, canSeeReporterIdentity } from '@sigap/core';
import { findCase } from '../../../platform/db/repositories/cases';
import { listDocumentsOfCase } from '../../../platform/db/repositories/documents';
import { userNames } from '../../../platform/db/repositories/users';
import { listTimeline } from '../../../platform/kernel/timeline';
import { notFound } from '../../../platform/lib/errors';
import type { AuthedCtx } from '../../../platform/use-cases/context';
import { COMPLAINT_RECORD } from '../domain/support';
import { availableActions, findDuplicates, inputRequestOf, listItemOf, reporterOf } from '../domain/view';
import {
  findComplaint,
  findReporter,
  listAttachments,
  listIdentityGrants,
  listInputRequests,
  listMergedInto,
} from '../repository/complaints';

/**
 * One complaint for the complaint team: content, reporter (the team sees it), steps, input
 * requests to units, attachments, documents, look-alike open complaints and the actions open
 * to the reader now. Anyone outside the team, and any other agency, gets "not found".
 */
export async function getComplaint(ctx: AuthedCtx, id: string): Promise<TComplaint> {
  const { db, now, actor } = ctx;
  const c = await findComplaint(db, id);
  if (!c || c.agencyId !== actor.agencyId) throw notFound();
  try {
    assertCan(actor, 'complaint.handle', { agencyId: c.agencyId });
  } catch {
    throw notFound();
  }
  const [grants, caseRow] = await Promise.all([
    listIdentityGrants(db, c.id),
    c.caseId ? findCase(db, c.caseId) : undefined,
  ]);
  const showIdentity = canSeeReporterIdentity(actor, {
    agencyId: c.agencyId,
    revealedToUserIds: grants.map((g) => g.userId),
  });
  const [reporter, updates, attachments, requests, mergedFrom, duplicates] = await Promise.all([
    showIdentity ? findReporter(db, c.id) : undefined,
    listTimeline(db, COMPLAINT_RECORD, c.id),
    listAttachments(db, c.id),
    listInputRequests(db, { complaintId: c.id }),
    listMergedInto(db, c.id),
    findDuplicates(db, c),
  ]);
  const next = availableActions(actor, c, (caseRow?.state as CaseState | undefined) ?? null);
  const merged = c.mergedIntoId ? await findComplaint(db, c.mergedIntoId) : undefined;
  const docs = c.caseId ? await listDocumentsOfCase(db, c.caseId) : [];
  const names = await userNames(db, c.recordedBy ? [c.recordedBy] : []);
  const rep = reporterOf(reporter);
  return {
    ...listItemOf(c, now, rep?.name ?? null),
    description: c.description,
    boxKind: (c.boxKind as TComplaint['boxKind']) ?? null,
    companyName: c.companyName,
    nib: c.nib,
    language: c.language === 'en' ? 'en' : 'id',
    channelDetails: Object.fromEntries(
      Object.entries((c.channelDetails ?? {}) as Record<string, string>).filter(
        // the sender's address identifies the reporter
        ([k]) => showIdentity || !['emailFrom'].includes(k),
      ),
    ),
    reporter: rep,
    identityHidden: !showIdentity,
    revealedTo: grants.map((g) => ({
      userName: g.userName,
      reason: g.reason,
      at: g.grantedAt.toISOString(),
    })),
    firstResponse: c.firstResponse,
    firstRespondedAt: c.firstRespondedAt?.toISOString() ?? null,
    answer: c.answer,
    answerChannel: c.answerChannel,
    clockStart: c.clockStart?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    recordedByName: c.recordedBy ? (names.get(c.recordedBy) ?? null) : null,
    caseId: c.caseId,
    caseNumber: caseRow?.number ?? null,
    currentStep: next.currentStep,
    actions: next.actions,
    mergedInto: merged ? { id: merged.id, trackingNumber: merged.trackingNumber } : null,
    mergedFrom,
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.size,
      source: a.source,
      at: a.createdAt.toISOString(),
    })),
    updates: updates.map((u) => ({
      kind: u.kind as TComplaint['updates'][number]['kind'],
      at: u.occurredAt.toISOString(),
      text: u.text,
      public: u.public,
      files: attachments.filter((a) => a.updateId === u.id).map((a) => ({ id: a.id, filename: a.filename })),
    })),
    inputRequests: requests.map((r) => inputRequestOf(r, rep)),
    duplicates,
    documents: docs.map((d) => ({ id: d.id, title: d.title, status: d.status, number: d.number })),
  };
}
