import { COMPLAINT_STEP } from '@sigap/core';
import { createDocument } from '../../../platform/use-cases/documents/create-document';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { addUpdate } from '../domain/support';

import { type A, advance, lines } from './shared';

/** Step 9: the follow-up meeting; its minutes (Berita Acara Rapat) are drafted as an official document. */
export async function recordMeeting(h: HandlerCtx, a: A<'recordMeeting'>) {
  const { type: _t, ...form } = a;
  await advance(h, [{ stepId: COMPLAINT_STEP.meeting, form }]);
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
