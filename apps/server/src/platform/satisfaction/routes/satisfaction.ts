import { ZOk } from '@sigap/contracts';
import {
  ZAnswerSurveyRequest,
  ZIkmReport,
  ZIkmReportQuery,
  ZPublicIkm,
  ZPublicIkmQuery,
  ZPublicSurvey,
  ZSurveyToken,
} from '@sigap/contracts/satisfaction';
import { z } from 'zod';
import { authed, ctx } from '../../plugins/session';
import { sendDownload } from '../../routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../routes/types';
import { answerSurvey } from '../use-cases/answer-survey';
import { exportIkmReport } from '../use-cases/export-ikm-report';
import { getIkmReport } from '../use-cases/get-ikm-report';
import { getPublicIkm } from '../use-cases/get-public-ikm';
import { getPublicSurvey } from '../use-cases/get-public-survey';

const errors = errorResponses(400, 401, 403, 404, 409, 429);
const tokenParams = z.object({ token: ZSurveyToken });
const FORMATS = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The satisfaction survey (PermenPANRB 14/2017): the public questionnaire behind an
 * invitation's link and the public IKM per service, without an account and rate-limited; the
 * office's IKM report with its PDF and XLSX.
 */
export async function satisfactionRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const publicTags = ['public satisfaction survey'];
  const tags = ['satisfaction survey'];

  app.get(
    '/api/public/surveys/:token',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: "The survey behind an invitation's link: agency, service, and whether it is answered",
        params: tokenParams,
        response: { 200: ZPublicSurvey, ...errors },
      },
    },
    async (req) => getPublicSurvey(ctx(req, db), req.params.token),
  );
  app.post(
    '/api/public/surveys/:token',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary:
          'Answer the survey: the nine elements U1-U9 on 1-4, optional profile and suggestion; once per invitation (409 SURVEY_ALREADY_ANSWERED), stored anonymously',
        params: tokenParams,
        body: ZAnswerSurveyRequest,
        response: { 200: ZOk, ...errors },
      },
    },
    async (req) => answerSurvey(ctx(req, db), { token: req.params.token, answer: req.body }),
  );
  app.get(
    '/api/public/ikm',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' }, cache: 'public, max-age=300' },
      schema: {
        tags: publicTags,
        summary:
          "The IKM and grade of each service of an agency for a year (the agency's local year; this year unless given)",
        querystring: ZPublicIkmQuery,
        response: { 200: ZPublicIkm, ...errors },
      },
    },
    async (req) => getPublicIkm(ctx(req, db), req.query),
  );

  app.get(
    '/api/ikm',
    {
      schema: {
        tags,
        summary:
          'IKM report of one service, unit (or all) and period (month, quarter, year): element scores, index, grade, respondents against the minimum sample, trend, suggestions',
        querystring: ZIkmReportQuery,
        response: { 200: ZIkmReport, ...errors },
      },
    },
    async (req) => getIkmReport(authed(req, db), req.query),
  );
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/api/ikm.${format}`,
      {
        schema: {
          tags,
          summary: `The IKM report as ${format === 'pdf' ? 'an A4 PDF' : 'an XLSX workbook (sheets IKM, Tren, Saran)'}`,
          querystring: ZIkmReportQuery,
          response: { 200: z.instanceof(Buffer).describe(format.toUpperCase()), ...errors },
        },
      },
      async (req, reply) => {
        const { filename, body } = await exportIkmReport(authed(req, db), { ...req.query, format });
        return sendDownload(reply, { contentType: FORMATS[format], filename, bytes: body });
      },
    );
  }
}
