import type { TComplaintAction } from '@sigap/contracts';
import type { CaseState } from '@sigap/core';
import { findCase } from '../../db/repositories/cases';
import {
  type ComplaintRow,
  findComplaintsByIds,
  findReporter,
  listMergedInto,
  updateComplaint,
} from '../../db/repositories/complaints';
import { findDocument, findDocumentFile } from '../../db/repositories/documents';
import { AppError, invalidField } from '../../lib/errors';
import { engineActorOf } from '../cases/support';
import { createDocument } from '../documents/create-document';
import { complaintEvent, type HandlerCtx } from './handler';
import { giveFirstResponse } from './intake';
import { mailReporter } from './reporter-mail';
import { addUpdate, advanceComplaintCase, notifyTeam, openSteps } from './support';

type A<T extends TComplaintAction['type']> = Extract<TComplaintAction, { type: T }>;

const OPEN = ['received', 'in_progress', 'with_working_group'];

async function currentSteps(h: HandlerCtx): Promise<string[]> {
  if (!h.c.caseId) return [];
  const row = await findCase(h.tx, h.c.caseId);
  return openSteps((row?.state as CaseState | undefined) ?? null);
}

function advance(h: HandlerCtx, steps: Parameters<typeof advanceComplaintCase>[1]['steps']) {
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

export async function firstResponse(h: HandlerCtx, a: A<'firstResponse'>) {
  if (h.c.status !== 'received') throw invalidField('type', 'wrong_step');
  await giveFirstResponse(h.tx, { ...h, complaint: h.c, officer: h.actor, text: a.text });
  await complaintEvent(h, 'first_response');
}

/** Gives the answer to the reporter and to the reporters of complaints merged into this one. */
async function deliverAnswer(
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

async function answerMerged(
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

/** Steps 2-4: the officer settles the complaint at once and reports it to the chair (Pasal 9 b-c). */
export async function settle(h: HandlerCtx, a: A<'settle'>) {
  const open = await currentSteps(h);
  const plan: Record<string, Parameters<typeof advance>[1]> = {
    s2: [
      { stepId: 's2', decision: 'yes' },
      { stepId: 's3', form: { resolution: a.answer } },
      { stepId: 's4' },
    ],
    s3: [{ stepId: 's3', form: { resolution: a.answer } }, { stepId: 's4' }],
    s4: [{ stepId: 's4' }],
  };
  const steps = plan[open[0] ?? ''];
  if (!steps) throw invalidField('type', 'wrong_step');
  await advance(h, steps);
  await deliverAnswer(h, { text: a.answer, channel: 'direct', attachments: [], close: true });
  await notifyTeam(h.tx, {
    agency: h.agency,
    unitId: h.c.unitId,
    roles: ['complaint_wg_chair'],
    complaint: h.c,
    kind: 'complaint.settled',
    title: `Pengaduan ${h.c.trackingNumber} diselesaikan langsung oleh petugas`,
    body: `${h.c.subject}\n\nPenyelesaian: ${a.answer}`,
    now: h.now,
    exceptUserId: h.actor.userId,
  });
  await complaintEvent(h, 'settled');
}

/** Steps 2 and 5: the complaint cannot be settled at once and goes to the working group. */
export async function forward(h: HandlerCtx, a: A<'forward'>) {
  const open = await currentSteps(h);
  const note = a.note ? { note: a.note } : {};
  if (open[0] === 's2')
    await advance(h, [
      { stepId: 's2', decision: 'no' },
      { stepId: 's5', form: note },
    ]);
  else if (open[0] === 's5') await advance(h, [{ stepId: 's5', form: note }]);
  else throw invalidField('type', 'wrong_step');
  await updateComplaint(h.tx, h.c.id, { status: 'with_working_group', updatedAt: h.now });
  h.c.status = 'with_working_group';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'forwarded', at: h.now, text: a.note ?? null });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'forwarded',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await notifyTeam(h.tx, {
    agency: h.agency,
    unitId: h.c.unitId,
    // the members are told by the new step's own notice; the chair, who oversees, gets the officer's note
    roles: ['complaint_wg_chair'],
    complaint: h.c,
    kind: 'complaint.forwarded',
    title: `Pengaduan ${h.c.trackingNumber} diteruskan ke Kelompok Kerja`,
    body: `${h.c.subject}${a.note ? `\n\nCatatan petugas: ${a.note}` : ''}`,
    now: h.now,
    exceptUserId: h.actor.userId,
  });
  await complaintEvent(h, 'forwarded');
}

export async function examine(h: HandlerCtx, a: A<'examine'>) {
  await advance(h, [{ stepId: 's6', form: { findings: a.findings } }]);
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'examined', at: h.now, text: a.findings });
  await complaintEvent(h, 'examined');
}

