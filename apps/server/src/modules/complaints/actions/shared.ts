import type { TComplaintAction } from '@sigap/contracts/complaints';
import { applyAction, type CaseState } from '@sigap/core';
import { findCaseForUpdate } from '../../../platform/db/repositories/cases';
import { currentStepIds } from '../../../platform/kernel/advance-case';
import {
  engineActorOf,
  persistResult,
  roleUnitsFor,
  toAppError,
} from '../../../platform/use-cases/cases/support';
import { getDefinition } from '../../../platform/use-cases/sops/definitions';
import type { HandlerCtx } from '../domain/handler';
import { mailReporter } from '../domain/reporter-mail';
import { addUpdate, advanceComplaintCase, SYSTEM_ACTOR } from '../domain/support';
import {
  type ComplaintRow,
  findComplaintsByIds,
  findReporter,
  listMergedInto,
  updateComplaint,
} from '../repository/complaints';

export type A<T extends TComplaintAction['type']> = Extract<TComplaintAction, { type: T }>;

export const OPEN = ['received', 'in_progress', 'with_working_group'];

export function currentSteps(h: HandlerCtx): Promise<string[]> {
  return currentStepIds(h.tx, h.c.caseId);
}

export function advance(h: HandlerCtx, steps: Parameters<typeof advanceComplaintCase>[1]['steps']) {
  return advanceComplaintCase(h.tx, {
    complaint: h.c,
    agency: h.agency,
    calendar: h.calendar,
    actor: engineActorOf(h.actor),
    actorUserId: h.actor.userId,
    now: h.now,
    steps,
  });
}

/** Gives the answer to the reporter and to the reporters of complaints merged into this one. */
export async function deliverAnswer(
  h: HandlerCtx,
  opts: {
    text: string;
    channel: string;
    attachments: Array<{ fileId: string; filename: string }>;
    close: boolean;
  },
) {
  const now = h.now;
  const patch = {
    status: opts.close ? 'closed' : 'answered',
    answeredAt: now,
    answer: opts.text,
    answerChannel: opts.channel,
    updatedAt: now,
    ...(opts.close ? { closedAt: now } : {}),
  };
  await updateComplaint(h.tx, h.c.id, patch);
  Object.assign(h.c, patch);
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'answered', at: now, text: opts.text });
  if (opts.close) await addUpdate(h.tx, { complaintId: h.c.id, kind: 'closed', at: now });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'answered',
    text: opts.text,
    attachments: opts.attachments,
    publicUrl: h.publicUrl,
    now,
  });
  const merged = await findComplaintsByIds(
    h.tx,
    (await listMergedInto(h.tx, h.c.id)).map((m) => m.id),
  );
  for (const m of merged) await answerMerged(h, m, opts.text, opts.attachments);
}

export async function answerMerged(
  h: HandlerCtx,
  m: ComplaintRow,
  text: string,
  attachments: Array<{ fileId: string; filename: string }>,
) {
  await updateComplaint(h.tx, m.id, { answeredAt: h.now, answer: text, updatedAt: h.now });
  await addUpdate(h.tx, { complaintId: m.id, kind: 'answered', at: h.now, text });
  await mailReporter(h.tx, {
    complaint: m,
    reporter: await findReporter(h.tx, m.id),
    agency: h.agency,
    kind: 'answered',
    text,
    attachments,
    publicUrl: h.publicUrl,
    now: h.now,
  });
}

export const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export const ANSWER_CHANNEL = {
  email: 'media_elektronik',
  letter: 'surat',
  mass_media: 'media_massa',
} as const;

export async function cancelCase(h: HandlerCtx, reason: string) {
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
