import { requestSchemaProblems } from '@sigap/contracts';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * A multipart route's form: its text fields (the contracts schema the use case parses them
 * with) and its file fields with how many files each takes. Fastify does not validate multipart
 * bodies, so this is what documents the form in OpenAPI and what the request guard checks.
 */
export interface MultipartForm {
  fields?: z.ZodObject;
  files: Record<string, { max: number; required?: boolean }>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    multipart?: MultipartForm;
  }
}

const REQUEST_PARTS = ['body', 'querystring', 'params', 'headers'] as const;

/**
 * Refuses to register a route whose request schema could let a value through that PostgreSQL
 * refuses (a bare `z.string()`, an unchecked date, an unbounded number, a free value without
 * the deep check: see `requestSchemaProblems` in @sigap/contracts), and a multipart route that
 * does not declare its form. The server does not start with such a route, so every test that
 * builds the app fails on it.
 */
export function guardRequestSchemas(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    for (const part of REQUEST_PARTS) {
      const s = schema[part];
      if (s instanceof z.ZodType) problems.push(...requestSchemaProblems(s, part));
    }
    const form = route.config?.multipart;
    const consumes = (schema.consumes as string[] | undefined) ?? [];
    if (consumes.includes('multipart/form-data') && !form)
      problems.push('multipart: the route consumes multipart/form-data but declares no config.multipart');
    if (form?.fields) problems.push(...requestSchemaProblems(form.fields, 'multipart'));
    if (problems.length > 0)
      throw new Error(
        `unsafe request schema on ${String(route.method)} ${route.url}:\n  ${problems.join('\n  ')}`,
      );
  });
}

/** The multipart form as a body schema, for the OpenAPI document only (files as binary strings). */
function multipartBody(form: MultipartForm): z.ZodObject {
  const files = Object.fromEntries(
    Object.entries(form.files).map(([name, f]) => {
      const file = f.max > 1 ? z.array(z.file()).max(f.max) : z.file();
      return [name, f.required ? file : file.optional()];
    }),
  );
  return (form.fields ?? z.object({})).extend(files);
}

/**
 * The OpenAPI transform: zod schemas to JSON Schema, and a multipart route's declared form as
 * its `multipart/form-data` request body, so the document lists every field a client may send.
 */
export const openApiTransform: typeof jsonSchemaTransform = (doc) => {
  const form = (doc.route as { config?: { multipart?: MultipartForm } } | undefined)?.config?.multipart;
  if (!form || !doc.schema) return jsonSchemaTransform(doc);
  return jsonSchemaTransform({ ...doc, schema: { ...doc.schema, body: multipartBody(form) } });
};
