import type { TSopDefinition, TSopFlow, TSopStep } from '@sigap/contracts';
import { parseStandardTime } from './standard-time';

/** The rules a definition must keep beyond its zod shape. */
export type TSopRule =
  | 'schema'
  | 'duplicate-step-id'
  | 'duplicate-step-no'
  | 'unknown-target'
  | 'self-loop'
  | 'unreachable-step'
  | 'no-path-to-end'
  | 'undeclared-actor'
  | 'parallel-join'
  | 'symbol-mismatch'
  | 'time-mismatch'
  | 'duplicate-definition'
  | 'managed-by'
  | 'file-name'
  | 'managed-step';

export interface TSopProblem {
  file?: string;
  stepId?: string;
  rule: TSopRule;
  message: string;
}

type TDefinitionGraph = Pick<TSopDefinition, 'actors' | 'steps'>;

/** Step ids a flow can move to next ('end' excluded). Parallel moves to its branches. */
export function flowTargets(flow: TSopFlow): string[] {
  if ('next' in flow) return [flow.next];
  if ('decision' in flow) return [flow.decision.yes, flow.decision.no].filter((t) => t !== 'end');
  if ('parallel' in flow) return [...flow.parallel];
  return [];
}

/** Whether finishing the step can finish the procedure directly. */
function endsHere(flow: TSopFlow): boolean {
  if ('end' in flow) return true;
  if ('decision' in flow) return flow.decision.yes === 'end' || flow.decision.no === 'end';
  return false;
}

/** Every id a flow names, including a parallel join, for the "target exists" rule. */
function namedTargets(flow: TSopFlow): string[] {
  return 'parallel' in flow ? [...flow.parallel, flow.join] : flowTargets(flow);
}

/**
 * Checks the rules the engine relies on when it runs a definition: unique step ids and numbers,
 * every flow target exists, every step can be reached from the first and can reach the end,
 * each step's actors are declared lanes, parallel branches meet at their join, the swimlane
 * symbol agrees with the flow, and a time's numbers agree with the seed text in `raw`.
 * Pure: the caller adds the file name and decides what to do with the problems.
 */
export function validateSopDefinition(definition: TDefinitionGraph): TSopProblem[] {
  const problems: TSopProblem[] = [];
  const byId = new Map<string, TSopStep>();
  const seenNo = new Map<number, string>();

  for (const step of definition.steps) {
    if (byId.has(step.id)) {
      problems.push({
        stepId: step.id,
        rule: 'duplicate-step-id',
        message: `step id ${step.id} is used twice`,
      });
    } else {
      byId.set(step.id, step);
    }
    const other = seenNo.get(step.no);
    if (other !== undefined) {
      problems.push({
        stepId: step.id,
        rule: 'duplicate-step-no',
        message: `row number ${step.no} is also used by step ${other}`,
      });
    } else {
      seenNo.set(step.no, step.id);
    }
  }

  const declared = new Set(definition.actors.map((a) => a.role));
  for (const step of definition.steps) {
    for (const role of step.actors) {
      if (!declared.has(role)) {
        problems.push({
          stepId: step.id,
          rule: 'undeclared-actor',
          message: `actor ${role} is not one of the definition's actors (${[...declared].join(', ')})`,
        });
      }
    }
    for (const target of namedTargets(step.flow)) {
      if (!byId.has(target)) {
        problems.push({
          stepId: step.id,
          rule: 'unknown-target',
          message: `flow goes to unknown step ${target}`,
        });
      }
    }
    if (flowTargets(step.flow).includes(step.id)) {
      problems.push({ stepId: step.id, rule: 'self-loop', message: `step ${step.id} flows back to itself` });
    }
    problems.push(...checkSymbol(step), ...checkTime(step));
  }

  problems.push(...checkReachability(definition.steps, byId), ...checkParallel(definition.steps, byId));
  return problems;
}

function checkSymbol(step: TSopStep): TSopProblem[] {
  if (!step.symbol) return [];
  const isDecision = 'decision' in step.flow;
  if (step.symbol === 'decision' && !isDecision) {
    return [{ stepId: step.id, rule: 'symbol-mismatch', message: 'symbol decision needs a decision flow' }];
  }
  if (step.symbol !== 'decision' && isDecision) {
    return [{ stepId: step.id, rule: 'symbol-mismatch', message: `a decision flow needs symbol decision` }];
  }
  if (step.symbol === 'end' && !('end' in step.flow)) {
    return [{ stepId: step.id, rule: 'symbol-mismatch', message: 'symbol end needs flow end: true' }];
  }
  return [];
}

