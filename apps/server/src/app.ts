import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TServiceStandardDefinition } from '@sigap/contracts';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import { MODULES, registerModules } from './modules';
import type { Database } from './platform/db/client';
import { type Clock, systemClock } from './platform/lib/clock';
import { cachePlugin } from './platform/plugins/cache';
import { registerErrorHandler } from './platform/plugins/errors';
import { guardRequestSchemas, openApiTransform } from './platform/plugins/request-schemas';
import { sessionPlugin } from './platform/plugins/session';
import { registerWeb } from './platform/plugins/web';
import { analyticsRoutes } from './platform/routes/analytics';
import { auditRoutes } from './platform/routes/audit';
import { authRoutes } from './platform/routes/auth';
import { calendarRoutes } from './platform/routes/calendar';
import { caseRoutes } from './platform/routes/cases';
import { documentTemplateRoutes } from './platform/routes/document-templates';
import { documentRoutes } from './platform/routes/documents';
import { healthRoutes } from './platform/routes/health';
import { incomingLetterRoutes } from './platform/routes/incoming-letters';
import { letterNumberRoutes } from './platform/routes/letter-numbers';
import { notificationRoutes } from './platform/routes/notifications';
import { orgRoutes } from './platform/routes/org';
import { publicRoutes } from './platform/routes/public';
import { sopRoutes } from './platform/routes/sops';
import type { App } from './platform/routes/types';
import { satisfactionRoutes } from './platform/satisfaction/routes/satisfaction';
import { loadServiceStandards } from './platform/service-standards/load-service-standards';
import { serviceStandardRoutes } from './platform/service-standards/routes/service-standards';

export interface BuildAppOptions {
  database: Database;
  config: Pick<AppConfig, 'cookieSecure' | 'trustProxy' | 'webDist' | 'logLevel'>;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** The published service standards (`service-standards/`); read from the default folder when absent. */
  serviceStandards?: readonly TServiceStandardDefinition[];
}

/** Builds the HTTP application. Stateless: everything lives in the database, so instances can be added or killed. */
export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const clock = opts.clock ?? systemClock;
  registerModules();
  const app = Fastify({
    logger: opts.logger ?? { level: opts.config.logLevel },
    trustProxy: opts.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  guardRequestSchemas(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // the template editor shows its PDF preview (a blob: URL of the fetched bytes) in a frame
        frameSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sigap API',
        description: 'Service, complaint and investment-control system of Indonesian investment agencies.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerErrorHandler(app);
  await app.register(cachePlugin);
  await app.register(sessionPlugin, { db: opts.database.db, clock });

  const deps = { database: opts.database, clock };
  await healthRoutes(app, deps);
  await publicRoutes(app, deps);
  await authRoutes(app, { ...deps, cookieSecure: opts.config.cookieSecure });
  await orgRoutes(app, deps);
  await calendarRoutes(app, deps);
  await auditRoutes(app, deps);
  await notificationRoutes(app, deps);
  await caseRoutes(app, deps);
  await sopRoutes(app, deps);
  await analyticsRoutes(app, deps);
  await letterNumberRoutes(app, deps);
  await incomingLetterRoutes(app, deps);
  await documentRoutes(app, deps);
  await documentTemplateRoutes(app, deps);
  await satisfactionRoutes(app, deps);
  await serviceStandardRoutes(app, {
    ...deps,
    serviceStandards: opts.serviceStandards ?? (await loadServiceStandards()),
  });
  for (const m of MODULES) await m.routes(app, deps);
  await registerWeb(app, opts.config.webDist);
  return app;
}
