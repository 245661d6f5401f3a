import { ZId, ZTrackingCode } from '@sigap/contracts';
import {
  COMPLAINT_FILES_MAX,
  ZAddInfoFields,
  ZAnswerInputRequest,
  ZComplaint,
  ZComplaintAction,
  ZComplaintList,
  ZComplaintQuery,
  ZComplaintReceipt,
  ZComplaintSettings,
  ZInputRequest,
  ZPortalComplaintFields,
  ZPublicComplaint,
  ZRecordComplaintRequest,
  ZTrackRequest,
} from '@sigap/contracts/complaints';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed, ctx } from '../../../platform/plugins/session';
import { readMultipart, sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { actOnComplaint } from '../use-cases/act-on-complaint';
import { addComplaintAttachments } from '../use-cases/add-complaint-attachments';
import { addComplaintInfo } from '../use-cases/add-complaint-info';
import { answerInputRequest } from '../use-cases/answer-input-request';
import { getComplaint } from '../use-cases/get-complaint';
import { getComplaintAttachment } from '../use-cases/get-complaint-attachment';
import { getComplaintSettings } from '../use-cases/get-complaint-settings';
import { getPublicComplaintAttachment } from '../use-cases/get-public-complaint-attachment';
import { getPublicComplaintStatus } from '../use-cases/get-public-complaint-status';
import { listComplaints } from '../use-cases/list-complaints';
import { listInputRequests } from '../use-cases/list-input-requests';
import { recordComplaint } from '../use-cases/record-complaint';
import { setComplaintSettings } from '../use-cases/set-complaint-settings';
import { submitPortalComplaint } from '../use-cases/submit-portal-complaint';
import { trackComplaint } from '../use-cases/track-complaint';

const errors = errorResponses(400, 401, 403, 404, 409, 413, 429);
const idParams = z.object({ id: ZId });

/**
 * Public complaints (Perka BKPM 12/2015): the portal form and tracking without an account,
 * rate-limited; the complaint team's register, forms A/B/C and handling; units' input requests.
 */
export async function complaintRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['complaints'];
  const publicTags = ['public complaints'];

  app.post(
    '/api/public/complaints',
    {
      config: {
        rateLimit: { max: 30, timeWindow: '1 hour' },
        multipart: { fields: ZPortalComplaintFields, files: { attachments: { max: COMPLAINT_FILES_MAX } } },
      },
      schema: {
        tags: publicTags,
        summary:
          'File a complaint on the portal (multipart: the fields of ZPortalComplaintFields; files `attachments`: up to 5 PDF/JPEG/PNG/DOCX of 10 MB each). Answers the public tracking code and the PIN, once.',
        consumes: ['multipart/form-data'],
        response: { 200: ZComplaintReceipt, ...errors },
      },
    },
    async (req) =>
      submitPortalComplaint(ctx(req, db), { ...(await readMultipart(req, 'description')), publicUrl }),
  );
  app.post(
    '/api/public/complaints/track',
    {
      // with the PIN throttles (per code and client, per code), guessing a 6-digit PIN is out of reach
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary:
          'Track a complaint with its public code and PIN (rate-limited; after a few wrong PINs, growing waits per code and client and per code: 429 with Retry-After)',
        body: ZTrackRequest,
        response: { 200: ZPublicComplaint, ...errors },
      },
    },
    async (req) => trackComplaint(ctx(req, db), { ...req.body, client: req.ip }),
  );
  app.get(
    '/api/public/complaints/status/:trackingCode',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Status and step dates by public code alone (nothing for a confidential complaint)',
        params: z.object({ trackingCode: ZTrackingCode }),
        response: { 200: ZPublicComplaint, ...errors },
      },
    },
    async (req) => getPublicComplaintStatus(ctx(req, db), req.params.trackingCode),
  );
  app.post(
    '/api/public/complaints/info',
    {
      config: {
        rateLimit: { max: 10, timeWindow: '1 minute' },
        multipart: { fields: ZAddInfoFields, files: { attachments: { max: COMPLAINT_FILES_MAX } } },
      },
      schema: {
        tags: publicTags,
        summary:
          'Add information or documents to an open complaint (multipart: trackingCode, pin, text; files `attachments`)',
        consumes: ['multipart/form-data'],
        response: { 200: ZPublicComplaint, ...errors },
      },
    },
    async (req) =>
      addComplaintInfo(ctx(req, db), { ...(await readMultipart(req, 'text')), publicUrl, client: req.ip }),
  );

  app.post(
    '/api/public/complaints/attachment',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: "Download one of the reporter's own attachments again (public code and PIN)",
        body: ZTrackRequest.extend({ fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('PDF, JPEG, PNG or DOCX'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getPublicComplaintAttachment(ctx(req, db), { ...req.body, client: req.ip });
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );

  app.post(
    '/api/complaints',
    {
      schema: {
        tags,
        summary: 'Record a complaint on Form A (face to face), B (complaint box) or C (other channels)',
        body: ZRecordComplaintRequest,
        response: { 200: ZComplaintReceipt, ...errors },
      },
    },
    async (req) => recordComplaint(authed(req, db), { request: req.body, publicUrl }),
  );
  app.get(
    '/api/complaints',
    {
      schema: {
        tags,
        summary: 'The complaint register (complaint team)',
        querystring: ZComplaintQuery,
        response: { 200: ZComplaintList, ...errors },
      },
    },
    async (req) => listComplaints(authed(req, db), req.query),
  );
  app.get(
    '/api/complaints/settings',
    {
      schema: {
        tags,
        summary: 'Complaint settings of the agency',
        response: { 200: ZComplaintSettings, ...errors },
      },
    },
    async (req) => getComplaintSettings(authed(req, db)),
  );
  app.put(
    '/api/complaints/settings',
    {
      schema: {
        tags,
        summary: 'Set the type-f answer time and the complaints mailbox (administrators)',
        body: ZComplaintSettings,
        response: { 200: ZComplaintSettings, ...errors },
      },
    },
    async (req) => setComplaintSettings(authed(req, db), req.body),
  );
  app.get(
    '/api/complaints/:id',
    {
      schema: {
        tags,
        summary: 'One complaint (complaint team)',
        params: idParams,
        response: { 200: ZComplaint, ...errors },
      },
    },
    async (req) => getComplaint(authed(req, db), req.params.id),
  );
  app.post(
    '/api/complaints/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Handle a complaint: first response, settle at once, forward to the working group, examine, ask a unit for input, coordinate, decide on and record the follow-up meeting, answer, close, merge/undo, reveal identity, confirm/reject an email draft',
        params: idParams,
        body: ZComplaintAction,
        response: { 200: ZComplaint, ...errors },
      },
    },
    async (req) => actOnComplaint(authed(req, db), { id: req.params.id, action: req.body, publicUrl }),
  );
  app.post(
    '/api/complaints/:id/attachments',
    {
      config: { multipart: { files: { attachments: { max: COMPLAINT_FILES_MAX, required: true } } } },
      schema: {
        tags,
        summary: 'Add supporting documents to a complaint (multipart files `attachments`)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZComplaint, ...errors },
      },
    },
    async (req) =>
      addComplaintAttachments(authed(req, db), {
        id: req.params.id,
        ...(await readMultipart(req, 'attachments')),
      }),
  );
  app.get(
    '/api/complaints/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: 'Download an attachment of a complaint',
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('PDF, JPEG, PNG or DOCX'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getComplaintAttachment(authed(req, db), req.params);
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );
  app.get(
    '/api/complaint-input-requests',
    {
      schema: {
        tags,
        summary: "Input requests from the complaint working group to the reader's units",
        querystring: z.object({ status: z.enum(['open', 'answered', 'all']).default('open') }),
        response: { 200: z.object({ items: z.array(ZInputRequest) }), ...errors },
      },
    },
    async (req) => listInputRequests(authed(req, db), req.query),
  );
  app.post(
    '/api/complaint-input-requests/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer the working group’s request for input',
        params: idParams,
        body: ZAnswerInputRequest,
        response: { 200: ZInputRequest, ...errors },
      },
    },
    async (req) => answerInputRequest(authed(req, db), { id: req.params.id, answer: req.body.answer }),
  );
}
