import { ZId } from '@sigap/contracts';
import {
  ZCreateMonitoringRound,
  ZMonitoringList,
  ZMonitoringQuery,
  ZMonitoringReportInput,
  ZMonitoringResultInput,
  ZMonitoringRoundDetail,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { createMonitoringRound } from '../use-cases/create-monitoring-round';
import { getMonitoringRound } from '../use-cases/get-monitoring-round';
import { listMonitoringRounds } from '../use-cases/list-monitoring-rounds';
import { recordMonitoringResult } from '../use-cases/record-monitoring-result';
import { reportMonitoringRound } from '../use-cases/report-monitoring-round';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });

/**
 * Monitoring rounds (issue 11 item 5): monitoring of investment implementation (SOP 067/001) and
 * of the licensing service process (SOP 067/005), with each chosen company's result and the report.
 */
export async function monitoringRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: monitoring'];
  app.get(
    '/api/control/monitoring',
    {
      schema: {
        tags,
        summary: "The agency's monitoring rounds, newest first (by kind, status, title)",
        querystring: ZMonitoringQuery,
        response: { 200: ZMonitoringList, ...errors },
      },
    },
    async (req) => listMonitoringRounds(authed(req, db), req.query),
  );
  app.post(
    '/api/control/monitoring',
    {
      schema: {
        tags,
        summary:
          'Start a monitoring round (SOP 067/001 or 067/005) over a period, of the registry companies its filters choose; its case starts',
        body: ZCreateMonitoringRound,
        response: { 200: ZMonitoringRoundDetail, ...errors },
      },
    },
    async (req) => createMonitoringRound(authed(req, db), req.body),
  );
  app.get(
    '/api/control/monitoring/:id',
    {
      schema: {
        tags,
        summary: 'One monitoring round with each company’s result',
        params: idParams,
        response: { 200: ZMonitoringRoundDetail, ...errors },
      },
    },
    async (req) => getMonitoringRound(authed(req, db), req.params.id),
  );
  app.put(
    '/api/control/monitoring/:id/results/:resultId',
    {
      schema: {
        tags,
        summary: "Record a company's result: status notes, problems, follow-up (none, guidance, supervision)",
        params: z.object({ id: ZId, resultId: ZId }),
        body: ZMonitoringResultInput,
        response: { 200: ZMonitoringRoundDetail, ...errors },
      },
    },
    async (req) =>
      recordMonitoringResult(authed(req, db), {
        roundId: req.params.id,
        resultId: req.params.resultId,
        result: req.body,
      }),
  );
  app.post(
    '/api/control/monitoring/:id/report',
    {
      schema: {
        tags,
        summary: "Write the round's report once every result is recorded; the round becomes reported",
        params: idParams,
        body: ZMonitoringReportInput,
        response: { 200: ZMonitoringRoundDetail, ...errors },
      },
    },
    async (req) => reportMonitoringRound(authed(req, db), { id: req.params.id, body: req.body }),
  );
}
