import { ZId } from '@sigap/contracts';
import {
  ZGenerateSupervisionPlan,
  ZSupervisionPlan,
  ZSupervisionVisit,
  ZSupervisionVisitAction,
  ZSupervisionVisitList,
  ZSupervisionVisitQuery,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { actOnSupervisionVisit } from '../use-cases/act-on-supervision-visit';
import { generateSupervisionPlan } from '../use-cases/generate-supervision-plan';
import { listSupervisionVisits } from '../use-cases/list-supervision-visits';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Routine supervision (SOP 067/009): the annual plan and its visits. */
export async function supervisionRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: supervision'];
  app.post(
    '/api/control/supervision-plans',
    {
      schema: {
        tags,
        summary:
          "Generate the year's routine supervision plan from the registry's risk levels and last year's compliance (once per year; the control division)",
        body: ZGenerateSupervisionPlan,
        response: { 200: ZSupervisionPlan, ...errors },
      },
    },
    async (req) => generateSupervisionPlan(authed(req, db), req.body),
  );
  app.get(
    '/api/control/supervision-visits',
    {
      schema: {
        tags,
        summary: "A year's routine visits (by month, status, inspector), with the missing-letter flag",
        querystring: ZSupervisionVisitQuery,
        response: { 200: ZSupervisionVisitList, ...errors },
      },
    },
    async (req) => listSupervisionVisits(authed(req, db), req.query),
  );
  app.post(
    '/api/control/supervision-visits/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Move a visit, record its assignment letter, start its SOP 067/009 case, record it done with its findings, or cancel it',
        params: z.object({ id: ZId }),
        body: ZSupervisionVisitAction,
        response: { 200: ZSupervisionVisit, ...errors },
      },
    },
    async (req) => actOnSupervisionVisit(authed(req, db), { id: req.params.id, action: req.body }),
  );
}
