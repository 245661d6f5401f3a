import { ZErrorResponse } from '@sigap/contracts';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../lib/clock';
import type { Database } from '../use-cases/context';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteDeps {
  database: Database;
  clock: Clock;
}

/** The error answers a route documents, all in the one error shape (DESIGN §5.5). */
export function errorResponses<C extends number>(...codes: C[]): Record<C, typeof ZErrorResponse> {
  return Object.fromEntries(codes.map((c) => [c, ZErrorResponse])) as Record<C, typeof ZErrorResponse>;
}
