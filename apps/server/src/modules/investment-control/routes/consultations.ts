import { ZId } from '@sigap/contracts';
import {
  ZCloseConsultation,
  ZConsultation,
  ZConsultationList,
  ZConsultationOutcome,
  ZConsultationQuery,
  ZConsultationReceipt,
  ZPublicConsultationRequest,
  ZRecordConsultation,
  ZScheduleConsultation,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed, ctx } from '../../../platform/plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { answerConsultation } from '../use-cases/answer-consultation';
import { closeConsultation } from '../use-cases/close-consultation';
import { getConsultation } from '../use-cases/get-consultation';
import { listConsultations } from '../use-cases/list-consultations';
import { recordConsultation } from '../use-cases/record-consultation';
import { scheduleConsultation } from '../use-cases/schedule-consultation';
import { submitPublicConsultation } from '../use-cases/submit-public-consultation';

const errors = errorResponses(400, 401, 403, 404, 409, 429);
const idParams = z.object({ id: ZId });

/**
 * Consultation tickets (issue 11 item 3): the LKPM helpdesk (SOP 067/008) and the virtual
 * consultation (Kolosal, SOP 067/007). A business opens one on the portal without an account
 * (rate-limited like the other public forms); the control division records, schedules, answers
 * with the outcome and minutes, or closes it.
 */
export async function consultationRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: consultations'];
  app.post(
    '/api/public/consultations',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 hour' } },
      schema: {
        tags: ['public consultations'],
        summary:
          'A business opens an LKPM helpdesk question (SOP 067/008) or a virtual consultation (067/007, with a preferred time on a working day within office hours); the company must be in the agency registry by NIB. Answers the ticket number; the acknowledgement is emailed.',
        body: ZPublicConsultationRequest,
        response: { 200: ZConsultationReceipt, ...errors },
      },
    },
    async (req) => submitPublicConsultation(ctx(req, db), req.body),
  );
  app.post(
    '/api/control/consultations',
    {
      schema: {
        tags,
        summary: 'Record a ticket from a call, a visit or an email; its SOP case starts',
        body: ZRecordConsultation,
        response: { 200: ZConsultation, ...errors },
      },
    },
    async (req) => recordConsultation(authed(req, db), req.body),
  );
  app.get(
    '/api/control/consultations',
    {
      schema: {
        tags,
        summary: "The agency's tickets, open ones first (by company, kind, status, search)",
        querystring: ZConsultationQuery,
        response: { 200: ZConsultationList, ...errors },
      },
    },
    async (req) => listConsultations(authed(req, db), req.query),
  );
  app.get(
    '/api/control/consultations/:id',
    {
      schema: {
        tags,
        summary: 'One ticket with its company, last LKPM, schedule, outcome, minutes and case',
        params: idParams,
        response: { 200: ZConsultation, ...errors },
      },
    },
    async (req) => getConsultation(authed(req, db), req.params.id),
  );
  app.post(
    '/api/control/consultations/:id/schedule',
    {
      schema: {
        tags,
        summary:
          'Schedule (or move) a virtual consultation on a working day within office hours with its meeting link; the business is emailed',
        params: idParams,
        body: ZScheduleConsultation,
        response: { 200: ZConsultation, ...errors },
      },
    },
    async (req) => scheduleConsultation(authed(req, db), { id: req.params.id, schedule: req.body }),
  );
  app.post(
    '/api/control/consultations/:id/answer',
    {
      schema: {
        tags,
        summary:
          'Record the outcome and the minutes (Berita Acara / notulen); the ticket is done and the business emailed',
        params: idParams,
        body: ZConsultationOutcome,
        response: { 200: ZConsultation, ...errors },
      },
    },
    async (req) => answerConsultation(authed(req, db), { id: req.params.id, answer: req.body }),
  );
  app.post(
    '/api/control/consultations/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an open ticket without an answer, with the reason; its case is cancelled',
        params: idParams,
        body: ZCloseConsultation,
        response: { 200: ZConsultation, ...errors },
      },
    },
    async (req) => closeConsultation(authed(req, db), { id: req.params.id, close: req.body }),
  );
}
