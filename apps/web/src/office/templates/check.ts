import {
  RULE_MESSAGES,
  ruleMessage,
  type TDocumentTemplate,
  type TLang,
  ZFreeValues,
  ZTemplateRequest,
} from '@sigap/contracts';
import { validateTemplate, validateTemplateData } from '@sigap/core';
import type { z } from 'zod';

export interface Problem {
  path: string;
  message: string;
}

/** A zod issue in the rule vocabulary the server answers with, in the user's language. */
function issueProblem(issue: z.core.$ZodIssue, prefix: string, lang: TLang): Problem {
  const path = prefix + issue.path.map(String).join('.');
  const field = `'${path || '(root)'}'`;
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: ruleMessage(issue.input === undefined ? 'required' : 'type', lang, {
          field,
          expected: issue.expected,
        }),
      };
    case 'invalid_value':
      return {
        path,
        message: ruleMessage('enum', lang, { field, options: issue.values.map(String).join(', ') }),
      };
    case 'unrecognized_keys':
      return {
        path,
        message: issue.keys
          .map((k) => ruleMessage('unknown_field', lang, { field: `'${path ? `${path}.` : ''}${k}'` }))
          .join(' '),
      };
    case 'too_small':
      return { path, message: ruleMessage('required', lang, { field }) };
    default: {
      // a rule of the request primitives (text_nul, json_depth, …) reads as the server says it
      const params = (issue as { params?: Record<string, string | number> }).params ?? {};
      if (RULE_MESSAGES[issue.message])
        return { path, message: ruleMessage(issue.message, lang, { field, ...params }) };
      return { path, message: `${path || '(root)'}: ${issue.message}` };
    }
  }
}

/** Reads JSON, naming the syntax error instead of throwing. */
export function parseJson(text: string): { value: unknown; error: string | null } {
  try {
    return { value: JSON.parse(text), error: null };
  } catch (e) {
    return { value: null, error: (e as Error).message };
  }
}

/**
 * The checks the server makes before publishing, run as the administrator types: the shape
 * (zod), then placeholders, fields, rules and the sample data (`validateTemplate`).
 */
export function checkTemplate(
  value: unknown,
  lang: TLang,
): { template: TDocumentTemplate | null; problems: Problem[] } {
  const parsed = ZTemplateRequest.safeParse(value);
  if (!parsed.success)
    return { template: null, problems: parsed.error.issues.map((i) => issueProblem(i, '', lang)) };
  const problems = validateTemplate(parsed.data).map((p) => ({
    path: p.path,
    message: ruleMessage(p.rule, lang, { field: `'${p.path}'`, fields: '', name: p.message }),
  }));
  return { template: parsed.data, problems };
}

/** The preview data against the template's fields, as the preview endpoint checks it. */
export function checkData(
  value: unknown,
  template: TDocumentTemplate,
  lang: TLang,
  partial: boolean,
): Problem[] {
  const parsed = ZFreeValues.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => issueProblem(i, 'data.', lang));
  return validateTemplateData(template, parsed.data, { partial }).map((p) => ({
    path: `data.${p.field}`,
    message: ruleMessage(p.rule, lang, { field: `'data.${p.field}'`, ...(p.params ?? {}) }),
  }));
}
