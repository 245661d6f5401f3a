import { z } from 'zod';
import { ZId } from '../common';
import { INT4_MAX, jsonCheck, ZFreeValues, ZText } from '../input';

/**
 * The document template format (shipped as `document-templates/*.yaml`, edited by an agency's
 * administrator as its own next version). A template names its fields (what the drafter
 * fills in) and lays the page out as blocks. Block texts may hold `{{placeholders}}`: a field's
 * name or one of `TEMPLATE_BUILTINS`. Cross-references (placeholders, a table block's field)
 * are checked by `validateTemplate` in `@sigap/core`; data is checked by `validateTemplateData`.
 */

export const TEMPLATE_KINDS = ['form', 'letter', 'memo', 'minutes', 'report', 'decree'] as const;
export type TTemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'time',
  'datetime',
  'number',
  'select',
  'list',
  'table',
] as const;
export type TTemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

/** Values every document knows without a field; `document.number` prints the placeholder until signed. */
export const TEMPLATE_BUILTINS = [
  'agency.name',
  'agency.shortName',
  'agency.address',
  'agency.city',
  'document.number',
  'document.date',
  'case.number',
  'signer.name',
  'signer.position',
  'signer.nip',
] as const;
export type TTemplateBuiltin = (typeof TEMPLATE_BUILTINS)[number];

/** A short label in Indonesian (the official wording) and English. */
export const ZTemplateLabel = z.strictObject({
  id: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type TTemplateLabel = z.infer<typeof ZTemplateLabel>;

/** A text of the page in both languages; may contain `{{placeholders}}`. */
export const ZTemplateText = z.strictObject({
  id: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type TTemplateText = z.infer<typeof ZTemplateText>;

export const ZTemplateFieldName = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'field name: a lower-case letter, then letters and digits (camelCase)');

export const ZTemplateOption = z.strictObject({
  value: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'option value: lower-case letters, digits, - and _'),
  label: ZTemplateLabel,
});
export type TTemplateOption = z.infer<typeof ZTemplateOption>;

export const ZTemplateColumn = z.strictObject({
  name: ZTemplateFieldName,
  label: ZTemplateLabel,
  /** Relative width in the printed table; 1 unless given. */
  width: z.number().positive().max(10).optional(),
});
export type TTemplateColumn = z.infer<typeof ZTemplateColumn>;

/**
 * A field the drafter fills in. Values: text/textarea a string, number a number, date
 * 'YYYY-MM-DD', time 'HH:MM', datetime 'YYYY-MM-DDTHH:MM' (office time) or an ISO instant,
 * select an option value (an array of them with `multiple`), list an array of strings, table
 * an array of rows keyed by column name.
 */
export const ZTemplateField = z
  .strictObject({
    name: ZTemplateFieldName,
    label: ZTemplateLabel,
    type: z.enum(TEMPLATE_FIELD_TYPES),
    required: z.boolean().default(false),
    options: z.array(ZTemplateOption).min(1).max(40).optional(),
    /** A select whose options are ticked boxes: any number of them may be chosen. */
    multiple: z.boolean().optional(),
    /** A select printed with every option and a box, the chosen one ticked ("coret yang tidak perlu"). */
    showOptions: z.boolean().optional(),
    columns: z.array(ZTemplateColumn).min(1).max(12).optional(),
    /** A date printed with the day's name ("Hari/tanggal": 'Senin, 23 November 2026'). */
    weekday: z.boolean().optional(),
    hint: ZTemplateLabel.optional(),
    /**
     * The field carries the identity of the person behind a case (a reporter's name, address,
     * phone or email): a document with it filled in, on a case whose module keeps that identity
     * confidential, is shown only to those who may see the identity.
     */
    identity: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.type === 'select' && !f.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'required' });
    if (f.type !== 'select' && (f.options || f.multiple || f.showOptions))
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'invalid' });
    if (f.type === 'table' && !f.columns)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'required' });
    if (f.type !== 'table' && f.columns)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'invalid' });
    if (f.type !== 'date' && f.weekday)
      ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'invalid' });
  });
export type TTemplateField = z.infer<typeof ZTemplateField>;

/** Rules across fields: at least one of several (Form B's phone or email), or required when another has a value. */
export const ZTemplateRule = z.union([
  z.strictObject({ atLeastOne: z.array(ZTemplateFieldName).min(2).max(10) }),
  z.strictObject({
    requiredIf: z.strictObject({
      field: ZTemplateFieldName,
      when: ZTemplateFieldName,
      /** Option values of `when` that make `field` required. */
      in: z.array(z.string().min(1)).min(1),
    }),
  }),
]);
export type TTemplateRule = z.infer<typeof ZTemplateRule>;

