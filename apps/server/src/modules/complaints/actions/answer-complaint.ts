import { COMPLAINT_STEP } from '@sigap/core';
import { findDocument, findDocumentFile } from '../../../platform/db/repositories/documents';
import { AppError, invalidField } from '../../../platform/lib/errors';
import { complaintEvent, type HandlerCtx } from '../domain/handler';
import { updateComplaint } from '../repository/complaints';

import { type A, ANSWER_CHANNEL, advance, deliverAnswer } from './shared';

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
      stepId: COMPLAINT_STEP.answer,
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
