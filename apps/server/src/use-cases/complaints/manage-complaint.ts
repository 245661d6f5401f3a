import type { TComplaintAction } from '@sigap/contracts';
import { OFFICE_PAGES } from '@sigap/contracts';
import { addWorkingDays, applyAction, type CaseState, complaintDeadlines, formatDateTime } from '@sigap/core';
import { findCaseForUpdate } from '../../db/repositories/cases';
import {
  countMerges,
  findActiveMerge,
  findComplaintForUpdate,
  findReporter,
  insertIdentityGrant,
  insertInputRequest,
  insertMerge,
  markMergeUndone,
  updateComplaint,
  updateReporter,
} from '../../db/repositories/complaints';
import { findUnit, holdersInUnits } from '../../db/repositories/org';
import { findUser } from '../../db/repositories/users';
import { AppError, invalidField } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import { persistResult, roleUnitsFor, toAppError } from '../cases/support';
import { notifyStaff } from '../notifications/notify-staff';
import { getDefinition } from '../sops/definitions';
import { complaintEvent, type HandlerCtx } from './handler';
import { startComplaintCase } from './intake';
import { mailReporter } from './reporter-mail';
import { addUpdate, advanceComplaintCase, complaintSettings, intakeForm, SYSTEM_ACTOR } from './support';

type A<T extends TComplaintAction['type']> = Extract<TComplaintAction, { type: T }>;
const OPEN = ['received', 'in_progress', 'with_working_group'];

/** The working group asks a unit for input, with its own deadline in working days (Pasal 6 (4), 8 d). */
export async function requestInput(h: HandlerCtx, a: A<'requestInput'>) {
  if (h.c.status !== 'with_working_group') throw invalidField('type', 'wrong_step');
  const unit = await findUnit(h.tx, a.unitId);
  if (!unit || unit.agencyId !== h.c.agencyId) throw invalidField('unitId', 'invalid');
  const dueAt = addWorkingDays(h.calendar, h.now, a.dueWorkingDays);
  const req = await insertInputRequest(h.tx, {
    complaintId: h.c.id,
    agencyId: h.c.agencyId,
    unitId: unit.id,
    question: a.question,
    dueAt,
    requestedBy: h.actor.userId,
    requestedAt: h.now,
  });
  const holders = await holdersInUnits(h.tx, h.c.agencyId, [unit.id], localDate(h.now, h.agency.timeZone));
  for (const userId of new Set(holders.map((x) => x.userId))) {
    await notifyStaff(h.tx, {
      agencyId: h.c.agencyId,
      userId,
      kind: 'complaint.input_requested',
      title: `Permintaan masukan atas pengaduan ${h.c.trackingNumber}`,
      body: `${a.question}\nBatas waktu: ${formatDateTime(dueAt, h.agency.timeZone, 'id')}`,
      link: OFFICE_PAGES.inputRequests,
      dedupeKey: `complaint-input:${req.id}`,
      createdAt: h.now,
    });
  }
  await complaintEvent(h, 'input_requested', { requestId: req.id, unitId: unit.id, dueAt });
}

/** Shows the reporter's identity to one more staff member, with a reason; logged (Form B's promise). */
export async function revealIdentity(h: HandlerCtx, a: A<'revealIdentity'>) {
  if (h.c.anonymous)
    throw new AppError('CONFLICT', {
      detail: 'the reporter asked to stay anonymous: the identity stays with the complaint team',
    });
  const user = await findUser(h.tx, a.userId);
  if (!user || user.agencyId !== h.c.agencyId || !user.active) throw invalidField('userId', 'invalid');
  const created = await insertIdentityGrant(h.tx, {
    complaintId: h.c.id,
    userId: user.id,
    reason: a.reason,
    grantedBy: h.actor.userId,
    grantedAt: h.now,
  });
  if (!created) throw new AppError('CONFLICT', { detail: 'the identity is already shown to this user' });
  await notifyStaff(h.tx, {
    agencyId: h.c.agencyId,
    userId: user.id,
    kind: 'complaint.identity_revealed',
    title: `Identitas pelapor ${h.c.trackingNumber} dibuka untuk Anda`,
    body: `Alasan: ${a.reason}. Jaga kerahasiaannya.`,
    link: OFFICE_PAGES.inputRequests,
    dedupeKey: `complaint-reveal:${h.c.id}:${user.id}`,
    createdAt: h.now,
  });
  await complaintEvent(h, 'identity_revealed', { toUserId: user.id, reason: a.reason });
}

async function cancelCase(h: HandlerCtx, reason: string) {
  if (!h.c.caseId) return;
  const row = await findCaseForUpdate(h.tx, h.c.caseId);
  if (row?.status !== 'open') return;
  const def = (await getDefinition(h.tx, row.agencyId, row.definitionKey, row.definitionVersion))!;
  const roleUnits = await roleUnitsFor(h.tx, row.agencyId, row.unitId, def);
  let result: ReturnType<typeof applyAction>;
  try {
    result = applyAction(def, row.state as CaseState, { type: 'cancel', reason }, SYSTEM_ACTOR, {
      now: h.now,
      calendar: h.calendar,
      roleUnits,
    });
  } catch (e) {
    throw toAppError(e);
  }
  await persistResult(h.tx, {
    caseRow: row,
    result,
    calendar: h.calendar,
    actorUserId: h.actor.userId,
    now: h.now,
  });
}

