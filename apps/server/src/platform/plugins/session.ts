import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';
import { resolveSession } from '../use-cases/auth/resolve-session';
import type { AuthedCtx, Ctx, SessionActor } from '../use-cases/context';

export const SESSION_COOKIE = 'sigap_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    now: Date;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the session cookie into `req.actor` and enforces CSRF protection: every
 * cookie-authenticated write must echo the session's token in `x-csrf-token`.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db; clock: Clock }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('now', null as unknown as Date);
  app.addHook('onRequest', async (req) => {
    req.now = opts.clock();
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    req.actor = await resolveSession({ db: opts.db, now: req.now }, token);
    if (req.actor && !SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !sameToken(sent, req.actor.csrfToken)) throw new AppError('CSRF');
    }
  });
});

export function ctx(req: FastifyRequest, db: Db): Ctx {
  return { db, now: req.now };
}

/** The context of a logged-in staff member, or 401. */
export function authed(req: FastifyRequest, db: Db): AuthedCtx {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return { db, now: req.now, actor: req.actor };
}
