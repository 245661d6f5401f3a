import { z } from 'zod';
import { listPublicAgencies } from '../use-cases/system/list-public-agencies';
import type { App, RouteDeps } from './types';

export async function publicRoutes(app: App, { database }: RouteDeps) {
  app.get(
    '/api/public/agencies',
    {
      schema: {
        tags: ['public'],
        summary: 'Agencies served by this installation (no login)',
        response: {
          200: z.object({
            agencies: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                shortName: z.string(),
                timeZone: z.string(),
                address: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => listPublicAgencies({ db: database.db }),
  );
}
