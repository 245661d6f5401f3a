import { ZId } from '@sigap/contracts';
import {
  ZIssueSanction,
  ZLkpmSanctionProposals,
  ZSanction,
  ZSanctionComplied,
  ZSanctionList,
  ZSanctionProposal,
  ZSanctionQuery,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { getSanctionProposal } from '../use-cases/get-sanction-proposal';
import { issueSanction } from '../use-cases/issue-sanction';
import { listCompanySanctions } from '../use-cases/list-company-sanctions';
import { listLkpmSanctionProposals } from '../use-cases/list-lkpm-sanction-proposals';
import { listSanctions } from '../use-cases/list-sanctions';
import { markSanctionComplied } from '../use-cases/mark-sanction-complied';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Sanctions and revocation (SOPs 067/011-067/014): the ladder of warnings, suspension and revocation. */
export async function sanctionRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: sanctions'];
  const params = z.object({ id: ZId });
  app.get(
    '/api/control/sanctions',
    {
      schema: {
        tags,
        summary: "The agency's sanctions, by status or only overdue warnings (overdue flagged)",
        querystring: ZSanctionQuery,
        response: { 200: ZSanctionList, ...errors },
      },
    },
    async (req) => listSanctions(authed(req, db), req.query),
  );
  app.get(
    '/api/control/sanctions/lkpm-proposals',
    {
      schema: {
        tags,
        summary: 'Companies that missed LKPM for two consecutive periods, with the sanction step proposed',
        response: { 200: ZLkpmSanctionProposals, ...errors },
      },
    },
    async (req) => listLkpmSanctionProposals(authed(req, db)),
  );
  app.get(
    '/api/control/companies/:id/sanctions',
    {
      schema: {
        tags,
        summary: "A company's sanctions history, newest first",
        params,
        response: { 200: ZSanctionList, ...errors },
      },
    },
    async (req) => listCompanySanctions(authed(req, db), req.params.id),
  );
  app.get(
    '/api/control/companies/:id/sanctions/proposal',
    {
      schema: {
        tags,
        summary: "The company's next sanction step (after its last open one)",
        params,
        response: { 200: ZSanctionProposal, ...errors },
      },
    },
    async (req) => getSanctionProposal(authed(req, db), req.params.id),
  );
  app.post(
    '/api/control/companies/:id/sanctions',
    {
      schema: {
        tags,
        summary:
          'Issue the next sanction step (a revocation by court decision, SOP 067/013, may skip steps); suspension and revocation change the licence status',
        params,
        body: ZIssueSanction,
        response: { 200: ZSanction, ...errors },
      },
    },
    async (req) => issueSanction(authed(req, db), { companyId: req.params.id, body: req.body }),
  );
  app.post(
    '/api/control/sanctions/:id/complied',
    {
      schema: {
        tags,
        summary: 'Record that the company complied with an open sanction step',
        params,
        body: ZSanctionComplied,
        response: { 200: ZSanction, ...errors },
      },
    },
    async (req) => markSanctionComplied(authed(req, db), { id: req.params.id, body: req.body }),
  );
}