const align = z.enum(['left', 'center', 'right', 'justify']);

export const ZHeadingBlock = z.strictObject({
  type: z.literal('heading'),
  text: ZTemplateText,
  /** 1 the document's title (centred, large), 2 a section, 3 a sub-section. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  align: align.optional(),
});

export const ZParagraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  text: ZTemplateText,
  align: align.optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  small: z.boolean().optional(),
  /** Indented like the body under a numbered heading. */
  indent: z.boolean().optional(),
});

/** A row of a label/value table: a field (its label unless another is given) or a fixed label and text. */
export const ZFieldRow = z.union([
  ZTemplateFieldName,
  z
    .strictObject({
      field: ZTemplateFieldName.optional(),
      label: ZTemplateLabel.optional(),
      value: ZTemplateText.optional(),
    })
    .refine((r) => !!r.field || (!!r.label && !!r.value), { message: 'required' }),
]);
export type TFieldRow = z.infer<typeof ZFieldRow>;

export const ZFieldsBlock = z.strictObject({
  type: z.literal('fields'),
  title: ZTemplateText.optional(),
  rows: z.array(ZFieldRow).min(1).max(60),
  /** Lines around the cells (a form's boxes); plain label : value lines otherwise. */
  bordered: z.boolean().optional(),
  indent: z.boolean().optional(),
  /** Leave out the rows of empty fields (a letter's 'Lampiran' when there is none); forms keep the dotted line. */
  omitEmpty: z.boolean().optional(),
});

export const ZTableBlock = z.strictObject({
  type: z.literal('table'),
  /** A field of type `table`. */
  field: ZTemplateFieldName,
  title: ZTemplateText.optional(),
  /** A "No." column first; true unless given. */
  numbered: z.boolean().optional(),
  /** The columns to print, in order; all of the field's unless given. */
  columns: z.array(ZTemplateFieldName).min(1).optional(),
});

export const ZListBlock = z
  .strictObject({
    type: z.literal('list'),
    title: ZTemplateText.optional(),
    /** A field of type `list`; or fixed `items`. */
    field: ZTemplateFieldName.optional(),
    items: z.array(ZTemplateText).min(1).max(60).optional(),
    /** 'dictum' numbers a decree's articles KESATU, KEDUA, … (FIRST, SECOND, … in English). */
    style: z.enum(['number', 'letter', 'bullet', 'dictum']).default('number'),
    /** The first item's number, to continue a list (1 unless given). */
    start: z.number().int().positive().max(100).optional(),
    /** The title in a column left of the items ('Menimbang :' in a decree). */
    beside: z.boolean().optional(),
    indent: z.boolean().optional(),
    /** Leave the block out when its field is empty (a letter without 'Tembusan'). */
    omitEmpty: z.boolean().optional(),
  })
  .refine((b) => !!b.field !== !!b.items, { message: 'list: give either field or items', path: ['field'] });

export const ZSigner = z.strictObject({
  /** Printed above the signature, e.g. 'Pimpinan Rapat' or 'Kepala Dinas,'. */
  title: ZTemplateText,
  /** The name under the signature; for the electronic signer `{{signer.name}}` unless given. */
  name: ZTemplateText.optional(),
  nip: ZTemplateText.optional(),
  /** The document's signer: the QR code and the electronic-signature note print here once signed. */
  electronic: z.boolean().optional(),
});
export type TSigner = z.infer<typeof ZSigner>;

export const ZSignatureBlock = z.strictObject({
  type: z.literal('signature'),
  /** 'City, 23 November 2026' above the signers; true unless given. */
  placeDate: z.boolean().optional(),
  /** A line above the signers such as 'Mengetahui,'. */
  note: ZTemplateText.optional(),
  signers: z.array(ZSigner).min(1).max(6),
});

export const ZInitialsBlock = z.strictObject({
  type: z.literal('initials'),
  title: ZTemplateText.optional(),
});

export const ZPageBreakBlock = z.strictObject({ type: z.literal('pageBreak') });

export const ZTemplateBlock = z.discriminatedUnion('type', [
  ZHeadingBlock,
  ZParagraphBlock,
  ZFieldsBlock,
  ZTableBlock,
  ZListBlock,
  ZSignatureBlock,
  ZInitialsBlock,
  ZPageBreakBlock,
]);
export type TTemplateBlock = z.infer<typeof ZTemplateBlock>;

