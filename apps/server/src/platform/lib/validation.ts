import { RULE_MESSAGES, ruleMessage, type TFieldError, type TLang } from '@sigap/contracts';
import type { z } from 'zod';

/** One issue as the zod type provider hands it to Fastify, or as zod itself reports it. */
interface IssueLike {
  keyword?: string;
  code?: string;
  instancePath?: string;
  path?: PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
  [k: string]: unknown;
}

function fieldLabel(field: string): string {
  return `'${field || '(body)'}'`;
}

/** Turns schema issues into `{ field, rule, message }` entries in the user's language. */
export function issuesToFields(issues: IssueLike[], lang: TLang): TFieldError[] {
  const out: TFieldError[] = [];
  for (const issue of issues) {
    const code = issue.keyword ?? issue.code ?? 'custom';
    const p = (issue.params ?? issue) as Record<string, unknown>;
    const field = issue.instancePath
      ? issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
      : (issue.path ?? []).map(String).join('.');
    const push = (f: string, rule: string, params: Record<string, string | number> = {}) =>
      out.push({ field: f, rule, message: ruleMessage(rule, lang, { field: fieldLabel(f), ...params }) });
    switch (code) {
      case 'invalid_type': {
        const missing = /received undefined|received null/.test(issue.message);
        if (missing) push(field, 'required');
        else push(field, 'type', { expected: String(p.expected ?? '') });
        break;
      }
      case 'too_small': {
        const min = Number(p.minimum ?? 0);
        if (p.origin === 'string') push(field, min <= 1 ? 'required' : 'too_short', { min });
        else if (p.origin === 'array' || p.origin === 'set') push(field, 'too_few', { min });
        else push(field, 'too_small', { min });
        break;
      }
      case 'too_big': {
        const max = Number(p.maximum ?? 0);
        if (p.origin === 'string') push(field, 'too_long', { max });
        else if (p.origin === 'array' || p.origin === 'set') push(field, 'too_many', { max });
        else push(field, 'too_big', { max });
        break;
      }
      case 'invalid_format': {
        const format = String(p.format ?? '');
        if (format === 'email') push(field, 'email');
        else if (format === 'uuid' || format === 'guid') push(field, 'uuid');
        else push(field, RULE_MESSAGES[issue.message] ? issue.message : 'format');
        break;
      }
      case 'invalid_value':
      case 'invalid_enum_value': {
        if (issue.message === 'required') {
          push(field, 'required');
          break;
        }
        const values = Array.isArray(p.values) ? (p.values as unknown[]).map(String).join(', ') : '';
        push(field, 'enum', { options: values });
        break;
      }
      case 'unrecognized_keys': {
        const keys = Array.isArray(p.keys) ? (p.keys as string[]) : [];
        for (const k of keys) push(field ? `${field}.${k}` : k, 'unknown_field');
        break;
      }
      default: {
        // a rule of our own (custom issue) carries its message params in `params` (nested one
        // level deeper when the issue comes through the type provider)
        const own = issue.keyword !== undefined ? p.params : issue.params;
        const extra = (own && typeof own === 'object' ? own : {}) as Record<string, string | number>;
        if (RULE_MESSAGES[issue.message]) push(field, issue.message, extra);
        else push(field, 'invalid');
      }
    }
  }
  return out;
}

export function zodErrorToFields(error: z.ZodError, lang: TLang): TFieldError[] {
  return issuesToFields(error.issues as unknown as IssueLike[], lang);
}

/**
 * A field problem found by hand (files, cross-field rules), in zod's issue shape so it joins the
 * rest; `params` fill the rule's message (`too_many` needs `{ max }`).
 */
export const fieldIssue = (
  path: string,
  message: string,
  params?: Record<string, string | number>,
): z.core.$ZodIssue => ({
  code: 'custom',
  path: [path],
  message,
  input: undefined,
  ...(params ? { params } : {}),
});
