import { z } from 'zod';

/**
 * The building blocks of every request schema (bodies, query strings, path parameters and the
 * text fields of multipart forms). They refuse, with a named rule, what PostgreSQL would refuse
 * with a 500: a NUL character or an unpaired UTF-16 surrogate in text (neither `text` nor
 * `jsonb` can hold them), a date that is not on the calendar or outside the range the
 * application handles, an integer past its `int4` column. `requestSchemaProblems`
 * (./request-guard) lists the leaves of a request schema that are not built from these, and the
 * server refuses to start with such a route.
 */

/** An `int4` column's bounds: PostgreSQL answers "out of range" past them. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/**
 * The dates a request may carry (office-local calendar dates and instants alike). Wide enough
 * for any letter, regulation or plan the agencies deal with; narrow enough that date arithmetic
 * (a week's end, a year's working days, a deadline) never leaves the four-digit years that
 * PostgreSQL and ISO strings share.
 */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2199-12-31';

/** How deep a free JSON value (a form's answers, a document's data) may nest. */
export const JSON_MAX_DEPTH = 20;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The rule a text breaks (`text_nul`, `text_surrogate`), or null when PostgreSQL can store it. */
export function textProblem(value: string): 'text_nul' | 'text_surrogate' | null {
  if (value.includes('\u0000')) return 'text_nul';
  if (LONE_SURROGATE.test(value)) return 'text_surrogate';
  return null;
}

/**
 * Text PostgreSQL can store, for input that cannot be refused back to its sender (an inbound
 * email): NUL characters taken out, unpaired surrogates replaced by U+FFFD.
 */
export function storableText(value: string): string {
  return value.replaceAll('\u0000', '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
}

/** The check every request text carries; the guard recognises text by this very object. */
export const textCheck = z.superRefine<string>((value, ctx) => {
  const rule = textProblem(value);
  if (rule) ctx.addIssue({ code: 'custom', message: rule, input: value });
});

/**
 * Text in a request: refuses NUL and unpaired surrogates (rules `text_nul`, `text_surrogate`).
 * Chain the usual string checks on it: `ZText.trim().min(3).max(300)`.
 */
export const ZText = z.string().check(textCheck);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `YYYY-MM-DD` names a day of the Gregorian calendar (no 30 February, no month 13). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // not Date.UTC, which reads years 0-99 as 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A real calendar date within DATE_MIN..DATE_MAX (rules `date_invalid`, `date_out_of_range`). */
export const localDateCheck = z.superRefine<string>((value, ctx) => {
  if (!ISO_DATE.test(value)) return; // the format check names it
  if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: 'date_invalid', input: value });
  else if (value < DATE_MIN || value > DATE_MAX)
    ctx.addIssue({
      code: 'custom',
      message: 'date_out_of_range',
      input: value,
      params: { min: DATE_MIN, max: DATE_MAX },
    });
});

/** An instant (ISO date-time with offset) whose office-local date, in any zone, stays in range. */
export const instantCheck = z.superRefine<string>((value, ctx) => {
  const date = value.slice(0, 10);
  if (!ISO_DATE.test(date)) return;
  if (!isCalendarDate(date)) ctx.addIssue({ code: 'custom', message: 'date_invalid', input: value });
  else if (date < DATE_MIN || date > DATE_MAX || !Number.isFinite(Date.parse(value)))
    ctx.addIssue({
      code: 'custom',
      message: 'date_out_of_range',
      input: value,
      params: { min: DATE_MIN, max: DATE_MAX },
    });
});

/** An instant as ISO 8601 with an offset (`2026-11-23T10:00:00+07:00`), in the date range. */
export const ZInstant = z.iso.datetime({ offset: true }).check(instantCheck);

/** An integer that fits an `int4` column; narrow it further with `.min()`/`.max()`. */
export const ZInt = z.number().int().min(INT4_MIN).max(INT4_MAX);
/** The same from a query string or path (`?page=2`). */
export const ZQueryInt = z.coerce.number().int().min(INT4_MIN).max(INT4_MAX);

/** Where a free JSON value breaks a rule: the path below the field and the rule. */
export interface JsonProblem {
  path: Array<string | number>;
  rule: 'text_nul' | 'text_surrogate' | 'json_depth';
}

/**
 * Walks a free JSON value (without recursion, so depth cannot overflow the stack) and lists
 * keys and strings PostgreSQL's `jsonb` refuses, and nesting past JSON_MAX_DEPTH.
 */
export function jsonProblems(value: unknown, max = 20): JsonProblem[] {
  const out: JsonProblem[] = [];
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: value, path: [] }];
  while (stack.length > 0 && out.length < max) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const rule = textProblem(v);
      if (rule) out.push({ path, rule });
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= JSON_MAX_DEPTH) {
        out.push({ path, rule: 'json_depth' });
        continue;
      }
      const entries: Array<[string | number, unknown]> = Array.isArray(v)
        ? v.map((x, i) => [i, x])
        : Object.entries(v);
      for (const [k, x] of entries) {
        const rule = typeof k === 'string' ? textProblem(k) : null;
        if (rule) out.push({ path: [...path, k], rule });
        else stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return out;
}

/** The check for free JSON values: every key and string below is text PostgreSQL can store. */
export const jsonCheck = z.superRefine<unknown>((value, ctx) => {
  for (const p of jsonProblems(value))
    ctx.addIssue({
      code: 'custom',
      message: p.rule,
      path: p.path,
      input: value,
      ...(p.rule === 'json_depth' ? { params: { max: JSON_MAX_DEPTH } } : {}),
    });
});

/**
 * Free values keyed by name: a task form's answers, a document's field values, a template's
 * sample data. Checked deeply by `jsonCheck`.
 */
export const ZFreeValues = z.record(z.string(), z.unknown()).check(jsonCheck);
