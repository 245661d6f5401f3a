import { ZCalendarDay, ZCalendarResponse, ZCreateCalendarDayRequest, ZId, ZOk } from '@sigap/contracts';
import { z } from 'zod';
import { authed } from '../plugins/session';
import { addCalendarDay } from '../use-cases/calendar/add-calendar-day';
import { getCalendar } from '../use-cases/calendar/get-calendar';
import { removeCalendarDay } from '../use-cases/calendar/remove-calendar-day';
import { type App, errorResponses, type RouteDeps } from './types';

const errors = errorResponses(400, 401, 403, 404, 409);

export async function calendarRoutes(app: App, { database }: RouteDeps) {
  const db = database.db;
  const tags = ['calendar'];
  app.get(
    '/api/calendar',
    {
      schema: {
        tags,
        summary: "The agency's non-working days of a year, and a warning when next year's calendar is empty",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: ZCalendarResponse, ...errors },
      },
    },
    async (req) => getCalendar(authed(req, db), { year: req.query.year }),
  );
  app.post(
    '/api/calendar/days',
    { schema: { tags, body: ZCreateCalendarDayRequest, response: { 200: ZCalendarDay, ...errors } } },
    async (req) => addCalendarDay(authed(req, db), req.body),
  );
  app.delete(
    '/api/calendar/days/:id',
    { schema: { tags, params: z.object({ id: ZId }), response: { 200: ZOk, ...errors } } },
    async (req) => {
      await removeCalendarDay(authed(req, db), req.params.id);
      return { ok: true as const };
    },
  );
}
