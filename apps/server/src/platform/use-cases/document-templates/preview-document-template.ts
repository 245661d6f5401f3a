import type { TDocumentTemplate, TTemplatePreviewRequest } from '@sigap/contracts';
import { assertCan, validateTemplate, validateTemplateData } from '@sigap/core';
import {
  type RenderDocumentInput,
  renderDocument,
  renderDocumentDocx,
} from '../../documents/render-document';
import type { AuthedCtx } from '../context';
import { loadTemplateVersion } from './get-document-template';
import { dataInvalid, previewNumber, templateInvalid } from './template-support';

export interface PreviewInput extends TTemplatePreviewRequest {
  code: string;
  lang: 'id' | 'en';
  format: 'pdf' | 'docx';
}

/** The template to preview (a stored version, or the editor's unpublished body) and the data, checked. */
async function previewDocumentInput(ctx: AuthedCtx, input: PreviewInput): Promise<RenderDocumentInput> {
  let template: TDocumentTemplate;
  if (input.template) {
    // the editor previews before publishing (a new code too): the checks publishing makes
    assertCan(ctx.actor, 'template.read', { agencyId: ctx.actor.agencyId });
    const problems = validateTemplate(input.template);
    if (problems.length > 0) throw templateInvalid(problems, 'template.');
    template = input.template;
  } else {
    template = (await loadTemplateVersion(ctx, { code: input.code, version: input.version })).template;
  }
  const data = input.data ?? template.sample ?? {};
  const problems = validateTemplateData(template, data, { partial: input.partial ?? false });
  if (problems.length > 0) throw dataInvalid(problems);
  const { agency } = ctx.actor;
  return {
    template,
    data,
    agency: {
      name: agency.name,
      shortName: agency.shortName,
      address: agency.address,
      timeZone: agency.timeZone,
    },
    number: null,
    numberPlaceholder: previewNumber(agency, template, ctx.now),
    date: null,
    caseNumber: null,
    lang: input.lang,
    signature: null,
    initials: [],
  };
}

/**
 * Renders a template with data (its sample data when none is given) as a draft would print:
 * placeholder number, no date, an empty initials box. Nothing is stored.
 */
export async function previewDocumentTemplate(
  ctx: AuthedCtx,
  input: PreviewInput,
): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const render = await previewDocumentInput(ctx, input);
  const name = `${input.code}-${input.lang}`;
  if (input.format === 'docx') {
    return {
      filename: `${name}.docx`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      body: await renderDocumentDocx(render),
    };
  }
  const { pdf } = await renderDocument(render);
  return { filename: `${name}.pdf`, contentType: 'application/pdf', body: pdf };
}
