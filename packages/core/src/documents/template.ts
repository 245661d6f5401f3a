import {
  type TDocumentTemplate,
  TEMPLATE_BUILTINS,
  type TTemplateData,
  type TTemplateField,
} from '@sigap/contracts';
import { zoneAbbreviation } from '../calendar/zone';
import type { FormatLanguage } from '../format/date';
import { formatDateTime, formatLocalDate, formatWeekdayDate, fromLocal } from '../format/date';

/** What an empty value prints as: a dotted line the reader fills in by hand, as on the paper forms. */
export const BLANK = '……………………………';

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

/** The placeholder names a text uses, in order of appearance (`{{agency.name}}` → 'agency.name'). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Replaces every `{{name}}` with `value(name)`; names it does not know (undefined) print as
 * the blank dotted line, so a half-filled draft still reads like the paper form.
 */
export function fillPlaceholders(text: string, value: (name: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = value(name);
    return v === undefined || v === '' ? BLANK : v;
  });
}

export interface TemplateProblem {
  /** Where in the template, as a dotted path (`blocks.3.text.id`). */
  path: string;
  rule: string;
  message: string;
}

export interface DataProblem {
  /** The field (or `field.row.column` inside a table). */
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/;
const MAX_TEXT = 10_000;
const MAX_ROWS = 200;

function isRealDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

function isDateTime(value: string): boolean {
  const local = LOCAL_DATETIME.exec(value);
  if (local) return isRealDate(local[1]!);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? !Number.isNaN(Date.parse(value))
    : false;
}

/** Whether a value counts as filled in: not absent, not blank text, not an empty list or table. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function checkScalar(field: TTemplateField, value: unknown, at: string, out: DataProblem[]): void {
  const type = (expected: string): void => {
    out.push({ field: at, rule: 'type', params: { expected } });
  };
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (typeof value !== 'string') {
        type('text');
        return;
      }
      if (value.length > MAX_TEXT) out.push({ field: at, rule: 'too_long', params: { max: MAX_TEXT } });
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) type('number');
      return;
    case 'date':
      if (typeof value !== 'string') {
        type('date');
        return;
      }
      if (!isRealDate(value)) out.push({ field: at, rule: 'date_format' });
      return;
    case 'time':
      if (typeof value !== 'string') {
        type('time');
        return;
      }
      if (!TIME.test(value)) out.push({ field: at, rule: 'time_format' });
      return;
    case 'datetime':
      if (typeof value !== 'string') {
        type('datetime');
        return;
      }
      if (!isDateTime(value)) out.push({ field: at, rule: 'format' });
      return;
    case 'select': {
      const options = (field.options ?? []).map((o) => o.value);
      const values = field.multiple && Array.isArray(value) ? value : [value];
      if (!field.multiple && Array.isArray(value)) {
        type('option');
        return;
      }
      for (const v of values) {
        if (typeof v !== 'string' || !options.includes(v)) {
          out.push({ field: at, rule: 'enum', params: { options: options.join(', ') } });
          return;
        }
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) {
        type('list');
        return;
      }
      if (value.length > MAX_ROWS) out.push({ field: at, rule: 'too_many', params: { max: MAX_ROWS } });
      value.forEach((item, i) => {
        if (typeof item !== 'string')
          out.push({ field: `${at}.${i}`, rule: 'type', params: { expected: 'text' } });
      });
      return;
    case 'table': {
      if (!Array.isArray(value)) {
        type('table');
        return;
      }
      if (value.length > MAX_ROWS) out.push({ field: at, rule: 'too_many', params: { max: MAX_ROWS } });
      const columns = new Set((field.columns ?? []).map((c) => c.name));
      value.forEach((row, i) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          out.push({ field: `${at}.${i}`, rule: 'type', params: { expected: 'row' } });
          return;
        }
        for (const [k, cell] of Object.entries(row)) {
          if (!columns.has(k)) out.push({ field: `${at}.${i}.${k}`, rule: 'unknown_field' });
          else if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number')
            out.push({ field: `${at}.${i}.${k}`, rule: 'type', params: { expected: 'text' } });
        }
      });
      return;
    }
  }
}

/**
 * Checks data against a template's fields and rules: unknown keys, types, option values,
 * required fields and the cross-field rules (Form B: phone or email). With `partial` only the
 * types are checked, so a blank or half-filled form can still be previewed and printed.
 */
export function validateTemplateData(
  template: Pick<TDocumentTemplate, 'fields' | 'rules'>,
  data: TTemplateData,
  opts: { partial?: boolean } = {},
): DataProblem[] {
  const out: DataProblem[] = [];
  const byName = new Map(template.fields.map((f) => [f.name, f]));
  for (const key of Object.keys(data)) {
    if (!byName.has(key)) out.push({ field: key, rule: 'unknown_field' });
  }
  for (const field of template.fields) {
    const value = data[field.name];
    if (!isFilled(value)) {
      if (field.required && !opts.partial) out.push({ field: field.name, rule: 'required' });
      continue;
    }
    checkScalar(field, value, field.name, out);
  }
  if (opts.partial) return out;
  for (const rule of template.rules ?? []) {
    if ('atLeastOne' in rule) {
      if (!rule.atLeastOne.some((name) => isFilled(data[name]))) {
        for (const name of rule.atLeastOne)
          out.push({ field: name, rule: 'at_least_one', params: { fields: rule.atLeastOne.join(', ') } });
      }
    } else {
      const { field, when, in: values } = rule.requiredIf;
      const chosen = data[when];
      const hits = Array.isArray(chosen)
        ? chosen.some((v) => values.includes(String(v)))
        : values.includes(String(chosen));
      if (isFilled(chosen) && hits && !isFilled(data[field]) && !out.some((p) => p.field === field))
        out.push({ field, rule: 'required', params: { when } });
    }
  }
  return out;
}

/** Every text of a block that may hold placeholders, with its path. */
function blockTexts(block: TDocumentTemplate['blocks'][number], base: string): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const both = (path: string, t: { id: string; en: string } | undefined) => {
    if (t) texts.push([`${path}.id`, t.id], [`${path}.en`, t.en]);
  };
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      both(`${base}.text`, block.text);
      break;
    case 'fields':
      both(`${base}.title`, block.title);
      block.rows.forEach((row, i) => {
        if (typeof row !== 'string') both(`${base}.rows.${i}.value`, row.value);
      });
      break;
    case 'table':
    case 'initials':
      both(`${base}.title`, block.title);
      break;
    case 'list':
      both(`${base}.title`, block.title);
      block.items?.forEach((item, i) => {
        both(`${base}.items.${i}`, item);
      });
      break;
    case 'signature':
      both(`${base}.note`, block.note);
      block.signers.forEach((s, i) => {
        both(`${base}.signers.${i}.title`, s.title);
        both(`${base}.signers.${i}.name`, s.name);
        both(`${base}.signers.${i}.nip`, s.nip);
      });
      break;
    case 'pageBreak':
      break;
  }
  return texts;
}

