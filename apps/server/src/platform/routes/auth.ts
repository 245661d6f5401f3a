import {
  LIMITS,
  ZChangePasswordRequest,
  ZLoginRequest,
  ZMeResponse,
  ZOk,
  ZSetLanguageRequest,
} from '@sigap/contracts';
import { authed, ctx, SESSION_COOKIE } from '../plugins/session';
import { changePassword } from '../use-cases/auth/change-password';
import { getMe } from '../use-cases/auth/get-me';
import { DEVICE_COOKIE_DAYS, login } from '../use-cases/auth/login';
import { logout } from '../use-cases/auth/logout';
import { resolveSession } from '../use-cases/auth/resolve-session';
import { setLanguage } from '../use-cases/auth/set-language';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 429);

/** The device cookie: a browser the user logged in from before (see `login`). */
export const DEVICE_COOKIE = 'sigap_device';

export async function authRoutes(
  app: App,
  { database, cookieSecure }: RouteDeps & { cookieSecure: boolean },
) {
  const db = database.db;
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Log in with email and password. Failures are throttled per account and client (429 with Retry-After); a browser that logged in before (device cookie) is throttled on its own',
        body: ZLoginRequest,
        response: { 200: ZMeResponse, ...errors },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, expiresAt, deviceToken } = await login(ctx(req, db), {
        input: req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        deviceToken: req.cookies[DEVICE_COOKIE] ?? null,
      });
      reply.setCookie(DEVICE_COOKIE, deviceToken, {
        path: '/api/auth',
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure || req.protocol === 'https',
        maxAge: DEVICE_COOKIE_DAYS * 86_400,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure || req.protocol === 'https',
        expires: expiresAt,
      });
      const actor = await resolveSession(ctx(req, db), token);
      return getMe({ db, now: req.now, actor: actor! });
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 200: ZOk, ...errors } } },
    async (req, reply) => {
      await logout(authed(req, db));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user', response: { 200: ZMeResponse, ...errors } } },
    async (req) => getMe(authed(req, db)),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: `Change password (at least ${LIMITS.passwordMin} characters)`,
        body: ZChangePasswordRequest,
        response: { 200: ZOk, ...errors },
      },
    },
    async (req) => {
      await changePassword(authed(req, db), req.body);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/language',
    { schema: { tags: ['auth'], body: ZSetLanguageRequest, response: { 200: ZOk, ...errors } } },
    async (req) => {
      await setLanguage(authed(req, db), req.body.language);
      return { ok: true as const };
    },
  );
}
