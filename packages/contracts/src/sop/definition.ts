import { z } from 'zod';
import { ZLocalDate } from '../common';
import { ZText } from '../input';
import { ROLE_CODES } from '../roles';

/**
 * The SOP definition format (DESIGN §4.3): one YAML file per SOP version in `sops/`, read by the
 * server at start-up and run by the engine. The shape is checked here; the graph rules (targets
 * exist, every step reachable, the end reachable, parallel branches join) are checked by
 * `validateSopDefinition` in `@sigap/core`.
 */

/** A text in Indonesian (`id`, the official wording) and English (`en`). */
export const ZSopText = z.strictObject({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type TSopText = z.infer<typeof ZSopText>;

export const SOP_TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month'] as const;
export type TSopTimeUnit = (typeof SOP_TIME_UNITS)[number];
export const SOP_TIME_BASES = ['working', 'calendar'] as const;
export type TSopTimeBasis = (typeof SOP_TIME_BASES)[number];

/** A duration: minutes and hours count working hours, days count working or calendar days. */
export const ZSopDuration = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(SOP_TIME_UNITS),
  basis: z.enum(SOP_TIME_BASES),
  /** The seed's own words (e.g. '4 x 60 menit', '1 jam 2 jam', 'H-1 bulan'), kept for audit. */
  raw: z.string().trim().min(1).optional(),
});
export type TSopDuration = z.infer<typeof ZSopDuration>;

/**
 * A step's standard time (mutu baku waktu). With `leadTime: true` the amount is not a duration
 * but how long before the event the step must be done (the seeds' 'H-1 bulan', 'H-2 minggu').
 */
export const ZSopStandardTime = ZSopDuration.extend({
  leadTime: z.boolean().optional(),
});
export type TSopStandardTime = z.infer<typeof ZSopStandardTime>;

/** Step ids: short, file-safe, never the reserved target `end`. */
export const ZSopStepId = ZText.regex(
  /^[a-z][a-z0-9_-]*$/,
  'step id: lower-case letters, digits, - and _ (e.g. s1)',
).refine((id) => id !== 'end', { message: "'end' is reserved for decision targets" });

/** A decision target: another step or the end of the procedure. */
export const ZSopTarget = z.union([z.literal('end'), ZSopStepId]);

export const ZSopFlowNext = z.strictObject({ next: ZSopStepId });
export const ZSopFlowDecision = z.strictObject({
  decision: z.strictObject({
    question: ZSopText,
    yes: ZSopTarget,
    no: ZSopTarget,
  }),
});
export const ZSopFlowParallel = z.strictObject({
  parallel: z.array(ZSopStepId).min(2),
  join: ZSopStepId,
});
export const ZSopFlowEnd = z.strictObject({ end: z.literal(true) });

/** Where a step goes when it is done: exactly one of next, decision, parallel + join, end. */
export const ZSopFlow = z.union([ZSopFlowNext, ZSopFlowDecision, ZSopFlowParallel, ZSopFlowEnd]);
export type TSopFlow = z.infer<typeof ZSopFlow>;

export const SOP_FORM_FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'number',
  'select',
  'checkbox',
  'file',
] as const;

export const ZSopFormField = z
  .strictObject({
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'field name: an identifier (e.g. reporterName)'),
    label: ZSopText,
    type: z.enum(SOP_FORM_FIELD_TYPES),
    required: z.boolean(),
    options: z
      .array(z.strictObject({ value: z.string().min(1), label: ZSopText }))
      .min(1)
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'select' && !field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs options' });
    }
    if (field.type !== 'select' && field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'only a select field has options' });
    }
  });
export type TSopFormField = z.infer<typeof ZSopFormField>;

export const SOP_STEP_SYMBOLS = ['start', 'process', 'decision', 'end'] as const;

export const ZSopRole = z.enum(ROLE_CODES);

