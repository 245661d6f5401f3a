import { z } from 'zod';
import { authed } from '../plugins/session';
import { listAuditEvents } from '../use-cases/audit/list-audit-events';
import { verifyAuditLog } from '../use-cases/audit/verify-audit-log';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403);

export async function auditRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['audit'];
  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: "Recompute this agency's event-log hash chain",
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            firstBroken: z
              .object({ id: z.string(), chain: z.string(), seq: z.number(), reason: z.string() })
              .nullable(),
          }),
          ...errors,
        },
      },
    },
    async (req) => verifyAuditLog(authed(req, db)),
  );
  app.get(
    '/api/audit/events',
    {
      schema: {
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: {
          200: z.object({
            events: z.array(
              z.object({
                id: z.string(),
                seq: z.number(),
                occurredAt: z.string(),
                actorName: z.string().nullable(),
                entityType: z.string(),
                entityId: z.string(),
                action: z.string(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => listAuditEvents(authed(req, db), { limit: req.query.limit }),
  );
}
