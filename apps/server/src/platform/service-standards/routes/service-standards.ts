import {
  type TServiceStandardDefinition,
  ZServiceChannels,
  ZServiceChannelsView,
  ZServiceStandardList,
  ZServiceStandardQuery,
  ZServiceStandardView,
  ZText,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed, ctx } from '../../plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../routes/types';
import { getServiceChannels } from '../use-cases/get-service-channels';
import { getServiceStandard } from '../use-cases/get-service-standard';
import { listServiceStandards } from '../use-cases/list-service-standards';
import { setServiceChannels } from '../use-cases/set-service-channels';

const errors = errorResponses(400, 401, 403, 404, 429);

/**
 * Published service standards (issue 10 item 1): public reading without a login, and the
 * agency's channels for its administrator. The standards are the files loaded at start.
 */
export async function serviceStandardRoutes(
  app: App,
  deps: RouteDeps & { serviceStandards: readonly TServiceStandardDefinition[] },
) {
  const db = deps.database.db;
  const standards = deps.serviceStandards;
  const tags = ['service standards'];
  // text from files, the same for everyone: browsers and proxies may keep it for five minutes
  const publicConfig = { rateLimit: { max: 60, timeWindow: '1 minute' }, cache: 'public, max-age=300' };

  app.get(
    '/api/public/service-standards',
    {
      config: publicConfig,
      schema: {
        tags,
        summary: 'The published service standards (newest version of each) for an agency (no login)',
        querystring: ZServiceStandardQuery,
        response: { 200: ZServiceStandardList, ...errors },
      },
    },
    async (req) => listServiceStandards(ctx(req, db), { agencyId: req.query.agencyId, standards }),
  );
  app.get(
    '/api/public/service-standards/:key',
    {
      config: publicConfig,
      schema: {
        tags,
        summary:
          "One service standard's components in the seed's order (Indonesian and English), with the agency's complaint and survey channels (no login)",
        params: z.object({ key: ZText.max(100) }),
        querystring: ZServiceStandardQuery,
        response: { 200: ZServiceStandardView, ...errors },
      },
    },
    async (req) =>
      getServiceStandard(ctx(req, db), { key: req.params.key, agencyId: req.query.agencyId, standards }),
  );
  app.get(
    '/api/service-channels',
    {
      schema: {
        tags,
        summary: 'The complaint and survey channels the agency runs (administrator)',
        response: { 200: ZServiceChannelsView, ...errors },
      },
    },
    async (req) => getServiceChannels(authed(req, db)),
  );
  app.put(
    '/api/service-channels',
    {
      schema: {
        tags,
        summary:
          'Set the call centre, complaint email, survey link and LAPOR! page shown on the service standards (administrator)',
        body: ZServiceChannels,
        response: { 200: ZServiceChannelsView, ...errors },
      },
    },
    async (req) => setServiceChannels(authed(req, db), req.body),
  );
}
