import {
  ZArchiveQuery,
  ZArchiveResponse,
  ZCreateDocumentRequest,
  ZDocumentAction,
  ZDocumentDetail,
  ZDocumentListItem,
  ZDocumentOptions,
  ZId,
  ZPublicVerification,
  ZUpdateDocumentRequest,
  ZVerifyFileResponse,
} from '@sigap/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadConfig } from '../../config';
import { invalidField } from '../lib/errors';
import { authed, ctx } from '../plugins/session';
import { actOnDocument } from '../use-cases/documents/act-on-document';
import { checkDocumentFile } from '../use-cases/documents/check-document-file';
import { createDocument } from '../use-cases/documents/create-document';
import { getDocument } from '../use-cases/documents/get-document';
import { getDocumentDocx } from '../use-cases/documents/get-document-docx';
import { getDocumentOptions } from '../use-cases/documents/get-document-options';
import { getDocumentPdf } from '../use-cases/documents/get-document-pdf';
import { getDocumentVerification } from '../use-cases/documents/get-document-verification';
import { listCaseDocuments } from '../use-cases/documents/list-case-documents';
import { searchDocumentArchive } from '../use-cases/documents/search-archive';
import { updateDocument } from '../use-cases/documents/update-document';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const VERIFY_MAX_BYTES = 10 * 1024 * 1024;

function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The PDF may be shown in a frame of this site's own pages (the document page's preview), nowhere else. */
function sendFile(reply: FastifyReply, type: string, bytes: Buffer, filename: string, download: boolean) {
  return reply
    .type(type)
    .header('content-disposition', disposition(download ? 'attachment' : 'inline', filename))
    .header('content-security-policy', "frame-ancestors 'self'")
    .header('x-frame-options', 'SAMEORIGIN')
    .send(bytes);
}

/** The one file part of a verification upload, whatever its field name. */
async function readUpload(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw invalidField('file', 'required');
  const part = await req.file({ limits: { fileSize: VERIFY_MAX_BYTES, files: 1 } });
  if (!part) throw invalidField('file', 'required');
  const bytes = await part.toBuffer();
  return bytes;
}

/**
 * Official documents: drafting, the review chain (paraf), signing with a number, sending,
 * the archive, and the public verification page behind each signed document's QR code.
 */
export async function documentRoutes(app: App, deps: RouteDeps & { publicUrl?: string }) {
  const db = deps.database.db;
  const publicUrl = deps.publicUrl ?? loadConfig().publicUrl;
  const tags = ['documents'];

  app.get(
    '/api/documents/options',
    {
      schema: {
        tags,
        summary: 'Templates, units and people for the drafting and submitting forms',
        response: { 200: ZDocumentOptions, ...errors },
      },
    },
    async (req) => getDocumentOptions(authed(req, db)),
  );
  app.get(
    '/api/documents',
    {
      schema: {
        tags,
        summary: "A case's documents",
        querystring: z.object({ caseId: ZId }),
        response: { 200: z.object({ items: z.array(ZDocumentListItem) }), ...errors },
      },
    },
    async (req) => ({ items: await listCaseDocuments(authed(req, db), req.query.caseId) }),
  );
  app.post(
    '/api/documents',
    {
      schema: {
        tags,
        summary: 'Draft a document from a template (data checked against its fields)',
        body: ZCreateDocumentRequest,
        response: { 200: z.object({ id: ZId }), ...errors },
      },
    },
    async (req) => createDocument(authed(req, db), req.body),
  );
  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'A document: metadata, review chain, who acts next, what the current user may do',
        params: idParams,
        response: { 200: ZDocumentDetail, ...errors },
      },
    },
    async (req) => getDocument(authed(req, db), req.params.id),
  );
  app.put(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Change the title and data (the drafter, or the reviewer it was returned to)',
        params: idParams,
        body: ZUpdateDocumentRequest,
        response: { 200: z.object({ revision: z.number().int() }), ...errors },
      },
    },
    async (req) => updateDocument(authed(req, db), { id: req.params.id, ...req.body }),
  );
  app.get(
    '/api/documents/:id/pdf',
    {
      schema: {
        tags,
        summary: 'The PDF: the draft as it stands (placeholder number, initials so far) or the signed file',
        params: idParams,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
        produces: ['application/pdf'],
        response: { 200: z.instanceof(Buffer).describe('PDF'), ...errors },
      },
    },
    async (req, reply) => {
      const file = await getDocumentPdf(authed(req, db), req.params.id);
      reply.header('x-content-sha256', file.sha256);
      return sendFile(reply, 'application/pdf', file.bytes, file.filename, req.query.download === '1');
    },
  );
  app.get(
    '/api/documents/:id/docx',
    {
      schema: {
        tags,
        summary: 'The document as a Word file',
        params: idParams,
        produces: [DOCX],
        response: { 200: z.instanceof(Buffer).describe('DOCX'), ...errors },
      },
    },
    async (req, reply) => {
      const file = await getDocumentDocx(authed(req, db), { id: req.params.id, publicUrl });
      return sendFile(reply, DOCX, file.bytes, file.filename, true);
    },
  );
  app.post(
    '/api/documents/:id/actions',
    {
      schema: {
        tags,
        summary: 'Submit, initial (paraf), return with a note, sign, send or cancel',
        params: idParams,
        body: ZDocumentAction,
        response: {
          200: z.object({
            status: z.string(),
            number: z.string().nullable(),
            pdfSha256: z.string().nullable(),
          }),
          ...errors,
        },
      },
    },
    async (req) => actOnDocument(authed(req, db), { id: req.params.id, action: req.body, publicUrl }),
  );
  app.get(
    '/api/archive',
    {
      schema: {
        tags,
        summary: 'Signed and sent documents, by full text, type, classification and signing date',
        querystring: ZArchiveQuery,
        response: { 200: ZArchiveResponse, ...errors },
      },
    },
    async (req) => searchDocumentArchive(authed(req, db), req.query),
  );

  const publicErrors = errorResponses(400, 404, 413, 429);
  app.get(
    '/api/public/verify/:id',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Verification of a signed document (no login): number, date, title, signer, SHA-256',
        params: idParams,
        response: { 200: ZPublicVerification, ...publicErrors },
      },
    },
    async (req) => getDocumentVerification(ctx(req, db), req.params.id),
  );
  app.post(
    '/api/public/verify/:id',
    {
      config: {
        rateLimit: { max: 20, timeWindow: '1 minute' },
        multipart: { files: { file: { max: 1, required: true } } },
      },
      schema: {
        tags: ['public'],
        summary: "Compare a file's SHA-256 with the signed document's (multipart, one file)",
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZVerifyFileResponse, ...publicErrors },
      },
    },
    async (req) => checkDocumentFile(ctx(req, db), { id: req.params.id, bytes: await readUpload(req) }),
  );
}
