import {
  RULE_MESSAGES,
  type TSopDefinition,
  type TSopDraftDefinition,
  type TSopDraftProblem,
  type TSopDraftResponse,
  ZSopDefinition,
} from '@sigap/contracts';
import { buildSwimlane, managedSopProblems, type TSopProblem, validateSopDefinition } from '@sigap/core';
import type { z } from 'zod';
import { findSopDefinitionById, type SopDefinitionRow } from '../../db/repositories/sops';
import { AppError, notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';

/** Which field of a step each graph rule is about, for the form to point at. */
const RULE_FIELD: Partial<Record<TSopProblem['rule'], string>> = {
  'duplicate-step-id': 'id',
  'duplicate-step-no': 'no',
  'unknown-target': 'flow',
  'self-loop': 'flow',
  'no-path-to-end': 'flow',
  'parallel-join': 'flow',
  'undeclared-actor': 'actors',
  'symbol-mismatch': 'symbol',
  'time-mismatch': 'time',
};

function graphProblem(def: Pick<TSopDefinition, 'steps'>, p: TSopProblem): TSopDraftProblem {
  const index = def.steps.findIndex((s) => s.id === p.stepId);
  const suffix = RULE_FIELD[p.rule];
  const field = index < 0 ? 'definition.steps' : `definition.steps.${index}${suffix ? `.${suffix}` : ''}`;
  return { field, stepId: p.stepId ?? null, rule: p.rule, message: p.message };
}

function schemaProblem(draft: TSopDraftDefinition, issue: z.core.$ZodIssue): TSopDraftProblem {
  const path = issue.path.map(String);
  const stepIndex = path[0] === 'steps' && path[1] !== undefined ? Number(path[1]) : Number.NaN;
  const stepId = Number.isInteger(stepIndex) ? (draft.steps[stepIndex]?.id ?? null) : null;
  return {
    field: ['definition', ...path].join('.'),
    stepId,
    rule: issue.code,
    message: issue.message,
  };
}

/**
 * What keeps a draft from being published: first the definition's shape (zod), then, once the
 * shape holds, the graph rules of `validateSopDefinition`. Each problem names the field, the
 * step and the rule, so the form can show it next to the input.
 */
export function checkDraft(draft: TSopDraftDefinition): {
  problems: TSopDraftProblem[];
  definition: TSopDefinition | null;
} {
  const parsed = ZSopDefinition.safeParse(draft);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => schemaProblem(draft, i)), definition: null };
  }
  const problems = [...validateSopDefinition(parsed.data), ...managedSopProblems(parsed.data)].map((p) =>
    graphProblem(parsed.data, p),
  );
  return { problems, definition: parsed.data };
}

/** A 400 answer naming each problem's field, step and rule (the message keeps the validator's words). */
export function draftInvalid(problems: readonly TSopDraftProblem[]): AppError {
  return new AppError(
    'VALIDATION',
    {},
    problems.map((p) => ({
      field: p.field,
      rule: p.rule,
      // graph rules have their own wording in both languages; schema rules keep the validator's words
      params: {
        field: RULE_MESSAGES[p.rule]
          ? `'${p.field}'${p.stepId ? ` (${p.stepId})` : ''}`
          : `'${p.field}' (${p.stepId ? `${p.stepId}, ` : ''}${p.rule}: ${p.message})`,
      },
    })),
  );
}

export function draftResponse(row: SopDefinitionRow): TSopDraftResponse {
  const definition = row.definition as TSopDraftDefinition;
  const checked = checkDraft(definition);
  return {
    id: row.id,
    key: row.key,
    status: 'draft',
    createdAt: row.createdAt.toISOString(),
    definition,
    problems: checked.problems,
    swimlane: checked.definition ? buildSwimlane(checked.definition) : null,
  };
}

/** The actor's agency's draft with this id; any other row (another agency's, published) is not found. */
export async function loadOwnDraft({ db, actor }: AuthedCtx, id: string): Promise<SopDefinitionRow> {
  const row = await findSopDefinitionById(db, id);
  if (!row || row.agencyId !== actor.agencyId || row.status !== 'draft') throw notFound();
  return row;
}