export const ZTemplateCode = ZText.regex(
  /^[a-z][a-z0-9-]{1,59}$/,
  'template code: lower-case letters, digits and -',
);

export const ZDocumentTemplate = z.strictObject({
  code: ZTemplateCode,
  kind: z.enum(TEMPLATE_KINDS),
  title: ZTemplateLabel,
  paper: z.literal('A4').default('A4'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  /** The agency's letterhead (kop surat) at the top of the first page. */
  letterhead: z.boolean(),
  /** The archive classification code a document of this template is usually numbered under ('005'). */
  classification: z
    .string()
    .regex(/^\d{3}(\.\d{1,3})*$/, 'classification: digits like 005 or 000.8.3.3')
    .optional(),
  /** Where the template comes from (a regulation's appendix, the agency's manual of letters). */
  source: z.string().trim().min(1).max(500).optional(),
  fields: z.array(ZTemplateField).max(80),
  rules: z.array(ZTemplateRule).max(20).default([]),
  blocks: z.array(ZTemplateBlock).min(1).max(200),
  /** Sample data: previews and tests render the template with it. */
  sample: z.record(z.string(), z.unknown()).optional(),
});
export type TDocumentTemplate = z.infer<typeof ZDocumentTemplate>;
export type TDocumentTemplateInput = z.input<typeof ZDocumentTemplate>;

/** A shipped file: the template with its version (one file per version, `<code>-v<version>.yaml`). */
export const ZDocumentTemplateFile = ZDocumentTemplate.extend({ version: z.number().int().positive() });
export type TDocumentTemplateFile = z.infer<typeof ZDocumentTemplateFile>;

/** Data filled into a template, keyed by field name. */
export const ZTemplateData = z.record(z.string(), z.unknown());
export type TTemplateData = z.infer<typeof ZTemplateData>;

/** A template as a request carries it: every text in it checked at once (`jsonCheck`). */
export const ZTemplateRequest = ZDocumentTemplate.check(jsonCheck);

// --- API (`/api/document-templates`) ---

export const ZTemplateVersionSummary = z.object({
  id: ZId,
  version: z.number().int().positive(),
  /** The agency's own version rather than a shipped one. */
  own: z.boolean(),
  createdAt: z.string(),
});
export type TTemplateVersionSummary = z.infer<typeof ZTemplateVersionSummary>;

export const ZTemplateSummary = z.object({
  code: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  /** Title of the newest version. */
  title: ZTemplateLabel,
  latestVersion: z.number().int().positive(),
  versions: z.array(ZTemplateVersionSummary),
});
export type TTemplateSummary = z.infer<typeof ZTemplateSummary>;

export const ZTemplateListResponse = z.object({ templates: z.array(ZTemplateSummary) });
export type TTemplateListResponse = z.infer<typeof ZTemplateListResponse>;

export const ZTemplateCodeParams = z.object({ code: ZTemplateCode });
export type TTemplateCodeParams = z.infer<typeof ZTemplateCodeParams>;

export const ZTemplateVersionQuery = z.object({
  version: z.coerce.number().int().positive().max(INT4_MAX).optional(),
});

export const ZTemplateDetailResponse = z.object({
  id: ZId,
  code: z.string(),
  version: z.number().int().positive(),
  own: z.boolean(),
  createdAt: z.string(),
  template: ZDocumentTemplate,
});
export type TTemplateDetailResponse = z.infer<typeof ZTemplateDetailResponse>;

export const ZTemplatePublishResponse = z.object({ id: ZId, code: z.string(), version: z.number().int() });
export type TTemplatePublishResponse = z.infer<typeof ZTemplatePublishResponse>;

export const ZTemplatePreviewRequest = z.strictObject({
  /** The data to fill in; the template's sample data when absent. */
  data: ZFreeValues.optional(),
  /** A published version; the newest when absent. */
  version: z.number().int().positive().max(INT4_MAX).optional(),
  /** An unpublished template body to preview instead of a stored version (the editor's preview). */
  template: ZTemplateRequest.optional(),
  /** The document's language; the caller's language when absent. */
  lang: z.enum(['id', 'en']).optional(),
  /** Check the field types only: missing required fields print as dotted lines (a blank form). */
  partial: z.boolean().optional(),
});
export type TTemplatePreviewRequest = z.infer<typeof ZTemplatePreviewRequest>;

export const ZTemplatePreviewQuery = z.object({
  version: z.coerce.number().int().positive().max(INT4_MAX).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
export type TTemplatePreviewQuery = z.infer<typeof ZTemplatePreviewQuery>;
