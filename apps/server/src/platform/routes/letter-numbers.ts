import {
  ZCancelLetterNumberRequest,
  ZId,
  ZLetterNumberEntry,
  ZLetterNumberList,
  ZLetterNumberQuery,
  ZLetterPatternRequest,
  ZLetterRegisterSettings,
  ZTakeLetterNumberRequest,
  ZTakeLetterNumberResponse,
} from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { cancelRegisterNumber } from '../use-cases/letters/cancel-register-number';
import { exportLetterNumbers } from '../use-cases/letters/export-letter-numbers';
import { getLetterRegisterSettings } from '../use-cases/letters/get-letter-register-settings';
import { searchLetterNumbers } from '../use-cases/letters/search-letter-numbers';
import { setLetterPattern } from '../use-cases/letters/set-letter-pattern';
import { takeManualLetterNumber } from '../use-cases/letters/take-manual-letter-number';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The letter-number register (DESIGN §3.2): search, export, manual numbers, cancellation, the pattern. */
export async function letterNumberRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['letter numbers'];
  app.get(
    '/api/letter-numbers',
    {
      schema: {
        tags,
        summary: 'Search the letter-number register (number or subject), with filters; newest first',
        querystring: ZLetterNumberQuery,
        response: { 200: ZLetterNumberList, ...errors },
      },
    },
    async (req) => searchLetterNumbers(authed(req, db), req.query),
  );
  app.get(
    '/api/letter-numbers.xlsx',
    {
      schema: {
        tags,
        summary: 'The register with the same filters as an XLSX workbook, in register order',
        querystring: ZLetterNumberQuery,
        response: { 200: z.instanceof(Buffer).describe('XLSX workbook'), ...errors },
      },
    },
    async (req, reply) => {
      const { filename, body } = await exportLetterNumbers(authed(req, db), req.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${filename}"`).send(body);
    },
  );
  app.get(
    '/api/letter-numbers/options',
    {
      schema: {
        tags,
        summary: 'The pattern and the unit codes, classifications and years the register offers',
        response: { 200: ZLetterRegisterSettings, ...errors },
      },
    },
    async (req) => getLetterRegisterSettings(authed(req, db)),
  );
  app.post(
    '/api/letter-numbers',
    {
      schema: {
        tags,
        summary: 'Take the next number by hand, for a letter made outside Sigap (administration office)',
        body: ZTakeLetterNumberRequest,
        response: { 200: ZTakeLetterNumberResponse, ...errors },
      },
    },
    async (req) => takeManualLetterNumber(authed(req, db), req.body),
  );
  app.post(
    '/api/letter-numbers/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a number; it stays in the register, marked cancelled with the reason',
        params: z.object({ id: ZId }),
        body: ZCancelLetterNumberRequest,
        response: { 200: ZLetterNumberEntry, ...errors },
      },
    },
    async (req) => cancelRegisterNumber(authed(req, db), { id: req.params.id, reason: req.body.reason }),
  );
  app.put(
    '/api/agency/letter-pattern',
    {
      schema: {
        tags,
        summary: "Set the agency's letter-number pattern (administrator)",
        body: ZLetterPatternRequest,
        response: { 200: z.object({ pattern: z.string() }), ...errors },
      },
    },
    async (req) => setLetterPattern(authed(req, db), req.body),
  );
}
