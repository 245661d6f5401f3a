import { z } from 'zod';
import { ZId } from '../common';
import { INT4_MAX, jsonCheck, ZText } from '../input';
import { ZSopDefinition, ZSopRole, ZSopStepId, ZSopText } from './definition';

/**
 * Requests and responses of the SOP viewer, PDF and import (`/api/sops`). A definition row is
 * either published (shipped from `sops/` or published by the agency) or a draft the agency's
 * administrator is still completing; a draft becomes the next version when published.
 */

export const SOP_ROW_STATUSES = ['published', 'draft'] as const;
export type TSopRowStatus = (typeof SOP_ROW_STATUSES)[number];

const ZSopKey = ZSopDefinition.shape.key;

export const ZSopVersionSummary = z.object({
  id: ZId,
  /** Null for a draft: it gets its number when published. */
  version: z.number().int().positive().nullable(),
  status: z.enum(SOP_ROW_STATUSES),
  /** 'file' (shipped in `sops/`) or 'import' (pasted and published by the agency). */
  origin: z.string(),
  /** The agency's own row rather than a shipped one. */
  own: z.boolean(),
  effectiveDate: z.string().nullable(),
  createdAt: z.string(),
});
export type TSopVersionSummary = z.infer<typeof ZSopVersionSummary>;

export const ZSopSummary = z.object({
  key: z.string(),
  /** Code, title and step count of the newest published version (of the newest draft if none). */
  code: z.string().nullable(),
  title: ZSopText,
  stepCount: z.number().int().nonnegative(),
  latestVersion: z.number().int().positive().nullable(),
  versions: z.array(ZSopVersionSummary),
});
export type TSopSummary = z.infer<typeof ZSopSummary>;

export const ZSopListResponse = z.object({ sops: z.array(ZSopSummary) });
export type TSopListResponse = z.infer<typeof ZSopListResponse>;

/** The swimlane model (`buildSwimlane` in `@sigap/core`): what the browser and the PDF draw. */
export const ZSwimlane = z.object({
  lanes: z.array(z.object({ role: z.string(), label: ZSopText })),
  rows: z.array(
    z.object({
      stepId: z.string(),
      no: z.number().int(),
      activity: ZSopText,
      laneIndex: z.number().int().nonnegative(),
      extraLaneIndexes: z.array(z.number().int().nonnegative()),
      symbol: z.enum(['terminator', 'process', 'decision']),
      inputs: z.array(z.string()),
      timeText: z.string(),
      outputs: z.array(z.string()),
      next: z.array(
        z.object({
          toStepId: z.string(),
          label: z.enum(['Ya', 'Tidak']).nullable(),
          toRowIndex: z.number().int().nonnegative().nullable(),
        }),
      ),
    }),
  ),
});
export type TSwimlaneModel = z.infer<typeof ZSwimlane>;

export const ZSopVersionParams = z.object({
  key: ZSopKey,
  version: z.coerce.number().int().positive().max(INT4_MAX),
});
export type TSopVersionParams = z.infer<typeof ZSopVersionParams>;

export const ZSopDetailResponse = z.object({
  id: ZId,
  status: z.enum(SOP_ROW_STATUSES),
  origin: z.string(),
  own: z.boolean(),
  createdAt: z.string(),
  definition: ZSopDefinition,
  swimlane: ZSwimlane,
});
export type TSopDetailResponse = z.infer<typeof ZSopDetailResponse>;

/**
 * A draft as the admin's form sends it: the definition format, checked in full only when it is
 * published, so that a half-finished draft (actors not chosen yet) can be saved. Key, title and
 * the steps list are required from the start: the key says which SOP the draft will version.
 */
export const ZSopDraftDefinition = z
  .looseObject({
    key: ZSopKey,
    title: ZSopText,
    steps: z
      .array(z.looseObject({ id: ZSopStepId }))
      .min(1)
      .max(300),
  })
  .check(jsonCheck);
export type TSopDraftDefinition = z.infer<typeof ZSopDraftDefinition>;

export const ZSopDraftRequest = z.object({ definition: ZSopDraftDefinition });
export type TSopDraftRequest = z.infer<typeof ZSopDraftRequest>;

/** What still keeps a draft from being published: the field, the step and the rule. */
export const ZSopDraftProblem = z.object({
  field: z.string(),
  stepId: z.string().nullable(),
  rule: z.string(),
  message: z.string(),
});
export type TSopDraftProblem = z.infer<typeof ZSopDraftProblem>;

export const ZSopDraftResponse = z.object({
  id: ZId,
  key: z.string(),
  status: z.literal('draft'),
  createdAt: z.string(),
  definition: ZSopDraftDefinition,
  problems: z.array(ZSopDraftProblem),
  /** Null while the draft does not have the definition's shape yet. */
  swimlane: ZSwimlane.nullable(),
});
export type TSopDraftResponse = z.infer<typeof ZSopDraftResponse>;

export const ZSopPublishResponse = z.object({
  id: ZId,
  key: z.string(),
  version: z.number().int().positive(),
  status: z.literal('published'),
});
export type TSopPublishResponse = z.infer<typeof ZSopPublishResponse>;

export const ZSopImportRequest = z.object({
  /** The SOP table as pasted text, tab-separated as the seeds print it, header rows included. */
  text: ZText.trim().min(1).max(200_000),
  /** The key of the SOP this will version, e.g. 'dalak-067-001'; derived from the code when absent. */
  key: ZSopKey.optional(),
  /** The seed file the text comes from, when there is one (`source.seed`). */
  seed: ZText.regex(/^\d{3}_[0-9a-f]+\.txt$/, 'seed file name, e.g. 004_e332bbe437a26d00.txt').optional(),
});
export type TSopImportRequest = z.infer<typeof ZSopImportRequest>;

export const ZSopImportResponse = z.object({
  definition: ZSopDraftDefinition,
  /** The actor columns in table order and the role each was matched to (null: the admin chooses). */
  lanes: z.array(z.object({ label: z.string(), role: ZSopRole.nullable() })),
  unmatchedLabels: z.array(z.string()),
  warnings: z.array(z.string()),
  /** How many SOP tables the text held; the first is imported. */
  tableCount: z.number().int().positive(),
});
export type TSopImportResponse = z.infer<typeof ZSopImportResponse>;
