import { RULE_MESSAGES, ruleMessage, type TFieldError } from '@sigap/contracts';
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

export type Errors = Record<string, string | undefined>;

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

/** How a form reads the fields a refused request names. */
export interface ServerErrorOptions {
  /**
   * The form's labels by field name (or a function giving one, with the server's full path):
   * each replaces the field's quoted key in the server's words, which read badly next to the input.
   */
  labels?: Record<string, string> | ((name: string, path: string) => string | undefined);
  /** Fields under this path (`data` of a document, `form` of a task) are named by the part after it. */
  under?: string;
  /** With `under`: leave out every other field. */
  onlyUnder?: boolean;
  /** The form's name for a field the server calls otherwise (`toUserId` → `user`). */
  rename?: Record<string, string>;
  /** Every message of a field, joined; otherwise the first. */
  all?: boolean;
  /** Words one field's message itself (a form that knows its fields' rules). */
  word?: (field: TFieldError, name: string) => string;
}

/** The form's name of a field path: `attachments[2]` and `attachments.2` are `attachments`. */
function nameOf(path: string, options: ServerErrorOptions): string | null {
  let rest = path;
  if (options.under) {
    const prefix = `${options.under}.`;
    if (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
    else if (options.onlyUnder) return null;
  }
  const name = /^[^.[]+/.exec(rest)?.[0] ?? rest;
  return options.rename?.[name] ?? name;
}

/**
 * The field errors of a refused request (DESIGN §5.5: a 400 names each field and its rule),
 * keyed by the form's field names; every form turns server errors into field errors this way.
 */
export function fieldErrors(fields: readonly TFieldError[], options: ServerErrorOptions = {}): Errors {
  const grouped: Record<string, string[]> = {};
  for (const f of fields) {
    const name = nameOf(f.field, options);
    if (name === null) continue;
    const list = grouped[name] ?? [];
    grouped[name] = list;
    if (list.length > 0 && !options.all) continue;
    let message = options.word ? options.word(f, name) : f.message;
    const label =
      typeof options.labels === 'function' ? options.labels(name, f.field) : options.labels?.[name];
    if (label) message = message.replaceAll(`'${f.field}'`, label).replaceAll(`'${name}'`, label);
    if (!list.includes(message)) list.push(message);
  }
  const errors: Errors = {};
  for (const [name, list] of Object.entries(grouped)) errors[name] = list.join(' ');
  return errors;
}

/** `fieldErrors` of an `ApiError`; nothing for any other failure. */
export function serverFieldErrors(error: unknown, options?: ServerErrorOptions): Errors {
  return error instanceof ApiError ? fieldErrors(error.fields, options) : {};
}

/**
 * Puts a refused request's field errors on the form's fields and its message above the form; a
 * failure that is not an API answer shows `fallback`.
 */
export function applyServerErrors(
  form: { setErrors: (errors: Errors) => void; setFormError: (message: string | null) => void },
  error: unknown,
  fallback: string,
  options?: ServerErrorOptions,
): void {
  form.setErrors(serverFieldErrors(error, options));
  form.setFormError(error instanceof ApiError ? error.message : fallback);
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

  const fromError = useCallback(
    (error: unknown, fallback: string, options?: ServerErrorOptions) =>
      applyServerErrors({ setErrors, setFormError }, error, fallback, options),
    [],
  );

  return { errors, setErrors, formError, setFormError, clear, clearField, fromError };
}
