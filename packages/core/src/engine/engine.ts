import { LEADER_ROLES, type Role, type TSopStep } from '@sigap/contracts';
import { computeDue } from './deadlines';
import { EngineError } from './errors';
import type {
  CaseState,
  Definition,
  EngineAction,
  EngineActor,
  EngineContext,
  EngineEvent,
  EngineResult,
  TaskState,
} from './types';

/**
 * The SOP engine: every transition is a pure function of (definition, state, action, actor,
 * now, calendar) returning the new state and the events to append. The server persists both
 * in one transaction; nothing here reads the clock or the database.
 */

function stepOf(def: Definition, stepId: string): TSopStep {
  const step = def.steps.find((s) => s.id === stepId);
  if (!step) throw new EngineError('BAD_ACTION', `unknown step ${stepId}`);
  return step;
}

function stepIndex(def: Definition, stepId: string): number {
  return def.steps.findIndex((s) => s.id === stepId);
}

export function openTasks(state: CaseState): TaskState[] {
  return state.tasks.filter((t) => t.status === 'ready');
}

function isLeader(actor: EngineActor): boolean {
  return actor.roles.some((r) => LEADER_ROLES.includes(r));
}

/** May the actor work on the task: its assignee, or anyone holding its role in its unit while unassigned. */
export function canWork(task: TaskState, actor: EngineActor): boolean {
  if (actor.system) return true;
  if (task.assigneeUserId) return task.assigneeUserId === actor.userId;
  return actor.roles.includes(task.role) && (task.unitId === null || actor.unitIds.includes(task.unitId));
}

/** May the actor direct the task (dispose, reassign): a leader whose scope covers the task's unit. */
export function canDirect(task: TaskState, actor: EngineActor): boolean {
  if (actor.system) return true;
  return isLeader(actor) && (task.unitId === null || actor.unitIds.includes(task.unitId));
}

interface Draft {
  state: CaseState;
  events: EngineEvent[];
  def: Definition;
  ctx: EngineContext;
  now: string;
}

function clone(state: CaseState): CaseState {
  return structuredClone(state);
}

function dueOf(d: Draft, step: TSopStep, readyAt: string): string | null {
  const fixed = d.state.fixedDues?.steps?.[step.id];
  if (fixed && !d.state.tasks.some((t) => t.stepId === step.id && t.status !== 'ready')) return fixed;
  const due = computeDue(
    step.time,
    new Date(readyAt),
    d.ctx.calendar,
    d.state.pauses,
    d.state.eventAt ? new Date(d.state.eventAt) : null,
  );
  return due ? due.toISOString() : null;
}

/**
 * When the whole case is due: a deadline the module fixed; for an SOP whose steps count back
 * from an event ("H-1 bulan"), the event itself (none until it is set: a meeting planned two
 * months ahead is not overdue after the service standard's days); otherwise the service
 * standard counted from the start.
 */
function caseDue(d: Draft): string | null {
  if (d.state.fixedDues?.case) return d.state.fixedDues.case;
  if (d.def.steps.some((s) => s.time && 'leadTime' in s.time && s.time.leadTime)) return d.state.eventAt;
  const due = computeDue(
    d.def.serviceStandard,
    new Date(d.state.startedAt),
    d.ctx.calendar,
    d.state.pauses,
    null,
  );
  return due ? due.toISOString() : null;
}

function createTask(d: Draft, stepId: string, from: TaskState | null, joinStepId: string | null): TaskState {
  const step = stepOf(d.def, stepId);
  const role = step.actors[0]!;
  const earlier = d.state.tasks.filter((t) => t.stepId === stepId);
  const lastDone = [...earlier].reverse().find((t) => t.status === 'done');
  const task: TaskState = {
    id: `T${d.state.nextTaskNo++}`,
    stepId,
    status: 'ready',
    role,
    unitId: d.ctx.roleUnits[role] ?? null,
    // work sent back to a step goes to whoever did that step before
    assigneeUserId: lastDone?.completedByUserId ?? null,
    readyAt: d.now,
    claimedAt: lastDone?.completedByUserId ? d.now : null,
    dueAt: null,
    completedAt: null,
    completedByUserId: null,
    fromTaskId: from?.id ?? null,
    joinStepId,
    iteration: earlier.length,
    draft: null,
    form: null,
    inputsChecked: [],
    outputs: [],
    decision: null,
    dispositions: [],
    escalatedToUserId: null,
    cancelReason: null,
  };
  task.dueAt = dueOf(d, step, d.now);
  d.state.tasks.push(task);
  d.events.push({
    type: 'task.created',
    taskId: task.id,
    stepId,
    data: {
      role,
      unitId: task.unitId,
      assigneeUserId: task.assigneeUserId,
      dueAt: task.dueAt,
      iteration: task.iteration,
    },
  });
  return task;
}

