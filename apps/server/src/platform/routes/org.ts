import {
  ZAssignPositionRequest,
  ZCreatePositionRequest,
  ZCreateUnitRequest,
  ZCreateUserRequest,
  ZId,
  ZOk,
  ZOrgResponse,
  ZUnit,
  ZUpdatePositionRequest,
  ZUpdateUnitRequest,
  ZUpdateUserRequest,
  ZUser,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { assignPosition } from '../use-cases/org/assign-position';
import { createPosition } from '../use-cases/org/create-position';
import { createUnit } from '../use-cases/org/create-unit';
import { createUser } from '../use-cases/org/create-user';
import { deleteUnit } from '../use-cases/org/delete-unit';
import { getOrganisation } from '../use-cases/org/get-organisation';
import { removeAssignment } from '../use-cases/org/remove-assignment';
import { updatePosition } from '../use-cases/org/update-position';
import { updateUnit } from '../use-cases/org/update-unit';
import { updateUser } from '../use-cases/org/update-user';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);
const idParams = z.object({ id: ZId });
const ZPositionRow = z.object({
  id: ZId,
  unitId: ZId,
  title: z.string(),
  titleEn: z.string(),
  roles: z.array(z.string()),
  isHead: z.boolean(),
});
const ZAssignmentRow = z.object({
  id: ZId,
  userId: ZId,
  positionId: ZId,
  kind: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export async function orgRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['organisation'];
  app.get(
    '/api/org',
    {
      schema: {
        tags,
        summary: 'Units, positions with holders, users',
        response: { 200: ZOrgResponse, ...errors },
      },
    },
    async (req) => getOrganisation(authed(req, db)),
  );
  app.post(
    '/api/org/units',
    { schema: { tags, body: ZCreateUnitRequest, response: { 200: ZUnit, ...errors } } },
    async (req) => createUnit(authed(req, db), req.body),
  );
  app.patch(
    '/api/org/units/:id',
    { schema: { tags, params: idParams, body: ZUpdateUnitRequest, response: { 200: ZUnit, ...errors } } },
    async (req) => updateUnit(authed(req, db), { id: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/org/units/:id',
    { schema: { tags, params: idParams, response: { 200: ZOk, ...errors } } },
    async (req) => {
      await deleteUnit(authed(req, db), req.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/org/positions',
    { schema: { tags, body: ZCreatePositionRequest, response: { 200: ZPositionRow, ...errors } } },
    async (req) => createPosition(authed(req, db), req.body),
  );
  app.patch(
    '/api/org/positions/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: ZUpdatePositionRequest,
        response: { 200: ZPositionRow, ...errors },
      },
    },
    async (req) => updatePosition(authed(req, db), { id: req.params.id, input: req.body }),
  );
  app.post(
    '/api/org/users',
    { schema: { tags, body: ZCreateUserRequest, response: { 200: ZUser, ...errors } } },
    async (req) => createUser(authed(req, db), req.body),
  );
  app.patch(
    '/api/org/users/:id',
    { schema: { tags, params: idParams, body: ZUpdateUserRequest, response: { 200: ZUser, ...errors } } },
    async (req) => updateUser(authed(req, db), { id: req.params.id, input: req.body }),
  );
  app.post(
    '/api/org/assignments',
    { schema: { tags, body: ZAssignPositionRequest, response: { 200: ZAssignmentRow, ...errors } } },
    async (req) => assignPosition(authed(req, db), req.body),
  );
  app.delete(
    '/api/org/assignments/:id',
    { schema: { tags, params: idParams, response: { 200: ZOk, ...errors } } },
    async (req) => {
      await removeAssignment(authed(req, db), req.params.id);
      return { ok: true as const };
    },
  );
}
