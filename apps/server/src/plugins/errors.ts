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
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // malformed JSON, wrong content type, empty body: the client's mistake, said plainly
      return send(reply, 'BAD_REQUEST', {
        message: `${errorMessage('BAD_REQUEST', lang)} (${fe.code ?? fe.statusCode})`,
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
