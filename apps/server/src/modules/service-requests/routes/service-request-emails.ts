import { ZId } from '@sigap/contracts';
import {
  ZDismissServiceRequestEmail,
  ZRegisterServiceRequest,
  ZServiceRequestEmail,
  ZServiceRequestEmailList,
  ZServiceRequestEmailQuery,
  ZServiceRequestReceipt,
  ZServiceRequestSettings,
} from '@sigap/contracts/service-requests';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { dismissServiceRequestEmail } from '../use-cases/dismiss-service-request-email';
import { getServiceRequestEmail } from '../use-cases/get-service-request-email';
import { getServiceRequestEmailAttachment } from '../use-cases/get-service-request-email-attachment';
import { getServiceRequestSettings } from '../use-cases/get-service-request-settings';
import { listServiceRequestEmails } from '../use-cases/list-service-request-emails';
import { registerServiceRequestFromEmail } from '../use-cases/register-service-request-from-email';
import { setServiceRequestSettings } from '../use-cases/set-service-request-settings';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });

/**
 * Emails to the service-request mailboxes (inbound SMTP), for the administration office to
 * register as requests or dismiss; and the agency's service-request settings (the mailboxes).
 */
export async function serviceRequestEmailRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['service requests'];

  app.get(
    '/api/service-request-settings',
    {
      schema: {
        tags,
        summary: "The agency's service-request settings (the mailboxes)",
        response: { 200: ZServiceRequestSettings, ...errors },
      },
    },
    async (req) => getServiceRequestSettings(authed(req, db)),
  );
  app.put(
    '/api/service-request-settings',
    {
      schema: {
        tags,
        summary: 'Set the service-request mailboxes (administrator)',
        body: ZServiceRequestSettings,
        response: { 200: ZServiceRequestSettings, ...errors },
      },
    },
    async (req) => setServiceRequestSettings(authed(req, db), req.body),
  );
  app.get(
    '/api/service-request-emails',
    {
      schema: {
        tags,
        summary: 'Emails to the service-request mailboxes by status (the administration office)',
        querystring: ZServiceRequestEmailQuery,
        response: { 200: ZServiceRequestEmailList, ...errors },
      },
    },
    async (req) => listServiceRequestEmails(authed(req, db), req.query),
  );
  app.get(
    '/api/service-request-emails/:id',
    {
      schema: {
        tags,
        summary: 'One email to the service-request mailboxes',
        params: idParams,
        response: { 200: ZServiceRequestEmail, ...errors },
      },
    },
    async (req) => getServiceRequestEmail(authed(req, db), req.params.id),
  );
  app.get(
    '/api/service-request-emails/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Download an attachment of the email',
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('the file'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getServiceRequestEmailAttachment(authed(req, db), req.params);
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );
  app.post(
    '/api/service-request-emails/:id/register',
    {
      schema: {
        tags,
        summary:
          "Register a request from the email (channel email, received when the email was; the email's attachments become the supporting data). 409 once registered or dismissed.",
        params: idParams,
        body: ZRegisterServiceRequest,
        response: { 200: ZServiceRequestReceipt, ...errors },
      },
    },
    async (req) =>
      registerServiceRequestFromEmail(authed(req, db), { id: req.params.id, request: req.body, publicUrl }),
  );
  app.post(
    '/api/service-request-emails/:id/dismiss',
    {
      schema: {
        tags,
        summary:
          'Set aside an email that is not a request, with the reason. 409 once registered or dismissed.',
        params: idParams,
        body: ZDismissServiceRequestEmail,
        response: { 200: ZServiceRequestEmail, ...errors },
      },
    },
    async (req) => dismissServiceRequestEmail(authed(req, db), { id: req.params.id, body: req.body }),
  );
}
