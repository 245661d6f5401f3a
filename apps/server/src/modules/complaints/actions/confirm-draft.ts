import { complaintDeadlines } from '@sigap/core/complaints';
import { invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { startComplaintCase } from '../domain/intake';
import { mailReporter } from '../domain/reporter-mail';
import { complaintSettings } from '../domain/support';
import { findReporter, updateComplaint, updateReporter } from '../repository/complaints';

import type { A } from './shared';

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