function maybeFinish(d: Draft): void {
  if (d.state.status !== 'open') return;
  if (openTasks(d.state).length === 0 && Object.keys(d.state.joins).length === 0) {
    d.state.status = 'completed';
    d.state.endedAt = d.now;
    d.events.push({ type: 'case.completed', data: { endedAt: d.now } });
  }
}

/** A branch inside a parallel split that reaches the end no longer counts towards its join. */
function leaveJoin(d: Draft, joinStepId: string | null, from: TaskState | null): void {
  if (!joinStepId) return;
  const join = d.state.joins[joinStepId];
  if (!join) return;
  join.expected--;
  if (join.arrived.length >= join.expected) {
    delete d.state.joins[joinStepId];
    if (join.arrived.length > 0) createTask(d, joinStepId, from, null);
  }
}

function goTo(d: Draft, target: string, from: TaskState): void {
  if (target === 'end') {
    leaveJoin(d, from.joinStepId, from);
    maybeFinish(d);
    return;
  }
  if (from.joinStepId && from.joinStepId === target) {
    const join = d.state.joins[target];
    if (join) {
      join.arrived.push(from.id);
      if (join.arrived.length >= join.expected) {
        delete d.state.joins[target];
        createTask(d, target, from, null);
      }
      return;
    }
  }
  createTask(d, target, from, from.joinStepId);
}

function findOpenTask(d: Draft, taskId: string): TaskState {
  const task = d.state.tasks.find((t) => t.id === taskId);
  if (!task) throw new EngineError('TASK_NOT_FOUND', `no task ${taskId}`);
  if (task.status !== 'ready') throw new EngineError('TASK_NOT_OPEN', `task ${taskId} is ${task.status}`);
  return task;
}

function requireWork(task: TaskState, actor: EngineActor): void {
  if (!canWork(task, actor)) throw new EngineError('NOT_ALLOWED', `not allowed to work on ${task.id}`);
}

function validateForm(step: TSopStep, form: Record<string, unknown>): Array<{ field: string; rule: string }> {
  const problems: Array<{ field: string; rule: string }> = [];
  for (const field of step.form ?? []) {
    const v = form[field.name];
    const empty =
      v === undefined ||
      v === null ||
      (typeof v === 'string' && v.trim() === '') ||
      (Array.isArray(v) && v.length === 0);
    if (field.required && empty && field.type !== 'checkbox')
      problems.push({ field: `form.${field.name}`, rule: 'required' });
    if (field.required && field.type === 'checkbox' && v !== true)
      problems.push({ field: `form.${field.name}`, rule: 'required' });
    if (!empty && field.type === 'number' && typeof v !== 'number')
      problems.push({ field: `form.${field.name}`, rule: 'type' });
    if (!empty && field.type === 'date' && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v))) {
      problems.push({ field: `form.${field.name}`, rule: 'date_format' });
    }
    if (!empty && field.type === 'select' && !field.options?.some((o) => o.value === v)) {
      problems.push({ field: `form.${field.name}`, rule: 'enum' });
    }
  }
  return problems;
}

function refreshDues(d: Draft): void {
  for (const t of openTasks(d.state)) {
    const due = dueOf(d, stepOf(d.def, t.stepId), t.readyAt);
    if (due !== t.dueAt) {
      t.dueAt = due;
      d.events.push({ type: 'task.due_changed', taskId: t.id, stepId: t.stepId, data: { dueAt: due } });
    }
  }
  d.state.dueAt = caseDue(d);
}

/** Starts a case on the definition's first step. */
export function startCase(
  def: Definition,
  ctx: EngineContext,
  actor: EngineActor,
  opts: { eventAt?: Date | null; fixedDues?: { case?: Date | null; steps?: Record<string, Date> } } = {},
): EngineResult {
  const now = ctx.now.toISOString();
  const state: CaseState = {
    status: 'open',
    definitionKey: def.key,
    definitionVersion: def.version,
    startedAt: now,
    endedAt: null,
    dueAt: null,
    tasks: [],
    nextTaskNo: 1,
    pauses: [],
    sendBacks: [],
    joins: {},
    eventAt: opts.eventAt ? opts.eventAt.toISOString() : null,
    cancelReason: null,
  };
  if (opts.fixedDues) {
    state.fixedDues = {
      case: opts.fixedDues.case ? opts.fixedDues.case.toISOString() : null,
      steps: Object.fromEntries(
        Object.entries(opts.fixedDues.steps ?? {}).map(([k, v]) => [k, v.toISOString()]),
      ),
    };
  }
  const d: Draft = { state, events: [], def, ctx, now };
  state.dueAt = caseDue(d);
  d.events.push({
    type: 'case.started',
    data: { byUserId: actor.userId, dueAt: state.dueAt, version: def.version },
  });
  const first = createTask(d, def.steps[0]!.id, null, null);
  // the one who starts a case usually does its first step
  if (canWork(first, actor) && !actor.system) {
    first.assigneeUserId = actor.userId;
    first.claimedAt = now;
  }
  return { state, events: d.events };
}

