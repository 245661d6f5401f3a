import {
  ZControlDashboardQuery,
  ZLkpmComplianceDashboard,
  ZRealisationDashboard,
  ZSanctionsDashboard,
  ZSupervisionProgressDashboard,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { type ControlDashboardKind, exportControlDashboard } from '../use-cases/export-control-dashboard';
import { getLkpmComplianceDashboard } from '../use-cases/get-lkpm-compliance-dashboard';
import { getRealisationDashboard } from '../use-cases/get-realisation-dashboard';
import { getSanctionsDashboard } from '../use-cases/get-sanctions-dashboard';
import { getSupervisionProgressDashboard } from '../use-cases/get-supervision-progress-dashboard';

const errors = errorResponses(400, 401, 403);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The control dashboards (issue 11 item 8), each also as an XLSX workbook. */
export async function dashboardRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: dashboards'];
  const dashboards = [
    {
      kind: 'realisation',
      response: ZRealisationDashboard,
      summary:
        'Investment realisation of a year from LKPM reports against plans, by period, PMA/PMDN, KBLI section, regency and risk level',
      get: getRealisationDashboard,
    },
    {
      kind: 'lkpm-compliance',
      response: ZLkpmComplianceDashboard,
      summary: 'LKPM compliance per period of a year: expected, reported, on time, approved, rate',
      get: getLkpmComplianceDashboard,
    },
    {
      kind: 'supervision-progress',
      response: ZSupervisionProgressDashboard,
      summary:
        "Progress of the year's routine supervision plan per month (planned, letter issued, done, cancelled)",
      get: getSupervisionProgressDashboard,
    },
    {
      kind: 'sanctions',
      response: ZSanctionsDashboard,
      summary:
        'Sanctions issued in a year by stage of the ladder and status (open, complied, escalated) with the overdue warnings',
      get: getSanctionsDashboard,
    },
  ] as const;
  for (const d of dashboards) {
    app.get(
      `/api/control/dashboards/${d.kind}`,
      {
        schema: {
          tags,
          summary: d.summary,
          querystring: ZControlDashboardQuery,
          response: { 200: d.response, ...errors },
        },
      },
      async (req) => d.get(authed(req, db), req.query),
    );
    app.get(
      `/api/control/dashboards/${d.kind}.xlsx`,
      {
        schema: {
          tags,
          summary: `${d.summary} (XLSX workbook)`,
          querystring: ZControlDashboardQuery,
          response: { 200: z.instanceof(Buffer).describe('XLSX workbook'), ...errors },
        },
      },
      async (req, reply) => {
        const f = await exportControlDashboard(authed(req, db), {
          kind: d.kind as ControlDashboardKind,
          query: req.query,
        });
        return sendDownload(reply, { contentType: XLSX, filename: f.filename, bytes: f.body });
      },
    );
  }
}
