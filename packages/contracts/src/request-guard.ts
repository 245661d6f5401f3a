import type { z } from 'zod';
import { INT4_MAX, INT4_MIN, instantCheck, jsonCheck, localDateCheck, textCheck } from './input';

/**
 * Lists the leaves of a request schema that could carry a value PostgreSQL refuses (and so
 * answer 500 instead of 400): text without `textCheck` (build it from `ZText`), a date or
 * date-time without the calendar and range check (`ZLocalDate`, `ZInstant`), a number without
 * bounds inside `int4`, a free value (`z.unknown()`, a loose object) outside a `jsonCheck`
 * (`ZFreeValues`). Formats whose grammar is ASCII letters and digits (uuid, email) pass as
 * they are. Anything the walker does not know is a problem too, so a new kind of schema is a
 * conscious choice. The server runs this on every route's body, query string and path
 * parameters, and on the documented text fields of multipart forms, when it starts.
 */
export function requestSchemaProblems(schema: z.core.$ZodType, at = ''): string[] {
  const out: string[] = [];
  walk(schema, at, false, out, new Set());
  return out;
}

/** String formats whose own grammar excludes NUL and surrogates. */
const SAFE_FORMATS = new Set(['uuid', 'guid', 'email']);

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

function hasCheck(schema: z.core.$ZodType, check: z.core.$ZodCheck<never>): boolean {
  return (schema._zod.def.checks ?? []).some((c) => c === (check as unknown));
}

/** `ancestors` holds the schemas above this one: a recursive schema is walked once round. */
function walk(schema: z.core.$ZodType, at: string, covered: boolean, out: string[], ancestors: Set<unknown>) {
  if (ancestors.has(schema)) return;
  ancestors.add(schema);
  try {
    visit(schema, at, covered, out, ancestors);
  } finally {
    ancestors.delete(schema);
  }
}

function visit(
  schema: z.core.$ZodType,
  at: string,
  covered: boolean,
  out: string[],
  ancestors: Set<unknown>,
) {
  const def = schema._zod.def as Def;
  const where = at || '(root)';
  const inJson = covered || hasCheck(schema, jsonCheck);
  const child = (s: unknown, path: string, isCovered = inJson) =>
    walk(s as z.core.$ZodType, path, isCovered, out, ancestors);
  switch (def.type) {
    case 'string': {
      const format = def.format as string | undefined;
      if (format === 'date' || format === 'datetime') {
        if (!hasCheck(schema, localDateCheck) && !hasCheck(schema, instantCheck))
          out.push(`${where}: a date without the calendar and range check (use ZLocalDate or ZInstant)`);
      } else if (!inJson && !hasCheck(schema, textCheck) && !(format && SAFE_FORMATS.has(format)))
        out.push(`${where}: text without the NUL/surrogate check (build it from ZText)`);
      return;
    }
    case 'number': {
      const n = schema as unknown as { minValue: number | null; maxValue: number | null };
      const min = n.minValue ?? Number.NEGATIVE_INFINITY;
      const max = n.maxValue ?? Number.POSITIVE_INFINITY;
      if (min < INT4_MIN || max > INT4_MAX)
        out.push(`${where}: a number without bounds inside int4 (add .min() and .max(), or use ZInt)`);
      return;
    }
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
    case 'undefined':
    case 'never':
    case 'transform':
      return;
    case 'unknown':
    case 'any':
      if (!inJson)
        out.push(`${where}: a free value without jsonCheck (use ZFreeValues or .check(jsonCheck))`);
      return;
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      for (const [k, v] of Object.entries(shape)) child(v, at ? `${at}.${k}` : k);
      const catchall = def.catchall as z.core.$ZodType | undefined;
      if (catchall && catchall._zod.def.type !== 'never') child(catchall, at ? `${at}.*` : '*');
      return;
    }
    case 'record':
      child(def.keyType, `${at}{key}`);
      child(def.valueType, `${at}.*`);
      return;
    case 'array':
      child(def.element, `${at}[]`);
      return;
    case 'tuple':
      for (const [i, s] of (def.items as unknown[]).entries()) child(s, `${at}[${i}]`);
      if (def.rest) child(def.rest, `${at}[]`);
      return;
    case 'union':
      for (const option of def.options as unknown[]) child(option, at);
      return;
    case 'intersection':
      child(def.left, at);
      child(def.right, at);
      return;
    case 'pipe':
      child(def.in, at);
      child(def.out, at);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
      child(def.innerType, at);
      return;
    case 'lazy':
      child((def.getter as () => unknown)(), at);
      return;
    default:
      out.push(`${where}: a ${def.type} schema the request guard does not know`);
  }
}