function checkTime(step: TSopStep): TSopProblem[] {
  const time = step.time;
  if (!time?.raw) return [];
  const parsed = parseStandardTime(time.raw);
  if (!parsed) return [];
  const same =
    parsed.amount === time.amount &&
    parsed.unit === time.unit &&
    parsed.basis === time.basis &&
    (parsed.leadTime ?? false) === (time.leadTime ?? false);
  if (same) return [];
  return [
    {
      stepId: step.id,
      rule: 'time-mismatch',
      message:
        `time ${time.amount} ${time.unit} (${time.basis}${time.leadTime ? ', lead time' : ''}) does not match ` +
        `its raw text '${time.raw}', read as ${parsed.amount} ${parsed.unit} (${parsed.basis}${parsed.leadTime ? ', lead time' : ''})`,
    },
  ];
}

function checkReachability(steps: readonly TSopStep[], byId: Map<string, TSopStep>): TSopProblem[] {
  const first = steps[0];
  if (!first) return [];
  const problems: TSopProblem[] = [];

  const reached = new Set<string>([first.id]);
  const queue = [first.id];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!);
    if (!step) continue;
    const next = 'parallel' in step.flow ? [...step.flow.parallel, step.flow.join] : flowTargets(step.flow);
    for (const target of next) {
      if (byId.has(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }

  // A step can finish the procedure if it ends here or a successor can (fixed point, backwards).
  const canEnd = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of byId.values()) {
      if (canEnd.has(step.id)) continue;
      const successors = 'parallel' in step.flow ? [step.flow.join] : flowTargets(step.flow);
      if (endsHere(step.flow) || successors.some((t) => canEnd.has(t))) {
        canEnd.add(step.id);
        grew = true;
      }
    }
  }

  for (const step of byId.values()) {
    if (!reached.has(step.id)) {
      problems.push({
        stepId: step.id,
        rule: 'unreachable-step',
        message: `step ${step.id} cannot be reached from the first step ${first.id}`,
      });
    }
    if (!canEnd.has(step.id)) {
      problems.push({
        stepId: step.id,
        rule: 'no-path-to-end',
        message: `no path leads from step ${step.id} to the end`,
      });
    }
  }
  return problems;
}

/**
 * Each branch of a parallel split must arrive at the declared join: it reaches the join, and no
 * path from it finishes the procedure (or returns to the split) without passing the join.
 */
function checkParallel(steps: readonly TSopStep[], byId: Map<string, TSopStep>): TSopProblem[] {
  const problems: TSopProblem[] = [];
  for (const step of steps) {
    if (!('parallel' in step.flow)) continue;
    const { parallel, join } = step.flow;
    if (!byId.has(join)) continue; // reported as unknown-target
    if (parallel.includes(join)) {
      problems.push({
        stepId: step.id,
        rule: 'parallel-join',
        message: `join ${join} is also one of the branches`,
      });
      continue;
    }
    if (new Set(parallel).size !== parallel.length) {
      problems.push({ stepId: step.id, rule: 'parallel-join', message: 'a branch is listed twice' });
    }
    for (const branch of parallel) {
      if (!byId.has(branch)) continue;
      let joins = false;
      let leaks: string | null = null;
      const seen = new Set<string>([branch]);
      const queue = [branch];
      while (queue.length > 0) {
        const current = byId.get(queue.shift()!);
        if (!current) continue;
        if (endsHere(current.flow)) leaks ??= `step ${current.id} ends the procedure`;
        const next = 'parallel' in current.flow ? [current.flow.join] : flowTargets(current.flow);
        for (const target of next) {
          if (target === join) {
            joins = true;
            continue;
          }
          if (target === step.id) leaks ??= `step ${current.id} returns to the split`;
          if (byId.has(target) && !seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }
      if (!joins) {
        problems.push({
          stepId: step.id,
          rule: 'parallel-join',
          message: `branch ${branch} never reaches the join ${join}`,
        });
      } else if (leaks) {
        problems.push({
          stepId: step.id,
          rule: 'parallel-join',
          message: `branch ${branch} can bypass the join ${join}: ${leaks}`,
        });
      }
    }
  }
  return problems;
}