/** Applies one action to a case; throws `EngineError` when it is not allowed or not valid. */
export function applyAction(
  def: Definition,
  current: CaseState,
  action: EngineAction,
  actor: EngineActor,
  ctx: EngineContext,
): EngineResult {
  if (current.status !== 'open') throw new EngineError('CASE_CLOSED', `case is ${current.status}`);
  const d: Draft = { state: clone(current), events: [], def, ctx, now: ctx.now.toISOString() };
  const s = d.state;
  switch (action.type) {
    case 'claim': {
      const task = findOpenTask(d, action.taskId);
      if (task.assigneeUserId === actor.userId) break;
      if (task.assigneeUserId || !canWork(task, actor))
        throw new EngineError('NOT_ALLOWED', 'task cannot be claimed');
      task.assigneeUserId = actor.userId;
      d.events.push({
        type: 'task.claimed',
        taskId: task.id,
        stepId: task.stepId,
        data: { userId: actor.userId },
      });
      break;
    }
    case 'dispose': {
      const task = findOpenTask(d, action.taskId);
      if (!canDirect(task, actor))
        throw new EngineError('NOT_ALLOWED', 'only a leader over the unit may dispose');
      if (!action.toUserId && !action.toUnitId)
        throw new EngineError('BAD_ACTION', 'dispose needs a person or a unit');
      const disposition = {
        byUserId: actor.userId,
        at: d.now,
        toUserId: action.toUserId ?? null,
        toUnitId: action.toUnitId ?? null,
        instruction: action.instruction,
      };
      task.dispositions.push(disposition);
      if (action.toUnitId) task.unitId = action.toUnitId;
      task.assigneeUserId = action.toUserId ?? null;
      if (task.assigneeUserId) task.claimedAt ??= d.now;
      d.events.push({ type: 'task.disposed', taskId: task.id, stepId: task.stepId, data: disposition });
      break;
    }
    case 'saveDraft': {
      const task = findOpenTask(d, action.taskId);
      requireWork(task, actor);
      task.draft = action.form;
      d.events.push({ type: 'task.draft_saved', taskId: task.id, stepId: task.stepId });
      break;
    }
    case 'complete': {
      const task = findOpenTask(d, action.taskId);
      requireWork(task, actor);
      const step = stepOf(def, task.stepId);
      const form = action.form ?? task.draft ?? {};
      const problems = validateForm(step, form);
      if (problems.length) throw new EngineError('FORM_INVALID', 'the form is incomplete', problems);
      const isDecision = 'decision' in step.flow;
      if (isDecision && !action.decision)
        throw new EngineError('DECISION_REQUIRED', 'this step needs a yes/no decision', [
          { field: 'decision', rule: 'required' },
        ]);
      if (!isDecision && action.decision)
        throw new EngineError('DECISION_NOT_EXPECTED', 'this step has no decision');
      task.status = 'done';
      task.assigneeUserId ??= actor.userId;
      task.claimedAt ??= d.now;
      task.completedAt = d.now;
      task.completedByUserId = actor.userId;
      task.form = form;
      task.draft = null;
      task.inputsChecked = action.inputsChecked ?? [];
      task.outputs = action.outputs ?? [];
      task.decision = action.decision ?? null;
      d.events.push({
        type: 'task.completed',
        taskId: task.id,
        stepId: task.stepId,
        data: {
          byUserId: actor.userId,
          decision: task.decision,
          outputs: task.outputs,
          inputsChecked: task.inputsChecked,
          form,
        },
      });
      const flow = step.flow;
      if ('next' in flow) goTo(d, flow.next, task);
      else if ('decision' in flow) {
        const target = action.decision === 'yes' ? flow.decision.yes : flow.decision.no;
        if (target !== 'end' && stepIndex(def, target) <= stepIndex(def, step.id)) {
          s.sendBacks.push({
            fromStepId: step.id,
            toStepId: target,
            kind: 'decision',
            byUserId: actor.userId,
            byRole: actor.roles.includes(task.role) ? task.role : (actor.roles[0] ?? null),
            at: d.now,
            reason: typeof form.note === 'string' ? form.note : null,
          });
          d.events.push({
            type: 'case.sent_back',
            taskId: task.id,
            stepId: step.id,
            data: { toStepId: target, decision: action.decision },
          });
        }
        goTo(d, target, task);
      } else if ('parallel' in flow) {
        s.joins[flow.join] = { expected: flow.parallel.length, arrived: [] };
        for (const branch of flow.parallel) createTask(d, branch, task, flow.join);
      } else {
        goTo(d, 'end', task);
      }
      break;
    }
    case 'reassign': {
      const task = findOpenTask(d, action.taskId);
      if (!canDirect(task, actor))
        throw new EngineError('NOT_ALLOWED', 'only a leader over the unit may reassign');
      const before = task.assigneeUserId;
      task.assigneeUserId = action.toUserId;
      d.events.push({
        type: 'task.reassigned',
        taskId: task.id,
        stepId: task.stepId,
        data: { from: before, to: action.toUserId, reason: action.reason },
      });
      break;
    }
    case 'returnToPrevious': {
      const task = findOpenTask(d, action.taskId);
      requireWork(task, actor);
      const prev = task.fromTaskId ? s.tasks.find((t) => t.id === task.fromTaskId) : undefined;
      if (!prev) throw new EngineError('NO_PREVIOUS_STEP', 'the first step has no previous step');
      task.status = 'cancelled';
      task.cancelReason = action.reason;
      task.completedAt = d.now;
      task.completedByUserId = actor.userId;
      s.sendBacks.push({
        fromStepId: task.stepId,
        toStepId: prev.stepId,
        kind: 'return',
        byUserId: actor.userId,
        byRole: actor.roles.includes(task.role) ? task.role : (actor.roles[0] ?? null),
        at: d.now,
        reason: action.reason,
      });
      d.events.push({
        type: 'task.returned',
        taskId: task.id,
        stepId: task.stepId,
        data: { toStepId: prev.stepId, reason: action.reason },
      });
      if (task.joinStepId && prev.joinStepId !== task.joinStepId) {
        // back before a parallel split: the sibling branches start over with it
        for (const sibling of openTasks(s).filter((x) => x.joinStepId === task.joinStepId)) {
          sibling.status = 'cancelled';
          sibling.cancelReason = action.reason;
          sibling.completedAt = d.now;
          d.events.push({
            type: 'task.cancelled',
            taskId: sibling.id,
            stepId: sibling.stepId,
            data: { reason: action.reason },
          });
        }
        delete s.joins[task.joinStepId];
      }
      if (prev.joinStepId && !s.joins[prev.joinStepId])
        s.joins[prev.joinStepId] = { expected: 1, arrived: [] };
      const again = createTask(
        d,
        prev.stepId,
        s.tasks.find((t) => t.id === prev.fromTaskId) ?? null,
        prev.joinStepId,
      );
      again.assigneeUserId = prev.completedByUserId;
      break;
    }
    case 'pause': {
      if (s.pauses.some((p) => p.end === null))
        throw new EngineError('ALREADY_PAUSED', 'the clock is already paused');
      if (!actor.system && !openTasks(s).some((t) => canWork(t, actor) || canDirect(t, actor))) {
        throw new EngineError('NOT_ALLOWED', 'only someone working on the case may pause it');
      }
      s.pauses.push({ start: d.now, end: null, reason: action.reason, byUserId: actor.userId });
      d.events.push({ type: 'case.paused', data: { reason: action.reason } });
      refreshDues(d);
      break;
    }
    case 'resume': {
      const open = s.pauses.find((p) => p.end === null);
      if (!open) throw new EngineError('NOT_PAUSED', 'the clock is running');
      if (!actor.system && !openTasks(s).some((t) => canWork(t, actor) || canDirect(t, actor))) {
        throw new EngineError('NOT_ALLOWED', 'only someone working on the case may resume it');
      }
      open.end = d.now;
      d.events.push({ type: 'case.resumed', data: { pausedFrom: open.start } });
      refreshDues(d);
      break;
    }
    case 'cancel': {
      if (!actor.system && !openTasks(s).some((t) => canDirect(t, actor))) {
        throw new EngineError('NOT_ALLOWED', 'only a leader over the case may cancel it');
      }
      for (const t of openTasks(s)) {
        t.status = 'cancelled';
        t.cancelReason = action.reason;
        t.completedAt = d.now;
      }
      s.joins = {};
      s.status = 'cancelled';
      s.endedAt = d.now;
      s.cancelReason = action.reason;
      d.events.push({ type: 'case.cancelled', data: { reason: action.reason } });
      break;
    }
    case 'escalate': {
      if (!actor.system) throw new EngineError('NOT_ALLOWED', 'escalation is done by the deadline sweep');
      const task = findOpenTask(d, action.taskId);
      if (task.escalatedToUserId) break;
      task.escalatedToUserId = action.toUserId;
      d.events.push({
        type: 'task.escalated',
        taskId: task.id,
        stepId: task.stepId,
        data: { toUserId: action.toUserId, dueAt: task.dueAt },
      });
      break;
    }
  }
  return { state: s, events: d.events };
}

/** Roles a step involves: the owner lane first. */
export function stepRoles(step: TSopStep): Role[] {
  return [...step.actors];
}
