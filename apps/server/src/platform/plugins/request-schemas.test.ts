import { ZFreeValues, ZInstant, ZLocalDate, ZText } from '@sigap/contracts';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardRequestSchemas } from './request-schemas';

function register(schema: Record<string, unknown>, config: Record<string, unknown> = {}) {
  const app = Fastify();
  guardRequestSchemas(app);
  return () => app.post('/x', { schema, config }, async () => ({}));
}

describe('guardRequestSchemas', () => {
  it('refuses a route whose request schema has a bare string, an unchecked date, an unbounded integer or a free value', () => {
    const body = z.object({
      subject: z.string().min(3),
      on: z.iso.date(),
      version: z.number().int().positive(),
      form: z.record(z.string(), z.unknown()),
    });
    const querystring = z.object({ q: z.string().optional(), page: z.coerce.number().int() });
    expect(register({ body, querystring })).toThrowError(
      new RegExp(
        [
          'body.subject: text without',
          'body.on: a date without',
          'body.version: a number without bounds',
          'body.form.\\*: a free value',
          'querystring.q: text without',
          'querystring.page: a number without bounds',
        ].join('[\\s\\S]*'),
      ),
    );
  });

  it('accepts the shared request types', () => {
    const body = z.object({
      subject: ZText.trim().min(3).max(300),
      on: ZLocalDate.optional(),
      at: ZInstant,
      id: z.uuid(),
      email: z.email(),
      version: z.number().int().min(1).max(2_147_483_647),
      form: ZFreeValues,
      kind: z.enum(['a', 'b']),
    });
    expect(register({ body, params: z.object({ id: z.uuid() }) })).not.toThrow();
  });

  it('wants a multipart route to declare its form, and checks the form’s text fields', () => {
    expect(register({ consumes: ['multipart/form-data'] })).toThrowError(/declares no config.multipart/);
    expect(
      register(
        { consumes: ['multipart/form-data'] },
        { multipart: { fields: z.object({ name: z.string() }), files: { scan: { max: 1 } } } },
      ),
    ).toThrowError(/multipart.name: text without/);
    expect(
      register(
        { consumes: ['multipart/form-data'] },
        { multipart: { fields: z.object({ name: ZText.max(10) }), files: { scan: { max: 1 } } } },
      ),
    ).not.toThrow();
  });
});
