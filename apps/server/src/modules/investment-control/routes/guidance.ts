import { ZId } from '@sigap/contracts';
import {
  GUIDANCE_MATERIALS_MAX,
  ZCreateGuidance,
  ZGuidance,
  ZGuidanceAttendance,
  ZGuidanceList,
  ZGuidanceMinutes,
  ZGuidanceQuery,
  ZGuidanceSurvey,
  ZGuidanceSurveyAnswer,
  ZGuidanceSurveyToken,
  ZInviteGuidance,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed, ctx } from '../../../platform/plugins/session';
import { readMultipart, sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { addGuidanceMaterials } from '../use-cases/add-guidance-materials';
import { answerGuidanceSurvey } from '../use-cases/answer-guidance-survey';
import { createGuidance } from '../use-cases/create-guidance';
import { getGuidance } from '../use-cases/get-guidance';
import { getGuidanceMaterial } from '../use-cases/get-guidance-material';
import { getGuidanceSurvey } from '../use-cases/get-guidance-survey';
import { inviteGuidanceCompanies } from '../use-cases/invite-guidance-companies';
import { listGuidance } from '../use-cases/list-guidance';
import { recordGuidanceAttendance } from '../use-cases/record-guidance-attendance';
import { recordGuidanceMinutes } from '../use-cases/record-guidance-minutes';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const idParams = z.object({ id: ZId });

/**
 * Guidance (issue 11 item 4, SOPs 067/002-067/004): on request, from supervision results, or a
 * Bimtek with invitations, attendance, materials, minutes, a satisfaction survey per participant
 * (public, by token) and the evaluation of LKPM filing before and after.
 */
export async function guidanceRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['investment control: guidance'];
  app.get(
    '/api/control/guidance',
    {
      schema: {
        tags,
        summary:
          "The agency's guidance, newest session first (by kind or company), with the LKPM filing evaluation summed over all",
        querystring: ZGuidanceQuery,
        response: { 200: ZGuidanceList, ...errors },
      },
    },
    async (req) => listGuidance(authed(req, db), req.query),
  );
  app.post(
    '/api/control/guidance',
    {
      schema: {
        tags,
        summary:
          'Record a guidance (on request SOP 067/002, from supervision 067/003, Bimtek 067/004) on a working day; its case starts',
        body: ZCreateGuidance,
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) => createGuidance(authed(req, db), req.body),
  );
  app.get(
    '/api/control/guidance/:id',
    {
      schema: {
        tags,
        summary: 'One guidance with participants, attendance, materials, minutes, survey and evaluation',
        params: idParams,
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) => getGuidance(authed(req, db), req.params.id),
  );
  app.post(
    '/api/control/guidance/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite registry companies to a Bimtek; each gets the session details by email',
        params: idParams,
        body: ZInviteGuidance,
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) => inviteGuidanceCompanies(authed(req, db), { id: req.params.id, body: req.body }),
  );
  app.post(
    '/api/control/guidance/:id/attendance',
    {
      schema: {
        tags,
        summary:
          "Record attendance on or after the session's day; those present get their survey link by email",
        params: idParams,
        body: ZGuidanceAttendance,
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) =>
      recordGuidanceAttendance(authed(req, db), { id: req.params.id, body: req.body, publicUrl }),
  );
  app.post(
    '/api/control/guidance/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Record the minutes (notulensi) on or after the day; the guidance is held',
        params: idParams,
        body: ZGuidanceMinutes,
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) => recordGuidanceMinutes(authed(req, db), { id: req.params.id, body: req.body }),
  );
  app.post(
    '/api/control/guidance/:id/materials',
    {
      config: { multipart: { files: { materials: { max: GUIDANCE_MATERIALS_MAX, required: true } } } },
      schema: {
        tags,
        summary: 'Add materials (PDF, DOCX, JPEG or PNG; multipart files `materials`) to a guidance',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZGuidance, ...errors },
      },
    },
    async (req) =>
      addGuidanceMaterials(authed(req, db), {
        id: req.params.id,
        ...(await readMultipart(req, 'materials')),
      }),
  );
  app.get(
    '/api/control/guidance/:id/materials/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a material of a guidance',
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('PDF, DOCX, JPEG or PNG'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getGuidanceMaterial(authed(req, db), req.params);
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );
  const publicTags = ['public guidance survey'];
  app.get(
    '/api/public/guidance-survey/:token',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: "A guidance participant's satisfaction survey (the token of its link)",
        params: ZGuidanceSurveyToken,
        response: { 200: ZGuidanceSurvey, ...errors },
      },
    },
    async (req) => getGuidanceSurvey(ctx(req, db), req.params.token),
  );
  app.post(
    '/api/public/guidance-survey/:token',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Answer the satisfaction survey of a guidance (1-4 and a comment), once',
        params: ZGuidanceSurveyToken,
        body: ZGuidanceSurveyAnswer,
        response: { 200: ZGuidanceSurvey, ...errors },
      },
    },
    async (req) => answerGuidanceSurvey(ctx(req, db), { token: req.params.token, answer: req.body }),
  );
}
