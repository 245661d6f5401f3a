import {
  ZId,
  ZIncomingLetter,
  ZIncomingLetterList,
  ZIncomingLetterQuery,
  ZStartCaseFromLetterRequest,
  ZStartCaseFromLetterResponse,
} from '@sigap/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidField } from '../lib/errors';
import { authed } from '../plugins/session';
import { getIncomingLetterScan } from '../use-cases/letters/get-incoming-letter-scan';
import { listIncomingLetters } from '../use-cases/letters/list-incoming-letters';
import { registerIncomingLetter, type UploadedPart } from '../use-cases/letters/register-incoming-letter';
import { startCaseFromLetter } from '../use-cases/letters/start-case-from-letter';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const idParams = z.object({ id: ZId });

/**
 * Reads a multipart form into its text fields and its files. A file over the size limit is
 * cut and marked, so the use case can name the field instead of the request failing as a whole.
 */
async function readMultipart(req: FastifyRequest) {
  if (!req.isMultipart()) throw invalidField('scan', 'required');
  const fields: Record<string, string> = {};
  const files: UploadedPart[] = [];
  // per-request option the types omit: mark an oversized file as truncated instead of failing the request
  const options = { throwFileSizeLimit: false } as Parameters<typeof req.parts>[0];
  for await (const part of req.parts(options)) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      files.push({
        field: part.fieldname,
        filename: part.filename,
        bytes: Buffer.concat(chunks),
        truncated: part.file.truncated,
      });
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { fields, files };
}

/** ASCII fallback plus the UTF-8 name (RFC 6266), so a scan named in Indonesian downloads intact. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The agenda book of the administration office: register with the scan, search, download, follow up. */
export async function incomingLetterRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['incoming letters'];
  app.post(
    '/api/incoming-letters',
    {
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
      return reply
        .type(scan.contentType)
        .header('content-disposition', contentDisposition(scan.filename))
        .header('cache-control', 'private, no-store')
        .send(scan.bytes);
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
