import { RULE_MESSAGES, ruleMessage } from '@sigap/contracts';
import { useCallback, useState } from 'react';
import { currentLang } from '../i18n';
import { ApiError } from './api';

/** The part of a zod issue the form needs (zod 4). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  /** A custom rule's message params (`date_out_of_range`: min and max). */
  params?: Record<string, string | number>;
}
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

type Errors = Record<string, string | undefined>;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function ruleOf(issue: Issue, value: unknown): { rule: string; params: Record<string, string | number> } {
  if (isEmpty(value) && issue.code !== 'custom') return { rule: 'required', params: {} };
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return { rule: 'too_short', params: { min } };
      if (issue.origin === 'array') return { rule: 'too_few', params: { min } };
      return { rule: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'too_long', params: { max } };
      if (issue.origin === 'array') return { rule: 'too_many', params: { max } };
      return { rule: 'too_big', params: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { rule: 'email', params: {} };
      if (issue.format === 'uuid') return { rule: 'uuid', params: {} };
      return { rule: issue.message in RULE_MESSAGES ? issue.message : 'format', params: {} };
    case 'invalid_value':
      return { rule: 'enum', params: { options: (issue.values ?? []).join(', ') } };
    case 'custom':
      return issue.message in RULE_MESSAGES
        ? { rule: issue.message, params: issue.params ?? {} }
        : { rule: 'invalid', params: {} };
    default:
      return { rule: 'invalid', params: {} };
  }
}

/**
 * Checks form data with the same contracts schema the server uses (DESIGN §5.4) and
 * words each problem with the shared rule messages.
 */
export function validate<T>(
  schema: Schema<T>,
  data: Record<string, unknown>,
  labels: Record<string, string>,
): { ok: true; data: T } | { ok: false; errors: Errors } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue;
    const { rule, params } = ruleOf(issue, data[field]);
    errors[field] = ruleMessage(rule, currentLang(), { field: labels[field] ?? field, ...params });
  }
  return { ok: false, errors };
}

/** Field errors and a form-level message, filled from client checks or from an `ApiError`. */
export function useFormErrors() {
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  const clearField = useCallback((field: string) => {
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
  }, []);

  const fromError = useCallback((error: unknown, fallback: string) => {
    if (error instanceof ApiError) {
      const next: Errors = {};
      for (const f of error.fields) {
        const key = f.field.split('.')[0] ?? f.field;
        if (!next[key]) next[key] = f.message;
      }
      setErrors(next);
      setFormError(error.message);
    } else {
      setErrors({});
      setFormError(fallback);
    }
  }, []);

  return { errors, setErrors, formError, setFormError, clear, clearField, fromError };
}
