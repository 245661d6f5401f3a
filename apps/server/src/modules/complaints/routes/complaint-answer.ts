import { ZId } from '@sigap/contracts';
import { ZTrackRequest } from '@sigap/contracts/complaints';
import { z } from 'zod';
import { loadConfig } from '../../../config';
import { authed, ctx } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { getPublicComplaintAnswer } from '../use-cases/get-public-complaint-answer';
import { printComplaintAnswer } from '../use-cases/print-complaint-answer';

const errors = errorResponses(400, 401, 403, 404, 409, 429);
const PDF = 'application/pdf';

/**
 * The printable answer of an answered complaint with the QR code to the satisfaction survey:
 * printed by the complaint team at the counter, or by the holder of the code and PIN.
 */
export async function complaintAnswerRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const file = z.instanceof(Buffer).describe('PDF');
  app.get(
    '/api/complaints/:id/answer.pdf',
    {
      schema: {
        tags: ['complaint reports'],
        summary:
          'Print the answer of an answered complaint with the survey QR code, for its reporter (complaint team)',
        params: z.object({ id: ZId }),
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await printComplaintAnswer(authed(req, db), {
        id: req.params.id,
        publicUrl,
      });
      return sendDownload(reply, { contentType: PDF, filename, bytes: body });
    },
  );
  app.post(
    '/api/public/complaints/answer',
    {
      // the same budget and PIN throttles as tracking
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['public complaints'],
        summary:
          'The printable answer (PDF, with the survey QR code) for the holder of the public tracking code and PIN',
        body: ZTrackRequest,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await getPublicComplaintAnswer(ctx(req, db), {
        ...req.body,
        publicUrl,
        client: req.ip,
      });
      return sendDownload(reply, { contentType: PDF, filename, bytes: body });
    },
  );
}
