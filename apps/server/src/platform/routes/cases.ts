import {
  ZAddCommentRequest,
  ZCaseAction,
  ZCaseDetail,
  ZId,
  ZInboxQuery,
  ZInboxResponse,
  ZStartableSop,
  ZStartCaseRequest,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { actOnCase } from '../use-cases/cases/act-on-case';
import { addComment } from '../use-cases/cases/add-comment';
import { getCase } from '../use-cases/cases/get-case';
import { listInbox } from '../use-cases/cases/list-inbox';
import { startCase } from '../use-cases/cases/start-case';
import { listStartableSops } from '../use-cases/sops/list-startable-sops';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });

export async function caseRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['cases'];
  app.get(
    '/api/sops/startable',
    {
      schema: {
        tags,
        summary: 'SOPs the user may start a case of',
        response: { 200: z.object({ sops: z.array(ZStartableSop) }), ...errors },
      },
    },
    async (req) => ({
      sops: await listStartableSops(authed(req, db)),
    }),
  );
  app.get(
    '/api/inbox',
    {
      schema: {
        tags,
        summary: 'Work list by tab, with counts',
        querystring: ZInboxQuery,
        response: { 200: ZInboxResponse, ...errors },
      },
    },
    async (req) => listInbox(authed(req, db), req.query),
  );
  app.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Start a case of an SOP',
        body: ZStartCaseRequest,
        response: { 200: z.object({ id: ZId, number: z.string() }), ...errors },
      },
    },
    async (req) => startCase(authed(req, db), req.body),
  );
  app.get(
    '/api/cases/:id',
    { schema: { tags, params: idParams, response: { 200: ZCaseDetail, ...errors } } },
    async (req) => getCase(authed(req, db), req.params.id),
  );
  app.post(
    '/api/cases/:id/actions',
    {
      schema: {
        tags,
        summary: 'Claim, dispose, save a draft, complete, reassign, return, pause, resume or cancel',
        params: idParams,
        body: ZCaseAction,
        response: { 200: z.object({ status: z.string(), events: z.array(z.string()) }), ...errors },
      },
    },
    async (req) => actOnCase(authed(req, db), { caseId: req.params.id, action: req.body }),
  );
  app.post(
    '/api/cases/:id/comments',
    {
      schema: {
        tags,
        params: idParams,
        body: ZAddCommentRequest,
        response: { 200: z.object({ id: ZId }), ...errors },
      },
    },
    async (req) => addComment(authed(req, db), { caseId: req.params.id, body: req.body.body }),
  );
}
