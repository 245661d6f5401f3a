import type {
  TComplaint,
  TComplaintListItem,
  TInputRequest,
  TReporter,
  ZComplaintListItem,
} from '@sigap/contracts/complaints';
import {
  type CaseState,
  COMPLAINT_STEP,
  COMPLAINT_WORKING_GROUP_STEPS,
  can,
  canWork,
  openTasks,
  type TComplaintStep,
} from '@sigap/core';
import { type ComplaintChannel, duplicateReasons, officerMaySettle, textWords } from '@sigap/core/complaints';
import type { z } from 'zod';
import { engineActorOf } from '../../../platform/use-cases/cases/support';
import type { Db, SessionActor } from '../../../platform/use-cases/context';
import {
  type ComplaintRow,
  findReporter,
  type listInputRequests,
  openComplaintsForMatching,
  type ReporterRow,
} from '../repository/complaints';

export function reporterOf(r: ReporterRow | undefined | null): TReporter | null {
  if (!r) return null;
  return {
    name: r.name,
    institution: r.institution,
    address: r.address,
    gender: r.gender,
    phone: r.phone,
    email: r.email,
    handle: r.handle,
  };
}

export function listItemOf(
  c: ComplaintRow,
  now: Date,
  reporterName: string | null,
): z.infer<typeof ZComplaintListItem> {
  const open = ['received', 'in_progress', 'with_working_group'].includes(c.status);
  return {
    id: c.id,
    trackingNumber: c.trackingNumber,
    trackingCode: c.trackingCode,
    status: c.status as TComplaintListItem['status'],
    type: (c.type as TComplaintListItem['type']) ?? null,
    channel: c.channel as TComplaintListItem['channel'],
    form: c.form as 'A' | 'B' | 'C',
    subject: c.subject,
    receivedAt: c.receivedAt.toISOString(),
    firstResponseDue: c.firstResponseDue?.toISOString() ?? null,
    answerDue: c.answerDue?.toISOString() ?? null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    overdue:
      (open && !!c.answerDue && c.answerDue.getTime() < now.getTime()) ||
      (!c.firstRespondedAt && open && !!c.firstResponseDue && c.firstResponseDue.getTime() < now.getTime()),
    anonymous: c.anonymous,
    confidential: c.confidential,
    reporterName,
  };
}

/** Open complaints that look like this one (same contact, company or NIB, similar text). */
export async function findDuplicates(db: Db, c: ComplaintRow): Promise<TComplaint['duplicates']> {
  if (!['draft', 'received', 'in_progress', 'with_working_group'].includes(c.status)) return [];
  const me = await findReporter(db, c.id);
  const others = await openComplaintsForMatching(db, c.agencyId, c.id);
  const mine = new Set(me?.contactKeys ?? []);
  const text = `${c.subject} ${c.description}`;
  const self = { nib: c.nib, company: c.companyName, text, words: textWords(text) };
  const out: TComplaint['duplicates'] = [];
  for (const o of others) {
    const reasons = duplicateReasons(self, {
      nib: o.nib,
      company: o.companyName,
      text: `${o.subject} ${o.description}`,
    }) as Array<'contact' | 'nib' | 'company' | 'text'>;
    if ((o.contactKeys ?? []).some((k) => mine.has(k))) reasons.unshift('contact');
    if (reasons.length === 0) continue;
    out.push({
      id: o.id,
      trackingNumber: o.trackingNumber,
      subject: o.subject,
      status: o.status as TComplaint['status'],
      receivedAt: o.receivedAt.toISOString(),
      reasons,
    });
  }
  return out.slice(0, 20);
}

/** The handling actions open to the actor now: the complaint's open SOP step and the actor's lane. */
export function availableActions(
  actor: SessionActor,
  c: ComplaintRow,
  state: CaseState | null,
): { actions: TComplaint['actions']; currentStep: string | null } {
  const team = can(actor, 'complaint.handle', { agencyId: c.agencyId });
  const actions: TComplaint['actions'] = [];
  if (!team) return { actions, currentStep: null };
  const officerOrChair = can(actor, 'complaint.revealIdentity', { agencyId: c.agencyId });
  if (c.status === 'draft') {
    if (can(actor, 'complaintDraft.handle', { agencyId: c.agencyId }))
      actions.push('confirmDraft', 'rejectDraft');
    return { actions, currentStep: null };
  }
  if (c.status === 'merged') return { actions: ['unmerge'], currentStep: null };
  let currentStep: string | null = null;
  if (state) {
    const task = openTasks(state)[0];
    if (task) {
      currentStep = task.stepId;
      const mayWork = canWork(task, engineActorOf(actor));
      const byStep: Record<string, TComplaint['actions']> = {
        [COMPLAINT_STEP.intake]: ['firstResponse'],
        [COMPLAINT_STEP.settleAtOnce]: ['settle', 'forward'],
        [COMPLAINT_STEP.settle]: ['settle'],
        [COMPLAINT_STEP.reportToChair]: ['settle'],
        [COMPLAINT_STEP.forward]: ['forward'],
        [COMPLAINT_STEP.examine]: ['examine'],
        [COMPLAINT_STEP.coordinate]: ['coordinate'],
        [COMPLAINT_STEP.meetingNeeded]: ['decideMeeting'],
        [COMPLAINT_STEP.meeting]: ['recordMeeting'],
        [COMPLAINT_STEP.answer]: ['answer'],
        [COMPLAINT_STEP.close]: ['close'],
      };
      const open = byStep[task.stepId] ?? [];
      // Lampiran I II: only a face-to-face complaint or one passed on by an ASN officer is settled at once
      const settleable = officerMaySettle(c.channel as ComplaintChannel);
      if (mayWork) actions.push(...open.filter((x) => x !== 'settle' || settleable));
      if (COMPLAINT_WORKING_GROUP_STEPS.includes(task.stepId as TComplaintStep)) actions.push('requestInput');
    }
  }
  if (['received', 'in_progress', 'with_working_group'].includes(c.status)) actions.push('merge');
  if (officerOrChair && !c.anonymous) actions.push('revealIdentity');
  return { actions, currentStep };
}

type InputRequestJoined = Awaited<ReturnType<typeof listInputRequests>>[number];

export function inputRequestOf(r: InputRequestJoined, reporter: TReporter | null): TInputRequest {
  return {
    id: r.request.id,
    complaintId: r.request.complaintId,
    trackingNumber: r.trackingNumber,
    complaintSubject: r.complaintSubject,
    unitId: r.request.unitId,
    unitName: r.unitName,
    question: r.request.question,
    dueAt: r.request.dueAt.toISOString(),
    requestedAt: r.request.requestedAt.toISOString(),
    requestedByName: r.requestedByName,
    status: r.request.status as TInputRequest['status'],
    answer: r.request.answer,
    answeredAt: r.request.answeredAt?.toISOString() ?? null,
    answeredByName: r.answeredByName,
    reporter,
  };
}
