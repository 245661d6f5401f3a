import type { TServiceKey, TServiceRequestAction } from '@sigap/contracts/service-requests';
import { type CaseState, FACILITATION_STEP } from '@sigap/core';
import { checkFacilitationDate } from '@sigap/core/service-requests';
import { findCase } from '../../../platform/db/repositories/cases';
import { invalidField } from '../../../platform/lib/errors';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import { mailApplicant } from '../domain/applicant-mail';
import { type HandlerCtx, requestEvent, requireStage } from '../domain/handler';
import { receiveForm, requestDues } from '../domain/intake';
import { addUpdate, advanceServiceCase, changeServiceCase, missingItemsOf } from '../domain/support';
import { insertSchedule, listRequestFiles, updateServiceRequest } from '../repository/service-requests';

const COLUMNS = [
  'applicantName',
  'applicantIdentity',
  'applicantEmail',
  'contactPhone',
  'addressee',
] as const;

/**
 * A request held incomplete gets what was missing. While something is still missing the
 * applicant is told again; once nothing is, the case clock resumes and the deadline moves later
 * by exactly the paused working time.
 */
export async function completeRequirements(
  h: HandlerCtx,
  a: Extract<TServiceRequestAction, { type: 'completeRequirements' }>,
) {
  requireStage(h, null, ['incomplete']);
  const r = h.r;
  const service = r.service as TServiceKey;
  const v = a.values;
  if (service === 'fasilitasi-kendala-teknis' && v.proposedDate) {
    const check = checkFacilitationDate(h.calendar, r.receivedAt, v.proposedDate);
    if (!check.ok) throw invalidField('values.proposedDate', 'earliest_date', { earliest: check.earliest });
  }
  const columns: Record<string, string | null> = {};
  for (const k of COLUMNS) if (v[k] !== undefined) columns[k] = v[k] ?? null;
  const details = { ...(r.details as Record<string, string | boolean | null>) };
  for (const [k, x] of Object.entries(v))
    if (!(COLUMNS as readonly string[]).includes(k) && k !== 'proposedDate' && x !== undefined)
      details[k] = x;
  const proposedDate = v.proposedDate ?? r.proposedDate;
  const files = await listRequestFiles(h.tx, r.id);
  const values = { ...r, ...details, ...columns, proposedDate } as unknown as Record<
    string,
    string | boolean | null
  >;
  const missing = missingItemsOf(service, values, {
    supporting: files.some((f) => f.role === 'supporting'),
    proof: files.some((f) => f.role === 'consultation'),
  });
  Object.assign(r, columns, { details, proposedDate, missingItems: missing });
  if (v.proposedDate && v.proposedDate !== (h.r.proposedDate ?? null))
    await insertSchedule(h.tx, {
      requestId: r.id,
      date: v.proposedDate,
      reason: null,
      byUserId: h.actor.userId,
      at: h.now,
    });
  if (missing.length > 0) {
    await updateServiceRequest(h.tx, r.id, {
      ...columns,
      details,
      proposedDate,
      missingItems: missing,
      updatedAt: h.now,
    });
    await addUpdate(h.tx, { requestId: r.id, kind: 'incomplete', at: h.now, text: missing.join(',') });
    await mailApplicant(h.tx, {
      request: r,
      agency: h.agency,
      kind: 'incomplete',
      publicUrl: h.publicUrl,
      now: h.now,
      dedupeSuffix: String(h.now.getTime()),
    });
    await requestEvent(h, 'still_incomplete', { missingItems: missing });
    return;
  }
  const caseRow = r.caseId ? await findCase(h.tx, r.caseId) : undefined;
  const pauses = ((caseRow?.state as CaseState | undefined)?.pauses ?? []).map((p) => ({
    start: new Date(p.start),
    end: p.end ? new Date(p.end) : h.now,
  }));
  const dues = requestDues(r, h.calendar, pauses);
  await changeServiceCase(h.tx, {
    caseId: r.caseId,
    calendar: h.calendar,
    action: { type: 'resume' },
    dues,
    actorUserId: h.actor.userId,
    now: h.now,
  });
  await updateServiceRequest(h.tx, r.id, {
    ...columns,
    details,
    proposedDate,
    missingItems: [],
    status: 'received',
    dueAt: dues.case,
    updatedAt: h.now,
  });
  r.status = 'received';
  r.dueAt = dues.case;
  if (service === 'fasilitasi-kendala-teknis')
    await advanceServiceCase(h.tx, {
      request: r,
      agency: h.agency,
      calendar: h.calendar,
      actor: engineActorOf(h.actor),
      actorUserId: h.actor.userId,
      now: h.now,
      steps: [{ stepId: FACILITATION_STEP.receive, form: receiveForm(r) }],
    });
  await addUpdate(h.tx, { requestId: r.id, kind: 'completed_requirements', at: h.now });
  await mailApplicant(h.tx, {
    request: r,
    agency: h.agency,
    kind: 'completed',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await requestEvent(h, 'completed_requirements', { dueAt: dues.case.toISOString() });
}
