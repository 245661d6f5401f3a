import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { errorMessage } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import { requestLang } from './lang';

/**
 * Serves the built web app; any non-API path gets index.html so that the browser router
 * handles deep links (/office/org, /lacak/...).
 */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const built = existsSync(path.join(webDist, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
  else app.log.warn({ webDist }, 'web app not built: run `npm run build:web`');
  app.setNotFoundHandler((req, reply) => {
    if (!built || req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply
        .status(404)
        .send({ code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', requestLang(req)) });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
