import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The `Cache-Control` of this route's successful answers, for a route whose answer holds
     * nothing personal (e.g. `'public, max-age=300'` on public statistics). Without it the
     * answer is `no-store`.
     */
    cache?: string;
  }
}

/** What every API answer may do in a cache unless its route opts in. */
export const NO_STORE = 'no-store';

/**
 * API answers hold personal data (a complaint, the logged-in user and the CSRF token, a
 * reporter's attachment), so no browser or proxy cache may keep them: every `/api/` answer,
 * errors and file downloads included, is sent with `Cache-Control: no-store`, set here once.
 * A route opts into caching with `config: { cache: '…' }`, which applies to its 2xx answers
 * only (an error is never cached). The web app's static files keep their own headers.
 */
export const cachePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/api/')) return payload;
    const opted = req.routeOptions.config?.cache;
    const ok = reply.statusCode >= 200 && reply.statusCode < 300;
    reply.header('cache-control', opted && ok ? opted : NO_STORE);
    return payload;
  });
});
