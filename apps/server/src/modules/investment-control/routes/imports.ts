import { ZId } from '@sigap/contracts';
import {
  ZControlImport,
  ZControlImportFields,
  ZControlImportList,
} from '@sigap/contracts/investment-control';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidField } from '../../../platform/lib/errors';
import { requestLang } from '../../../platform/plugins/lang';
import { authed } from '../../../platform/plugins/session';
import { sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { getControlImport } from '../use-cases/get-control-import';
import { listControlImports } from '../use-cases/list-control-imports';
import { previewControlImport } from '../use-cases/preview-control-import';
import { runControlImport } from '../use-cases/run-control-import';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const idParams = z.object({ id: ZId });
/** A registry or LKPM export may be large (100,000 LKPM rows are about 15 MB of CSV). */
const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/** The import form: the kind and one file, read with the import's own size limit. */
async function readImportForm(req: FastifyRequest) {
  if (!req.isMultipart()) throw invalidField('file', 'required');
  const fields: Record<string, string> = {};
  let file: { filename: string; bytes: Buffer } | null = null;
  const options = {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1 },
    throwFileSizeLimit: false,
  } as Parameters<typeof req.parts>[0];
  for await (const part of req.parts(options)) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) throw invalidField('file', 'too_big', { max: IMPORT_MAX_BYTES });
      if (part.fieldname !== 'file') throw invalidField(part.fieldname, 'unknown_field');
      file = { filename: part.filename, bytes: Buffer.concat(chunks) };
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  const { kind } = ZControlImportFields.parse(fields);
  if (!file || file.bytes.length === 0) throw invalidField('file', 'required');
  return { kind, ...file };
}

/**
 * Imports of OSS exports into the registry and the LKPM reports (issue 11 item 1): upload and
 * preview (nothing changes), then run; the rejected rows download as CSV.
 */
export async function importRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: imports'];

  app.post(
    '/api/control/imports',
    {
      config: { multipart: { fields: ZControlImportFields, files: { file: { max: 1 } } } },
      schema: {
        tags,
        summary:
          'Upload a CSV or XLSX of one kind (multipart: `kind` companies|licences|lkpm, `file`) and preview it: counts of new, updated and unchanged rows and every rejected row; nothing changes yet',
        consumes: ['multipart/form-data'],
        response: { 200: ZControlImport, ...errors },
      },
    },
    async (req) => {
      const form = await readImportForm(req);
      return previewControlImport(authed(req, db), { ...form, lang: requestLang(req) });
    },
  );
  app.get(
    '/api/control/imports',
    {
      schema: {
        tags,
        summary: "The agency's latest imports",
        response: { 200: ZControlImportList, ...errors },
      },
    },
    async (req) => listControlImports(authed(req, db)),
  );
  app.get(
    '/api/control/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import with its counts and first rejected rows',
        params: idParams,
        response: { 200: ZControlImport, ...errors },
      },
    },
    async (req) => (await getControlImport(authed(req, db), { id: req.params.id })).view,
  );
  app.get(
    '/api/control/imports/:id/rejected.csv',
    {
      schema: {
        tags,
        summary: 'Every rejected row of an import as CSV (row, field, rule, message)',
        params: idParams,
        response: { 200: z.instanceof(Buffer).describe('CSV'), ...errors },
      },
    },
    async (req, reply) => {
      const r = await getControlImport(authed(req, db), { id: req.params.id, as: 'csv' });
      return sendDownload(reply, {
        contentType: 'text/csv; charset=utf-8',
        filename: `rejected-${r.view.kind}-${r.view.id.slice(0, 8)}.csv`,
        bytes: r.csv!,
      });
    },
  );
  app.post(
    '/api/control/imports/:id/run',
    {
      schema: {
        tags,
        summary:
          'Run a previewed import: upsert its valid rows by natural key in batches (idempotent; an interrupted run run again finishes it)',
        params: idParams,
        response: { 200: ZControlImport, ...errors },
      },
    },
    async (req) => runControlImport(authed(req, db), { id: req.params.id, lang: requestLang(req) }),
  );
}
