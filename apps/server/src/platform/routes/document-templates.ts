import {
  ZTemplateCodeParams,
  ZTemplateDetailResponse,
  ZTemplateListResponse,
  ZTemplatePreviewQuery,
  ZTemplatePreviewRequest,
  ZTemplatePublishResponse,
  ZTemplateRequest,
  ZTemplateVersionQuery,
} from '@sigap/contracts';
import type { FastifyReply } from 'fastify';
import { requestLang } from '../plugins/lang';
import { authed } from '../plugins/session';
import { getDocumentTemplate } from '../use-cases/document-templates/get-document-template';
import { listDocumentTemplates } from '../use-cases/document-templates/list-document-templates';
import { previewDocumentTemplate } from '../use-cases/document-templates/preview-document-template';
import { publishDocumentTemplate } from '../use-cases/document-templates/publish-document-template';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);

/** A rendered preview, inline; the office page may frame it (same origin only). */
function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; body: Buffer }) {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `${file.contentType === 'application/pdf' ? 'inline' : 'attachment'}; filename="${file.filename}"`,
    )
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'self'")
    .send(file.body);
}

/** Document templates: the list and versions, the admin's new versions, and previews (PDF, DOCX). */
export async function documentTemplateRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['document-templates'];
  app.get(
    '/api/document-templates',
    {
      schema: {
        tags,
        summary: 'Every template the agency can use: the newest version of each code, with all its versions',
        response: { 200: ZTemplateListResponse, ...errors },
      },
    },
    async (req) => ({ templates: await listDocumentTemplates(authed(req, db)) }),
  );
  app.get(
    '/api/document-templates/:code',
    {
      schema: {
        tags,
        summary:
          'One version of a template (the newest unless `version` is given) with its fields and blocks',
        params: ZTemplateCodeParams,
        querystring: ZTemplateVersionQuery,
        response: { 200: ZTemplateDetailResponse, ...errors },
      },
    },
    async (req) =>
      getDocumentTemplate(authed(req, db), { code: req.params.code, version: req.query.version }),
  );
  app.post(
    '/api/document-templates/:code/versions',
    {
      schema: {
        tags,
        summary: "Publish the agency's next version of a template (administrators)",
        params: ZTemplateCodeParams,
        body: ZTemplateRequest,
        response: { 200: ZTemplatePublishResponse, ...errors },
      },
    },
    async (req) => publishDocumentTemplate(authed(req, db), { code: req.params.code, template: req.body }),
  );
  app.post(
    '/api/document-templates/:code/preview',
    {
      schema: {
        tags,
        summary: 'Render a template with data as a draft PDF (inline); nothing is stored',
        params: ZTemplateCodeParams,
        body: ZTemplatePreviewRequest,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await previewDocumentTemplate(authed(req, db), {
          ...req.body,
          code: req.params.code,
          lang: req.body.lang ?? requestLang(req),
          format: 'pdf',
        }),
      ),
  );
  app.post(
    '/api/document-templates/:code/preview.docx',
    {
      schema: {
        tags,
        summary: 'Render a template with data as an editable Word file',
        params: ZTemplateCodeParams,
        body: ZTemplatePreviewRequest,
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await previewDocumentTemplate(authed(req, db), {
          ...req.body,
          code: req.params.code,
          lang: req.body.lang ?? requestLang(req),
          format: 'docx',
        }),
      ),
  );
  for (const format of ['pdf', 'docx'] as const) {
    app.get(
      `/api/document-templates/:code/preview.${format}`,
      {
        schema: {
          tags,
          summary: `A template version rendered with its sample data (${format.toUpperCase()})`,
          params: ZTemplateCodeParams,
          querystring: ZTemplatePreviewQuery,
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await previewDocumentTemplate(authed(req, db), {
            code: req.params.code,
            version: req.query.version,
            lang: req.query.lang ?? requestLang(req),
            format,
          }),
        ),
    );
  }
}