export async function coordinate(h: HandlerCtx, a: A<'coordinate'>) {
  await advance(h, [{ stepId: 's7', form: { summary: a.summary } }]);
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'coordination', at: h.now, text: a.summary });
  await complaintEvent(h, 'coordinated');
}

export async function decideMeeting(h: HandlerCtx, a: A<'decideMeeting'>) {
  await advance(h, [{ stepId: 's8', decision: a.needed ? 'yes' : 'no' }]);
  await complaintEvent(h, 'meeting_decided', { needed: a.needed });
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Step 9: the follow-up meeting; its minutes (Berita Acara Rapat) are drafted as an official document. */
export async function recordMeeting(h: HandlerCtx, a: A<'recordMeeting'>) {
  const { type: _t, ...form } = a;
  await advance(h, [{ stepId: 's9', form }]);
  const opinions = lines(a.opinions).map((l) => {
    const [who, ...rest] = l.split(':');
    return rest.length
      ? { participant: who!.trim(), opinion: rest.join(':').trim() }
      : { participant: '-', opinion: l };
  });
  const doc = await createDocument(
    { db: h.tx, now: h.now, actor: h.actor },
    {
      templateCode: 'berita-acara-rapat',
      caseId: h.c.caseId!,
      title: `Berita Acara Rapat Tindak Lanjut Pengaduan ${h.c.trackingNumber}`,
      classification: '000',
      unitId: h.c.unitId ?? h.actor.positions[0]!.unitId,
      data: {
        officerReport: a.basis,
        complaintLetter: h.c.trackingNumber,
        purpose: a.purpose,
        meetingDate: a.meetingDate,
        meetingTime: a.meetingTime.replace('.', ':'),
        place: a.place,
        chair: a.chair,
        participants: lines(a.participants),
        presenter: lines(a.presenter)[0] ?? a.chair,
        presentation: a.presenter ?? a.basis,
        formReference: h.c.trackingNumber,
        opinions,
        decisions: lines(a.decisions),
        followUps: lines(a.followUpPlan),
        secretary: h.actor.user.name,
      },
    },
  );
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'meeting', at: h.now, text: a.decisions });
  await complaintEvent(h, 'meeting_recorded', { documentId: doc.id });
}

const ANSWER_CHANNEL = { email: 'media_elektronik', letter: 'surat', mass_media: 'media_massa' } as const;

/** Step 10: the working group answers by email, letter or the mass media (with the signed letter, if any). */
export async function answer(h: HandlerCtx, a: A<'answer'>) {
  const attachments: Array<{ fileId: string; filename: string }> = [];
  if (a.documentId) {
    const doc = await findDocument(h.tx, a.documentId);
    if (!doc || doc.caseId !== h.c.caseId) throw invalidField('documentId', 'invalid');
    if (!['signed', 'sent'].includes(doc.status)) throw invalidField('documentId', 'not_signed');
    const file = await findDocumentFile(h.tx, doc.id, 'signed');
    if (!file) throw new AppError('CONFLICT', { detail: 'the signed PDF is missing' });
    attachments.push({ fileId: file.id, filename: file.filename });
  }
  await advance(h, [
    {
      stepId: 's10',
      form: {
        answerChannel: ANSWER_CHANNEL[a.channel],
        answer: a.text,
        ...(a.documentId ? { letter: a.documentId } : {}),
      },
    },
  ]);
  await deliverAnswer(h, { text: a.text, channel: a.channel, attachments, close: false });
  if (a.documentId) await updateComplaint(h.tx, h.c.id, { answerDocumentId: a.documentId });
  await complaintEvent(h, 'answered', { channel: a.channel, documentId: a.documentId ?? null });
}

/** Step 11: the follow-up report is filed and the complaint closed. */
export async function close(h: HandlerCtx, a: A<'close'>) {
  if (!OPEN.concat('answered').includes(h.c.status)) throw invalidField('type', 'wrong_step');
  await advance(h, [{ stepId: 's11', form: { report: a.report } }]);
  await updateComplaint(h.tx, h.c.id, { status: 'closed', closedAt: h.now, updatedAt: h.now });
  h.c.status = 'closed';
  await addUpdate(h.tx, { complaintId: h.c.id, kind: 'closed', at: h.now, text: a.report });
  await mailReporter(h.tx, {
    complaint: h.c,
    reporter: await findReporter(h.tx, h.c.id),
    agency: h.agency,
    kind: 'closed',
    publicUrl: h.publicUrl,
    now: h.now,
  });
  await complaintEvent(h, 'closed');
}