export const ZSopStep = z
  .strictObject({
    id: ZSopStepId,
    /** The seed's row number. */
    no: z.number().int().positive(),
    activity: ZSopText,
    /** Roles that act; the first is the lane that owns the task, the others take part. */
    actors: z.array(ZSopRole).min(1),
    /** Kelengkapan / perlengkapan: what the step needs. */
    inputs: z.array(z.string().trim().min(1)),
    time: ZSopStandardTime.nullable(),
    /** The seed's time text when it gives no usable standard time (`time: null`). */
    timeRaw: z.string().trim().min(1).optional(),
    /** Documents or results the step produces. */
    outputs: z.array(z.string().trim().min(1)),
    form: z.array(ZSopFormField).min(1).optional(),
    symbol: z.enum(SOP_STEP_SYMBOLS).optional(),
    flow: ZSopFlow,
    assumptions: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((step, ctx) => {
    if (step.time !== null && step.timeRaw !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeRaw'],
        message: 'timeRaw is only for time: null; use time.raw',
      });
    }
    const names = new Set<string>();
    for (const [i, field] of (step.form ?? []).entries()) {
      if (names.has(field.name)) {
        ctx.addIssue({ code: 'custom', path: ['form', i, 'name'], message: `duplicate field ${field.name}` });
      }
      names.add(field.name);
    }
  });
export type TSopStep = z.infer<typeof ZSopStep>;

/** A swimlane: a role and the seed's column title. */
export const ZSopActor = z.strictObject({ role: ZSopRole, label: ZSopText });
export type TSopActor = z.infer<typeof ZSopActor>;

export const ZSopSource = z.strictObject({
  /** The seed file name, e.g. '004_e332bbe437a26d00.txt'. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'seed file name, e.g. 004_e332bbe437a26d00.txt'),
  agency: z.string().trim().min(1),
  /** Which part of the seed, when it holds several SOPs or appendices. */
  part: z.string().trim().min(1).optional(),
});

const ZIsoDate = ZLocalDate;

export const ZSopDefinition = z.strictObject({
  /** The official number, e.g. '067/012' or 'SOP/BPM/03'; null when the seed gives none. */
  code: z.string().trim().min(1).nullable(),
  /** The full document number as printed, e.g. '067/012/DPMPTSP-DALAK/XI/2022'. */
  number: z.string().trim().min(1).optional(),
  /** Stable, file-safe id shared by all versions of one SOP, e.g. 'dalak-067-012'. */
  key: ZText.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'key: lower-case words joined by -'),
  title: ZSopText,
  /**
   * The domain module that drives this SOP's cases from its own records (`complaints`), when
   * one does: its steps are then done on the module's pages, not the generic case page. Must
   * agree with the module's row in `MANAGED_SOPS` (`@sigap/core`); the loader refuses otherwise.
   */
  managedBy: z
    .string()
    .regex(/^[a-z]+(?:-[a-z]+)*$/, 'managedBy: a module folder name (lower-case words joined by -)')
    .optional(),
  version: z.number().int().positive(),
  /** Null when the seed states no date; see assumptions. */
  effectiveDate: ZIsoDate.nullable(),
  createdDate: ZIsoDate.optional(),
  revisedDate: ZIsoDate.optional(),
  approvedBy: z.string().trim().min(1).nullable(),
  legalBasis: z.array(z.string().trim().min(1)),
  qualifications: z.array(z.string().trim().min(1)).default([]),
  equipment: z.array(z.string().trim().min(1)).default([]),
  warning: z.string().trim().min(1).nullable().default(null),
  recordKeeping: z.array(z.string().trim().min(1)).default([]),
  source: ZSopSource,
  /** Total time for the whole case (standar pelayanan), e.g. 5 working days. */
  serviceStandard: ZSopDuration.optional(),
  actors: z
    .array(ZSopActor)
    .min(1)
    .refine((actors) => new Set(actors.map((a) => a.role)).size === actors.length, {
      message: 'each role is one lane: no duplicate actors',
    }),
  steps: z.array(ZSopStep).min(1),
  /** Every inference made while transcribing the seed (lost actors, decision targets). */
  assumptions: z.array(z.string().trim().min(1)).default([]),
});
export type TSopDefinition = z.infer<typeof ZSopDefinition>;
/** The definition as written in YAML, before defaults are filled in. */
export type TSopDefinitionInput = z.input<typeof ZSopDefinition>;