/** A duplicate is merged into an open complaint: its case ends, its reporter is told; undoable. */
export async function merge(h: HandlerCtx, a: A<'merge'>) {
  if (!OPEN.includes(h.c.status)) throw invalidField('type', 'wrong_step');
  if (a.intoComplaintId === h.c.id) throw invalidField('intoComplaintId', 'invalid');
  const target = await findComplaintForUpdate(h.tx, a.intoComplaintId);
  if (!target || target.agencyId !== h.c.agencyId || !OPEN.includes(target.status))
    throw invalidField('intoComplaintId', 'invalid');
  await cancelCase(h, `Digabung ke pengaduan ${target.trackingNumber}: ${a.reason}`);
  await insertMerge(h.tx, {
    complaintId: h.c.id,
    intoComplaintId: target.id,
    reason: a.reason,
    previousStatus: h.c.status,
    mergedBy: h.actor.userId,
    mergedAt: h.now,
  });
  await updateComplaint(h.tx, h.c.id, { status: 'merged', mergedIntoId: target.id, updatedAt: h.now });
  h.c.status = 'merged';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'merged', at: h.now });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'merged',
    mergedIntoTrackingCode: target.trackingCode,
    publicUrl: h.publicUrl,
    now: h.now,
    dedupeSuffix: h.now.toISOString(),
  });
  await complaintEvent(h, 'merged', {
    intoComplaintId: target.id,
    intoTrackingNumber: target.trackingNumber,
    reason: a.reason,
  });
}

/**
 * Undoes a merge: the complaint gets a new case that resumes where it stood (first response
 * given → the officer's decision; with the working group → its examination), keeping the
 * original deadlines (undoing a wrong merge buys no time).
 */
export async function unmerge(h: HandlerCtx, a: A<'unmerge'>) {
  if (h.c.status !== 'merged') throw invalidField('type', 'wrong_step');
  const m = await findActiveMerge(h.tx, h.c.id);
  if (!m) throw new AppError('CONFLICT', { detail: 'no merge to undo' });
  await markMergeUndone(h.tx, m.id, { undoneBy: h.actor.userId, undoneAt: h.now, undoReason: a.reason });
  const status = m.previousStatus;
  await updateComplaint(h.tx, h.c.id, { status, mergedIntoId: null, caseId: null, updatedAt: h.now });
  Object.assign(h.c, { status, mergedIntoId: null, caseId: null });
  await startComplaintCase(h.tx, {
    complaint: h.c,
    agency: h.agency,
    calendar: h.calendar,
    officer: null,
    now: h.now,
    caseNumber: `${h.c.trackingNumber}-${(await countMerges(h.tx, h.c.id)) + 1}`,
  });
  const steps: Parameters<typeof advanceComplaintCase>[1]['steps'] = [];
  if (h.c.firstRespondedAt) steps.push({ stepId: 's1', form: intakeForm(h.c, h.agency.timeZone) });
  if (status === 'with_working_group') steps.push({ stepId: 's2', decision: 'no' }, { stepId: 's5' });
  if (steps.length)
    await advanceComplaintCase(h.tx, {
      complaint: h.c,
      agency: h.agency,
      calendar: h.calendar,
      // the steps done before the merge are replayed on behalf of whoever undoes it
      actor: { ...SYSTEM_ACTOR, userId: h.actor.userId },
      actorUserId: h.actor.userId,
      now: h.now,
      steps,
    });
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'unmerged', at: h.now });
  await complaintEvent(h, 'unmerged', { fromComplaintId: m.intoComplaintId, reason: a.reason });
}

/** An officer confirms an inbound email as a complaint: type and deadlines, then the complaint SOP starts. */
export async function confirmDraft(h: HandlerCtx, a: A<'confirmDraft'>) {
  if (h.c.status !== 'draft') throw invalidField('type', 'wrong_step');
  const d = complaintDeadlines({
    receivedAt: h.c.receivedAt,
    channel: 'email',
    type: a.complaintType,
    calendar: h.calendar,
    otherTypeWorkingDays: complaintSettings(h.agency).otherTypeWorkingDays,
  });
  const patch = {
    status: 'received',
    type: a.complaintType,
    subject: a.subject,
    answerDue: d.answerDue,
    firstResponseDue: d.firstResponseDue,
    anonymous: a.anonymous ?? h.c.anonymous,
    confidential: a.confidential ?? h.c.confidential,
    recordedBy: h.actor.userId,
    updatedAt: h.now,
  };
  await updateComplaint(h.tx, h.c.id, patch);
  Object.assign(h.c, patch);
  await updateReporter(h.tx, h.c.id, { name: a.reporterName });
  await startComplaintCase(h.tx, {
    complaint: h.c,
    agency: h.agency,
    calendar: h.calendar,
    officer: h.actor,
    now: h.now,
  });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'received',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await complaintEvent(h, 'draft_confirmed', { type: a.complaintType });
}

export async function rejectDraft(h: HandlerCtx, a: A<'rejectDraft'>) {
  if (h.c.status !== 'draft') throw invalidField('type', 'wrong_step');
  await updateComplaint(h.tx, h.c.id, { status: 'rejected', updatedAt: h.now });
  await complaintEvent(h, 'draft_rejected', { reason: a.reason });
}
