import { ZId } from '@sigap/contracts';
import { ZPin } from '@sigap/contracts/complaints';
import {
  ZEarliestDate,
  ZFacilitationFields,
  ZOneOnOneFields,
  ZPublicServiceRequest,
  ZRegisterServiceRequest,
  ZServiceRequest,
  ZServiceRequestAction,
  ZServiceRequestList,
  ZServiceRequestQuery,
  ZServiceRequestReceipt,
  ZTrackServiceRequest,
} from '@sigap/contracts/service-requests';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed, ctx } from '../../../platform/plugins/session';
import { readMultipart, sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { actOnServiceRequest } from '../use-cases/act-on-service-request';
import { addServiceRequestFiles } from '../use-cases/add-service-request-files';
import { getEarliestFacilitationDate } from '../use-cases/get-earliest-facilitation-date';
import { getPublicServiceRequestReceipt } from '../use-cases/get-public-service-request-receipt';
import { getServiceRequest } from '../use-cases/get-service-request';
import { getServiceRequestFile } from '../use-cases/get-service-request-file';
import { listServiceRequests } from '../use-cases/list-service-requests';
import { printServiceRequestReceipt } from '../use-cases/print-service-request-receipt';
import { registerServiceRequest } from '../use-cases/register-service-request';
import { submitFacilitationRequest } from '../use-cases/submit-facilitation-request';
import { submitOneOnOneRequest } from '../use-cases/submit-one-on-one-request';
import { trackServiceRequest } from '../use-cases/track-service-request';

const errors = errorResponses(400, 401, 403, 404, 409, 413, 429);
const PDF = 'application/pdf';
const idParams = z.object({ id: ZId });

/**
 * Service requests (issue 10): the two public forms and tracking without an account,
 * rate-limited; the team's register, staff registration and handling.
 */
export async function serviceRequestRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['service requests'];
  const publicTags = ['public service requests'];
  const files = { attachments: { max: 5 } };

  app.post(
    '/api/public/service-requests/one-on-one',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 hour' }, multipart: { fields: ZOneOnOneFields, files } },
      schema: {
        tags: publicTags,
        summary:
          'Request a one-on-one meeting (SK 177/2024; multipart: the fields of ZOneOnOneFields; files `attachments`: the supporting data, 1-5 PDF/JPEG/PNG/DOCX of 10 MB). Answers the public code and the PIN, once.',
        consumes: ['multipart/form-data'],
        response: { 200: ZServiceRequestReceipt, ...errors },
      },
    },
    async (req) =>
      submitOneOnOneRequest(ctx(req, db), { ...(await readMultipart(req, 'topics')), publicUrl }),
  );
  app.post(
    '/api/public/service-requests/facilitation',
    {
      config: {
        rateLimit: { max: 30, timeWindow: '1 hour' },
        multipart: { fields: ZFacilitationFields, files: { ...files, consultationProof: { max: 5 } } },
      },
      schema: {
        tags: publicTags,
        summary:
          'Request a technical-issue facilitation (seed 001; multipart: the fields of ZFacilitationFields; files `attachments` (supporting data) and `consultationProof`). The proposed date must be at least 5 working days after receipt.',
        consumes: ['multipart/form-data'],
        response: { 200: ZServiceRequestReceipt, ...errors },
      },
    },
    async (req) =>
      submitFacilitationRequest(ctx(req, db), { ...(await readMultipart(req, 'chronology')), publicUrl }),
  );
  app.get(
    '/api/public/service-requests/earliest-date',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary:
          'The earliest facilitation date a request sent now may propose (5 working days after receipt)',
        querystring: z.object({ agencyId: ZId }),
        response: { 200: ZEarliestDate, ...errors },
      },
    },
    async (req) => getEarliestFacilitationDate(ctx(req, db), req.query.agencyId),
  );
  app.post(
    '/api/public/service-requests/track',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Track a service request with its public code (LAY-…) and PIN (throttled as complaints are)',
        body: ZTrackServiceRequest,
        response: { 200: ZPublicServiceRequest, ...errors },
      },
    },
    async (req) => trackServiceRequest(ctx(req, db), { ...req.body, client: req.ip, publicUrl }),
  );
  app.post(
    '/api/public/service-requests/receipt',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'The receipt PDF of a service request again (public code and PIN)',
        body: ZTrackServiceRequest,
        response: { 200: z.instanceof(Buffer).describe('PDF'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getPublicServiceRequestReceipt(ctx(req, db), {
        ...req.body,
        client: req.ip,
        publicUrl,
      });
      return sendDownload(reply, { contentType: PDF, filename: f.filename, bytes: f.body });
    },
  );

  app.post(
    '/api/service-requests',
    {
      schema: {
        tags,
        summary:
          'Register a request from a letter brought in person, an email or an e-office memo (administration office)',
        body: ZRegisterServiceRequest,
        response: { 200: ZServiceRequestReceipt, ...errors },
      },
    },
    async (req) => registerServiceRequest(authed(req, db), { request: req.body, publicUrl }),
  );
  app.get(
    '/api/service-requests',
    {
      schema: {
        tags,
        summary: 'The service-request register (the team)',
        querystring: ZServiceRequestQuery,
        response: { 200: ZServiceRequestList, ...errors },
      },
    },
    async (req) => listServiceRequests(authed(req, db), req.query),
  );
  app.get(
    '/api/service-requests/:id',
    {
      schema: {
        tags,
        summary: 'One service request (the team)',
        params: idParams,
        response: { 200: ZServiceRequest, ...errors },
      },
    },
    async (req) => getServiceRequest(authed(req, db), req.params.id),
  );
  app.post(
    '/api/service-requests/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Handle a request: reply (accept/refuse, one-on-one), register, assign, reschedule, finish (facilitation), complete missing requirements',
        params: idParams,
        body: ZServiceRequestAction,
        response: { 200: ZServiceRequest, ...errors },
      },
    },
    async (req) => actOnServiceRequest(authed(req, db), { id: req.params.id, action: req.body, publicUrl }),
  );
  app.post(
    '/api/service-requests/:id/files',
    {
      config: { multipart: { files: { attachments: { max: 5, required: true } } } },
      schema: {
        tags,
        summary:
          'Add supporting data to a request (multipart files `attachments`: 1-5 PDF/JPEG/PNG/DOCX of 10 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZServiceRequest, ...errors },
      },
    },
    async (req) =>
      addServiceRequestFiles(authed(req, db), {
        id: req.params.id,
        ...(await readMultipart(req, 'attachments')),
      }),
  );
  app.get(
    '/api/service-requests/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: "Download a request's file (supporting data, consultation proof, the letter's scan)",
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('PDF, JPEG, PNG or DOCX'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getServiceRequestFile(authed(req, db), req.params);
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );
  app.post(
    '/api/service-requests/:id/receipt',
    {
      schema: {
        tags,
        summary:
          'Print the receipt for the applicant, who types the PIN (a wrong PIN counts against the public code)',
        params: idParams,
        body: z.object({ pin: ZPin }).strict(),
        response: { 200: z.instanceof(Buffer).describe('PDF'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await printServiceRequestReceipt(authed(req, db), {
        id: req.params.id,
        pin: req.body.pin,
        publicUrl,
        client: req.ip,
      });
      return sendDownload(reply, { contentType: PDF, filename: f.filename, bytes: f.body });
    },
  );
}
