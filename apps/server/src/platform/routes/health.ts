import { z } from 'zod';
import { checkHealth } from '../use-cases/system/check-health';
import type { App, RouteDeps } from './types';

export async function healthRoutes(app: App, { database }: RouteDeps) {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.string(), time: z.string() }),
          503: z.object({ status: z.literal('unavailable'), database: z.string(), time: z.string() }),
        },
      },
    },
    async (req, reply) => {
      const result = await checkHealth({ database, now: req.now });
      return result.status === 'ok' ? result : reply.status(503).send(result);
    },
  );
}
