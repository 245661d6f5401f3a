import { ZId } from '@sigap/contracts';
import {
  ZDailyTally,
  ZDailyTallyQuery,
  ZPin,
  ZPublicStats,
  ZPublicStatsQuery,
  ZSendWeeklyRecapRequest,
  ZTrackRequest,
  ZWeeklyRecapDelivery,
  ZWeeklyRecapQuery,
  ZWeeklyRecapView,
} from '@sigap/contracts/complaints';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed, ctx } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { exportWeeklyRecap } from '../use-cases/export-weekly-recap';
import { getDailyTally } from '../use-cases/get-daily-tally';
import { getPublicComplaintReceipt } from '../use-cases/get-public-complaint-receipt';
import { getPublicComplaintStats } from '../use-cases/get-public-complaint-stats';
import { getWeeklyRecap } from '../use-cases/get-weekly-recap';
import { printComplaintReceipt } from '../use-cases/print-complaint-receipt';
import { sendWeeklyRecap } from '../use-cases/send-weekly-recap';

const errors = errorResponses(400, 401, 403, 404, 429);
const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Complaint reports (Perka BKPM 12/2015 Pasal 10): the daily tally and the weekly recap for the
 * complaint team and the head of the agency; public statistics without a login; printable
 * receipts for whoever holds the public code and the PIN.
 */
export async function complaintReportRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['complaint reports'];
  const publicTags = ['public complaints'];
  const file = (description: string) => z.instanceof(Buffer).describe(description);

  app.get(
    '/api/complaints/reports/daily',
    {
      schema: {
        tags,
        summary: 'Complaints received on one local day (today unless `date`) by type, channel and status',
        querystring: ZDailyTallyQuery,
        response: { 200: ZDailyTally, ...errors },
      },
    },
    async (req) => getDailyTally(authed(req, db), req.query),
  );
  app.get(
    '/api/complaints/reports/weekly',
    {
      schema: {
        tags,
        summary:
          'Weekly recap with follow-ups: the Monday-Sunday week containing `week` (default the last complete week) in the agency zone',
        querystring: ZWeeklyRecapQuery,
        response: { 200: ZWeeklyRecapView, ...errors },
      },
    },
    async (req) => getWeeklyRecap(authed(req, db), req.query),
  );
  app.post(
    '/api/complaints/reports/weekly/send',
    {
      schema: {
        tags,
        summary:
          "The working-group chair sends the week's prepared recap to the head of the agency with a note (Pasal 10 ayat 2); 409 when already sent",
        body: ZSendWeeklyRecapRequest,
        response: { 200: ZWeeklyRecapDelivery, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => sendWeeklyRecap(authed(req, db), req.body),
  );
  const formats = [
    { format: 'pdf', type: PDF, summary: 'The weekly recap as an A4 PDF (Indonesian)', what: 'PDF' },
    {
      format: 'xlsx',
      type: XLSX,
      summary: 'The weekly recap as an XLSX workbook (sheets "Rekap" and "Tindak lanjut")',
      what: 'XLSX workbook',
    },
  ] as const;
  for (const f of formats) {
    app.get(
      `/api/complaints/reports/weekly.${f.format}`,
      {
        schema: {
          tags,
          summary: f.summary,
          querystring: ZWeeklyRecapQuery,
          response: { 200: file(f.what), ...errors },
        },
      },
      async (req, reply) => {
        const { filename, body } = await exportWeeklyRecap(authed(req, db), {
          ...req.query,
          format: f.format,
        });
        return sendDownload(reply, { contentType: f.type, filename, bytes: body });
      },
    );
  }
  app.post(
    '/api/complaints/:id/receipt',
    {
      schema: {
        tags,
        summary:
          'Print the receipt of a complaint for its reporter, who types the PIN (complaint team; a wrong PIN counts against the public code)',
        params: z.object({ id: ZId }),
        body: z.object({ pin: ZPin }).strict(),
        response: { 200: file('PDF'), ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await printComplaintReceipt(authed(req, db), {
        id: req.params.id,
        pin: req.body.pin,
        publicUrl,
        client: req.ip,
      });
      return sendDownload(reply, { contentType: PDF, filename: filename, bytes: body });
    },
  );

  app.get(
    '/api/public/complaints/stats',
    {
      // counts only, nothing personal: browsers and proxies may keep it for five minutes
      config: { rateLimit: { max: 30, timeWindow: '1 minute' }, cache: 'public, max-age=300' },
      schema: {
        tags: publicTags,
        summary:
          "Public complaint statistics of one agency and year (the agency's local year; this year unless given): counts only",
        querystring: ZPublicStatsQuery,
        response: { 200: ZPublicStats, ...errors },
      },
    },
    async (req) => getPublicComplaintStats(ctx(req, db), req.query),
  );
  app.post(
    '/api/public/complaints/receipt',
    {
      // the same budget and PIN throttles as tracking: a PIN cannot be guessed here either
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary:
          'The printable receipt (PDF) for the holder of the public tracking code and PIN (rate-limited and throttled as tracking)',
        body: ZTrackRequest,
        response: { 200: file('PDF'), ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await getPublicComplaintReceipt(ctx(req, db), {
        ...req.body,
        publicUrl,
        client: req.ip,
      });
      return sendDownload(reply, { contentType: PDF, filename: filename, bytes: body });
    },
  );
}