/**
 * Checks what the schema cannot: unique names, placeholders and blocks that point at real
 * fields of the right type, rules over existing fields and options, one electronic signer,
 * and that the sample data is complete and valid (previews and tests render with it).
 */
export function validateTemplate(template: TDocumentTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: string, rule: string, message: string) => problems.push({ path, rule, message });
  const byName = new Map<string, TTemplateField>();
  template.fields.forEach((f, i) => {
    if (byName.has(f.name)) add(`fields.${i}.name`, 'duplicate', `field '${f.name}' is defined twice`);
    byName.set(f.name, f);
    const values = new Set<string>();
    f.options?.forEach((o, j) => {
      if (values.has(o.value))
        add(`fields.${i}.options.${j}.value`, 'duplicate', `option '${o.value}' twice`);
      values.add(o.value);
    });
    const columns = new Set<string>();
    f.columns?.forEach((c, j) => {
      if (columns.has(c.name)) add(`fields.${i}.columns.${j}.name`, 'duplicate', `column '${c.name}' twice`);
      columns.add(c.name);
    });
  });
  const builtins = new Set<string>(TEMPLATE_BUILTINS);
  const needField = (path: string, name: string, type?: TTemplateField['type']) => {
    const f = byName.get(name);
    if (!f) add(path, 'unknown_field', `no field named '${name}'`);
    else if (type && f.type !== type) add(path, 'field_type', `'${name}' must be a field of type ${type}`);
  };

  let electronic = 0;
  template.blocks.forEach((block, i) => {
    const base = `blocks.${i}`;
    for (const [path, text] of blockTexts(block, base)) {
      for (const name of placeholdersOf(text)) {
        if (builtins.has(name)) continue;
        const f = byName.get(name);
        if (!f) add(path, 'unknown_placeholder', `{{${name}}} is neither a field nor a built-in value`);
        else if (f.type === 'table')
          add(path, 'field_type', `{{${name}}} is a table: print it with a table block`);
      }
    }
    if (block.type === 'fields') {
      block.rows.forEach((row, j) => {
        const name = typeof row === 'string' ? row : row.field;
        if (name) needField(`${base}.rows.${j}`, name);
        if (name && byName.get(name)?.type === 'table')
          add(`${base}.rows.${j}`, 'field_type', `'${name}' is a table: print it with a table block`);
      });
    }
    if (block.type === 'table') {
      needField(`${base}.field`, block.field, 'table');
      const names = byName.get(block.field)?.columns?.map((c) => c.name) ?? [];
      block.columns?.forEach((c, j) => {
        if (names.length && !names.includes(c))
          add(`${base}.columns.${j}`, 'unknown_field', `'${block.field}' has no column '${c}'`);
      });
    }
    if (block.type === 'list' && block.field) needField(`${base}.field`, block.field, 'list');
    if (block.type === 'signature') electronic += block.signers.filter((s) => s.electronic).length;
  });
  if (electronic > 1) add('blocks', 'duplicate', 'at most one electronic signer per document');

  (template.rules ?? []).forEach((rule, i) => {
    if ('atLeastOne' in rule) {
      rule.atLeastOne.forEach((name, j) => {
        needField(`rules.${i}.atLeastOne.${j}`, name);
      });
    } else {
      const { field, when, in: values } = rule.requiredIf;
      needField(`rules.${i}.requiredIf.field`, field);
      needField(`rules.${i}.requiredIf.when`, when, 'select');
      const options = byName.get(when)?.options?.map((o) => o.value) ?? [];
      values.forEach((v, j) => {
        if (options.length && !options.includes(v))
          add(`rules.${i}.requiredIf.in.${j}`, 'enum', `'${v}' is not an option of '${when}'`);
      });
    }
  });

  if (template.sample) {
    for (const p of validateTemplateData(template, template.sample)) {
      add(`sample.${p.field}`, p.rule, `sample data: ${p.field} breaks '${p.rule}'`);
    }
  }
  return problems;
}

