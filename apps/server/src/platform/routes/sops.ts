import {
  ZId,
  ZSopDetailResponse,
  ZSopDraftRequest,
  ZSopDraftResponse,
  ZSopImportRequest,
  ZSopImportResponse,
  ZSopListResponse,
  ZSopPublishResponse,
  ZSopVersionParams,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { createSopDraft } from '../use-cases/sops/create-sop-draft';
import { getSopDraft } from '../use-cases/sops/get-sop-draft';
import { getSopPdf } from '../use-cases/sops/get-sop-pdf';
import { getSopVersion } from '../use-cases/sops/get-sop-version';
import { importSopTable } from '../use-cases/sops/import-sop-table';
import { listSops } from '../use-cases/sops/list-sops';
import { publishSopDraft } from '../use-cases/sops/publish-sop-draft';
import { updateSopDraft } from '../use-cases/sops/update-sop-draft';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });

/** The SOP viewer, its PDF, and the admin's import → draft → publish of new versions. */
export async function sopRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['sops'];
  app.get(
    '/api/sops',
    {
      schema: {
        tags,
        summary: 'Every SOP with its versions (drafts for administrators)',
        response: { 200: ZSopListResponse, ...errors },
      },
    },
    async (req) => ({ sops: await listSops(authed(req, db)) }),
  );
  app.get(
    '/api/sops/:key/versions/:version',
    {
      schema: {
        tags,
        summary: 'One published version with its swimlane model',
        params: ZSopVersionParams,
        response: { 200: ZSopDetailResponse, ...errors },
      },
    },
    async (req) => getSopVersion(authed(req, db), req.params),
  );
  app.get(
    '/api/sops/:key/versions/:version/pdf',
    {
      schema: {
        tags,
        summary: 'The SOP as a printable A4 landscape PDF in the official table format',
        params: ZSopVersionParams,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const { filename, pdf } = await getSopPdf(authed(req, db), req.params);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  );
  app.post(
    '/api/sops/import',
    {
      schema: {
        tags,
        summary: 'Read a pasted SOP table into a draft definition (nothing is stored)',
        body: ZSopImportRequest,
        response: { 200: ZSopImportResponse, ...errors },
      },
    },
    async (req) => importSopTable(authed(req, db), req.body),
  );
  app.post(
    '/api/sops/drafts',
    {
      schema: {
        tags,
        summary: 'Save a draft definition of the agency',
        body: ZSopDraftRequest,
        response: { 200: ZSopDraftResponse, ...errors },
      },
    },
    async (req) => createSopDraft(authed(req, db), req.body),
  );
  app.get(
    '/api/sops/drafts/:id',
    {
      schema: {
        tags,
        summary: 'A draft with its problems',
        params: idParams,
        response: { 200: ZSopDraftResponse, ...errors },
      },
    },
    async (req) => getSopDraft(authed(req, db), req.params.id),
  );
  app.put(
    '/api/sops/drafts/:id',
    {
      schema: {
        tags,
        summary: 'Replace a draft definition',
        params: idParams,
        body: ZSopDraftRequest,
        response: { 200: ZSopDraftResponse, ...errors },
      },
    },
    async (req) => updateSopDraft(authed(req, db), { id: req.params.id, definition: req.body.definition }),
  );
  app.post(
    '/api/sops/drafts/:id/publish',
    {
      schema: {
        tags,
        summary: 'Check a draft and publish it as the next version of its SOP',
        params: idParams,
        response: { 200: ZSopPublishResponse, ...errors },
      },
    },
    async (req) => publishSopDraft(authed(req, db), req.params.id),
  );
}
