import { ZId, ZText } from '@sigap/contracts';
import {
  ZCorrectLkpmReport,
  ZCreateLkpmReport,
  ZLkpmCompanyOptions,
  ZLkpmCompliance,
  ZLkpmList,
  ZLkpmQuery,
  ZLkpmReport,
  ZLkpmSettings,
  ZUpdateLkpmReport,
  ZVerifyLkpmReport,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { correctLkpmReport } from '../use-cases/correct-lkpm-report';
import { createLkpmReport } from '../use-cases/create-lkpm-report';
import { exportLkpmCompliance } from '../use-cases/export-lkpm-compliance';
import { getLkpmCompliance } from '../use-cases/get-lkpm-compliance';
import { getLkpmReport } from '../use-cases/get-lkpm-report';
import { getLkpmSettings } from '../use-cases/get-lkpm-settings';
import { listLkpmCompanies } from '../use-cases/list-lkpm-companies';
import { listLkpmReports } from '../use-cases/list-lkpm-reports';
import { setLkpmSettings } from '../use-cases/set-lkpm-settings';
import { submitLkpmReport } from '../use-cases/submit-lkpm-report';
import { updateLkpmReport } from '../use-cases/update-lkpm-report';
import { verifyLkpmReport } from '../use-cases/verify-lkpm-report';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * LKPM reports (issue 11 item 2): staff entry as a draft, submission into SOP 067/006's
 * verification, the verifier's approval or return with items to correct, the company's
 * correction, the deadline setting and compliance (page and XLSX).
 */
export async function lkpmRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['lkpm'];

  app.get(
    '/api/lkpm-reports',
    {
      schema: {
        tags,
        summary: 'LKPM reports of the agency (filters: period, status, company)',
        querystring: ZLkpmQuery,
        response: { 200: ZLkpmList, ...errors },
      },
    },
    async (req) => listLkpmReports(authed(req, db), req.query),
  );
  app.post(
    '/api/lkpm-reports',
    {
      schema: {
        tags,
        summary:
          'Enter an LKPM report for a company, business line and ended period (saved as DRAF); quarter for medium/large, half-year for small; micro exempt',
        body: ZCreateLkpmReport,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => createLkpmReport(authed(req, db), req.body),
  );
  app.get(
    '/api/lkpm-reports/companies',
    {
      schema: {
        tags,
        summary: 'Companies that file LKPM, with their business lines (for the entry form)',
        querystring: z.object({ q: ZText.max(200).optional() }),
        response: { 200: ZLkpmCompanyOptions, ...errors },
      },
    },
    async (req) => listLkpmCompanies(authed(req, db), req.query.q?.trim() || undefined),
  );
  app.get(
    '/api/lkpm-reports/compliance',
    {
      schema: {
        tags,
        summary: 'Companies that have not reported for the current period, and for two periods in a row',
        response: { 200: ZLkpmCompliance, ...errors },
      },
    },
    async (req) => getLkpmCompliance(authed(req, db)),
  );
  app.get(
    '/api/lkpm-reports/compliance.xlsx',
    {
      schema: {
        tags,
        summary: 'The compliance lists as XLSX',
        response: { 200: z.instanceof(Buffer).describe('XLSX'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await exportLkpmCompliance(authed(req, db));
      return sendDownload(reply, { contentType: XLSX, filename: f.filename, bytes: f.body });
    },
  );
  app.get(
    '/api/lkpm-settings',
    {
      schema: {
        tags,
        summary: 'The LKPM deadline day (days after the period ends; 15 by default)',
        response: { 200: ZLkpmSettings, ...errors },
      },
    },
    async (req) => getLkpmSettings(authed(req, db)),
  );
  app.put(
    '/api/lkpm-settings',
    {
      schema: {
        tags,
        summary: 'Set the LKPM deadline day (administrator)',
        body: ZLkpmSettings,
        response: { 200: ZLkpmSettings, ...errors },
      },
    },
    async (req) => setLkpmSettings(authed(req, db), req.body),
  );
  app.get(
    '/api/lkpm-reports/:id',
    {
      schema: {
        tags,
        summary: 'One LKPM report with its timeline',
        params: idParams,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => getLkpmReport(authed(req, db), req.params.id),
  );
  app.put(
    '/api/lkpm-reports/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft LKPM report',
        params: idParams,
        body: ZUpdateLkpmReport,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => updateLkpmReport(authed(req, db), { id: req.params.id, values: req.body }),
  );
  app.post(
    '/api/lkpm-reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft (TERKIRIM): starts its verification case (SOP 067/006)',
        params: idParams,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => submitLkpmReport(authed(req, db), req.params.id),
  );
  app.post(
    '/api/lkpm-reports/:id/verify',
    {
      schema: {
        tags,
        summary:
          'The verifier approves (DISETUJUI, the case ends) or returns with the items to correct, each with a note (PERLU PERBAIKAN)',
        params: idParams,
        body: ZVerifyLkpmReport,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => verifyLkpmReport(authed(req, db), { id: req.params.id, decision: req.body }),
  );
  app.post(
    '/api/lkpm-reports/:id/correct',
    {
      schema: {
        tags,
        summary:
          "Record the company's correction of a returned report (SUDAH DIPERBAIKI): back to the verifier",
        params: idParams,
        body: ZCorrectLkpmReport,
        response: { 200: ZLkpmReport, ...errors },
      },
    },
    async (req) => correctLkpmReport(authed(req, db), { id: req.params.id, correction: req.body }),
  );
}
