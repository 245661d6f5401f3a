import { type TDocumentTemplate, ZDocumentTemplate } from '@sigap/contracts';
import { type DataProblem, localDateString, placeholderNumber, type TemplateProblem } from '@sigap/core';
import type { TemplateRow } from '../../db/repositories/document-templates';
import { AppError } from '../../lib/errors';

/** A stored template body: checked again on the way out, so a row never answers with a bad shape. */
export function templateOfRow(row: TemplateRow): TDocumentTemplate {
  return ZDocumentTemplate.parse(row.body);
}

/** Template problems as one validation error, each naming its path (under `prefix`) and rule. */
export function templateInvalid(problems: TemplateProblem[], prefix = ''): AppError {
  return new AppError(
    'VALIDATION',
    {},
    problems.map((p) => ({ field: `${prefix}${p.path}`, rule: p.rule, params: { name: p.message } })),
  );
}

/** Data problems as one validation error on `data.<field>`, e.g. Form B's phone and email together. */
export function dataInvalid(problems: DataProblem[]): AppError {
  return new AppError(
    'VALIDATION',
    {},
    problems.map((p) => ({
      field: `data.${p.field}`,
      rule: p.rule,
      ...(p.params ? { params: p.params } : {}),
    })),
  );
}

/** What a draft shows for the number: the agency's pattern with dots for the sequence and the unit. */
export function previewNumber(
  agency: { letterNumberPattern: string; timeZone: string },
  template: TDocumentTemplate,
  now: Date,
): string {
  const [year, month] = localDateString(now, agency.timeZone).split('-').map(Number);
  return placeholderNumber(agency.letterNumberPattern, {
    classification: template.classification ?? '…',
    unit: '…',
    month: month ?? 1,
    year: year ?? now.getUTCFullYear(),
  });
}
