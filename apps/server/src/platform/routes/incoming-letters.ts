import {
  ZId,
  ZIncomingLetter,
  ZIncomingLetterList,
  ZIncomingLetterQuery,
  ZRegisterIncomingLetterFields,
  ZStartCaseFromLetterRequest,
  ZStartCaseFromLetterResponse,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { getIncomingLetterScan } from '../use-cases/letters/get-incoming-letter-scan';
import { getIncomingLetter, listIncomingLetters } from '../use-cases/letters/list-incoming-letters';
import { registerIncomingLetter } from '../use-cases/letters/register-incoming-letter';
import { startCaseFromLetter } from '../use-cases/letters/start-case-from-letter';
import { readMultipart, sendDownload } from './multipart';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const idParams = z.object({ id: ZId });

/** The agenda book of the administration office: register with the scan, search, download, follow up. */
export async function incomingLetterRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['incoming letters'];
  app.post(
    '/api/incoming-letters',
    {
      config: {
        multipart: { fields: ZRegisterIncomingLetterFields, files: { scan: { max: 1, required: true } } },
      },
      schema: {
        tags,
        summary:
          'Register an incoming letter (multipart: sender, letterNumber, letterDate, receivedAt?, subject; file `scan`: PDF/JPEG/PNG up to 10 MB)',
        consumes: ['multipart/form-data'],
        response: { 200: ZIncomingLetter, ...errors },
      },
    },
    async (req) => {
      const ctx = authed(req, db);
      return registerIncomingLetter(ctx, await readMultipart(req));
    },
  );
  app.get(
    '/api/incoming-letters',
    {
      schema: {
        tags,
        summary: 'Search the agenda book (agenda number, sender, letter number, subject) by date received',
        querystring: ZIncomingLetterQuery,
        response: { 200: ZIncomingLetterList, ...errors },
      },
    },
    async (req) => listIncomingLetters(authed(req, db), req.query),
  );
  app.get(
    '/api/incoming-letters/:id',
    {
      schema: {
        tags,
        summary: "One letter of the agenda book (another agency's is not found)",
        params: idParams,
        response: { 200: ZIncomingLetter, ...errors },
      },
    },
    async (req) => getIncomingLetter(authed(req, db), req.params.id),
  );
  app.get(
    '/api/incoming-letters/:id/scan',
    {
      schema: {
        tags,
        summary: 'Download the scan of an incoming letter',
        params: idParams,
        response: { 200: z.instanceof(Buffer).describe('PDF, JPEG or PNG'), ...errors },
      },
    },
    async (req, reply) => {
      const scan = await getIncomingLetterScan(authed(req, db), req.params.id);
      return sendDownload(reply, {
        contentType: scan.contentType,
        filename: scan.filename,
        bytes: scan.bytes,
      });
    },
  );
  app.post(
    '/api/incoming-letters/:id/start-case',
    {
      schema: {
        tags,
        summary: 'Start a case of an SOP from the letter and link it',
        params: idParams,
        body: ZStartCaseFromLetterRequest,
        response: { 200: ZStartCaseFromLetterResponse, ...errors },
      },
    },
    async (req) => startCaseFromLetter(authed(req, db), { id: req.params.id, input: req.body }),
  );
}
