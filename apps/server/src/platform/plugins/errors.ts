import { ERRORS, type ErrorCode, errorMessage, ruleMessage, type TErrorResponse } from '@sigap/contracts';
import { ForbiddenError } from '@sigap/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError } from '../lib/errors';
import { issuesToFields, zodErrorToFields } from '../lib/validation';
import { requestLang } from './lang';

function send(reply: FastifyReply, code: ErrorCode, body: Omit<TErrorResponse, 'code'>) {
  return reply.status(ERRORS[code].status).send({ code, ...body });
}

/**
 * The SQLSTATE of a PostgreSQL "data exception" (class 22: a NUL byte, a malformed or
 * out-of-range date or number) anywhere in an error's cause chain (drizzle wraps the driver's
 * error), or null. The request schemas refuse such values first; this is the net under them.
 */
export function postgresDataException(err: unknown): string | null {
  let e = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** One error shape `{ code, message, fields? }` in the caller's language; 5xx answers hide internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(req);
    if (err instanceof AppError) {
      const fields = err.fields?.map((f) => ({
        field: f.field,
        rule: f.rule,
        message: ruleMessage(f.rule, lang, { field: `'${f.field}'`, ...(f.params ?? {}) }),
      }));
      const message = fields?.length
        ? fields.map((f) => f.message).join(' ')
        : errorMessage(err.code, lang, err.params);
      // a throttled attempt says when to try again (seconds), as the rate limit does
      if (typeof err.params.retryAfter === 'number')
        reply.header('retry-after', String(err.params.retryAfter));
      return send(reply, err.code, { message, ...(fields ? { fields } : {}) });
    }
    if (err instanceof ForbiddenError)
      return send(reply, 'FORBIDDEN', { message: errorMessage('FORBIDDEN', lang) });
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = (err as FastifyError).validationContext;
      const fields = issuesToFields(err.validation as never, lang).map((f) =>
        prefix && prefix !== 'body' ? { ...f, field: f.field ? `${prefix}.${f.field}` : prefix } : f,
      );
      return send(reply, 'VALIDATION', { message: fields.map((f) => f.message).join(' '), fields });
    }
    if (err instanceof ZodError) {
      const fields = zodErrorToFields(err, lang);
      return send(reply, 'VALIDATION', { message: fields.map((f) => f.message).join(' '), fields });
    }
    const fe = err as FastifyError;
    if (fe.statusCode === 429)
      return send(reply, 'RATE_LIMITED', { message: errorMessage('RATE_LIMITED', lang) });
    if (fe.statusCode === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(reply, 'PAYLOAD_TOO_LARGE', { message: errorMessage('PAYLOAD_TOO_LARGE', lang) });
    }
    if (fe.statusCode === 404) return send(reply, 'NOT_FOUND', { message: errorMessage('NOT_FOUND', lang) });
    if (fe.statusCode === 403) return send(reply, 'FORBIDDEN', { message: errorMessage('FORBIDDEN', lang) });
    const sqlState = postgresDataException(err);
    if (sqlState) req.log.warn({ err }, 'database refused a value the request schemas let through');
    if (sqlState || (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)) {
      // malformed JSON, wrong content type, empty body, a value the database refuses: the
      // client's mistake, said plainly
      return send(reply, 'BAD_REQUEST', {
        message: `${errorMessage('BAD_REQUEST', lang)} (${sqlState ?? fe.code ?? fe.statusCode})`,
        fields: [
          { field: '(body)', rule: 'invalid', message: ruleMessage('invalid', lang, { field: "'(body)'" }) },
        ],
      });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 'INTERNAL', {
      message: errorMessage('INTERNAL', lang, { requestId: req.id }),
      requestId: req.id,
    });
  });
}