/** The text of an option value in the document's language (the value itself when unknown). */
export function optionLabel(field: TTemplateField, value: string, lang: FormatLanguage): string {
  return field.options?.find((o) => o.value === value)?.label[lang] ?? value;
}

function formatNumber(value: number, lang: FormatLanguage): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
}

/**
 * How a filled-in value prints: dates as Indonesian documents write them ('23 November 2026',
 * 'Senin, 23 November 2026' for "Hari/tanggal"), times with the office's zone ('10.30 WITA'),
 * option values as their labels, lists and tables joined. Empty values give `BLANK`.
 */
export function formatFieldValue(
  field: TTemplateField,
  value: unknown,
  opts: { lang: FormatLanguage; timeZone: string },
): string {
  if (!isFilled(value)) return BLANK;
  const { lang, timeZone } = opts;
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
    case 'date':
      if (typeof value !== 'string' || !isRealDate(value)) return String(value);
      return field.weekday
        ? formatWeekdayDate(fromLocal(value, '12:00', timeZone), timeZone, lang)
        : formatLocalDate(value, lang);
    case 'time':
      if (typeof value !== 'string' || !TIME.test(value)) return String(value);
      return `${lang === 'id' ? value.replace(':', '.') : value} ${zoneAbbreviation(timeZone)}`;
    case 'datetime': {
      if (typeof value !== 'string' || !isDateTime(value)) return String(value);
      const local = LOCAL_DATETIME.exec(value);
      const instant = local ? fromLocal(local[1]!, local[2]!, timeZone) : new Date(value);
      return formatDateTime(instant, timeZone, lang);
    }
    case 'select': {
      const values = Array.isArray(value) ? value : [value];
      return values.map((v) => optionLabel(field, String(v), lang)).join(', ');
    }
    case 'list':
      return Array.isArray(value) ? value.map(String).join('; ') : String(value);
    case 'table':
      return Array.isArray(value)
        ? value.map((row) => Object.values(row as Record<string, unknown>).join(', ')).join('; ')
        : String(value);
    default:
      return String(value);
  }
}

/** The city an agency signs in: the address's second part without a postal code ('…, Samarinda, …'). */
export function agencyCity(address: string): string {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const city = (parts.length > 1 ? parts[1] : parts[0]) ?? '';
  return city.replace(/\s*\d{5}\s*$/, '').trim();
}

/**
 * Whether a document's data fills in a field marked `identity` (a reporter's name, address,
 * phone or email): such a document, on a case whose identity is confidential, is shown only to
 * those who may see that identity.
 */
export function holdsIdentity(
  template: Pick<TDocumentTemplate, 'fields'>,
  data: Readonly<Record<string, unknown>>,
): boolean {
  return template.fields.some((f) => f.identity === true && isFilled(data[f.name]));
}
