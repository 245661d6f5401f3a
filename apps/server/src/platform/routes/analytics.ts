import { ZSopAnalyticsQuery, ZSopAnalyticsResponse } from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { exportSopAnalytics } from '../use-cases/analytics/export-sop-analytics';
import { getSopAnalytics } from '../use-cases/analytics/get-sop-analytics';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function analyticsRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['analytics'];
  app.get(
    '/api/analytics/sops',
    {
      schema: {
        tags,
        summary: 'SOP compliance per step: actual working time against the standard, waiting, send-backs',
        querystring: ZSopAnalyticsQuery,
        response: { 200: ZSopAnalyticsResponse, ...errors },
      },
    },
    async (req) => getSopAnalytics(authed(req, db), req.query),
  );
  app.get(
    '/api/analytics/sops.xlsx',
    {
      schema: {
        tags,
        summary: 'The same analytics as an XLSX workbook (summary sheet and per-step sheet)',
        querystring: ZSopAnalyticsQuery,
        response: { 200: z.instanceof(Buffer).describe('XLSX workbook'), ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await exportSopAnalytics(authed(req, db), req.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${filename}"`).send(body);
    },
  );
}
