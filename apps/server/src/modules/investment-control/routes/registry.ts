import { ZId } from '@sigap/contracts';
import {
  ZCompany,
  ZCompanyList,
  ZCompanyQuery,
  ZSaveCompany,
  ZSaveLicence,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { getCompany } from '../use-cases/get-company';
import { listCompanies } from '../use-cases/list-companies';
import { saveCompany } from '../use-cases/save-company';
import { saveLicence } from '../use-cases/save-licence';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });

/** The company registry (issue 11 item 1): list and search, one company, staff edits of companies and licences. */
export async function registryRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: registry'];

  app.get(
    '/api/control/companies',
    {
      schema: {
        tags,
        summary: 'The company registry: search by name or NIB, filter by regency, risk, PMA/PMDN and scale',
        querystring: ZCompanyQuery,
        response: { 200: ZCompanyList, ...errors },
      },
    },
    async (req) => listCompanies(authed(req, db), req.query),
  );
  app.get(
    '/api/control/companies/:id',
    {
      schema: {
        tags,
        summary: 'One company with its business lines, licences, LKPM history and cases',
        params: idParams,
        response: { 200: ZCompany, ...errors },
      },
    },
    async (req) => getCompany(authed(req, db), req.params.id),
  );
  app.post(
    '/api/control/companies',
    {
      schema: {
        tags,
        summary: 'Record a company (the control division); a NIB already in the registry is refused (409)',
        body: ZSaveCompany,
        response: { 200: ZCompany, ...errors },
      },
    },
    async (req) => saveCompany(authed(req, db), { company: req.body }),
  );
  app.put(
    '/api/control/companies/:id',
    {
      schema: {
        tags,
        summary: 'Edit a company (the control division)',
        params: idParams,
        body: ZSaveCompany,
        response: { 200: ZCompany, ...errors },
      },
    },
    async (req) => saveCompany(authed(req, db), { id: req.params.id, company: req.body }),
  );
  app.post(
    '/api/control/companies/:id/licences',
    {
      schema: {
        tags,
        summary: 'Add a licence to a company (type and number unique in the agency)',
        params: idParams,
        body: ZSaveLicence,
        response: { 200: ZCompany, ...errors },
      },
    },
    async (req) => saveLicence(authed(req, db), { companyId: req.params.id, licence: req.body }),
  );
  app.put(
    '/api/control/companies/:id/licences/:licenceId',
    {
      schema: {
        tags,
        summary: "Edit a company's licence (its status change is recorded with the time)",
        params: z.object({ id: ZId, licenceId: ZId }),
        body: ZSaveLicence,
        response: { 200: ZCompany, ...errors },
      },
    },
    async (req) =>
      saveLicence(authed(req, db), {
        companyId: req.params.id,
        licenceId: req.params.licenceId,
        licence: req.body,
      }),
  );
}
