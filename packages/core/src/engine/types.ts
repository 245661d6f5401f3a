import type { Role, TSopDefinition } from '@sigap/contracts';
import type { WorkingCalendar } from '../calendar';

/** A pause of the case clock (waiting for the applicant); `end: null` while still paused. */
export interface CasePause {
  start: string;
  end: string | null;
  reason: string;
  byUserId: string;
}

export type TaskStatus = 'ready' | 'done' | 'cancelled';
export type CaseStatus = 'open' | 'completed' | 'cancelled';

export interface Disposition {
  byUserId: string;
  at: string;
  toUserId: string | null;
  toUnitId: string | null;
  instruction: string;
}

/** One reached step of a case. Its id (`T1`, `T2`, …) is unique within the case. */
export interface TaskState {
  id: string;
  stepId: string;
  status: TaskStatus;
  /** The lane that owns the task (the step's first actor). */
  role: Role;
  /** The unit whose holders of `role` receive the task; null when no unit has the role. */
  unitId: string | null;
  assigneeUserId: string | null;
  readyAt: string;
  /** When someone took the task (claim, disposition to a person, or given back to who did it before); waiting time ends here. */
  claimedAt: string | null;
  /** Null while the clock is paused or when the step has no standard time. */
  dueAt: string | null;
  completedAt: string | null;
  completedByUserId: string | null;
  /** The task whose completion created this one (for "return to previous step"). */
  fromTaskId: string | null;
  /** Set for tasks inside a parallel split: the join step they lead to. */
  joinStepId: string | null;
  /** How many earlier tasks of the same step this case already had (0 the first time). */
  iteration: number;
  draft: Record<string, unknown> | null;
  form: Record<string, unknown> | null;
  inputsChecked: string[];
  outputs: string[];
  decision: 'yes' | 'no' | null;
  dispositions: Disposition[];
  escalatedToUserId: string | null;
  cancelReason: string | null;
}

/** A decision or a "return" that sent work back to an earlier step. */
export interface SendBack {
  fromStepId: string;
  toStepId: string;
  kind: 'decision' | 'return';
  byUserId: string;
  byRole: Role | null;
  at: string;
  reason: string | null;
}

export interface CaseState {
  status: CaseStatus;
  definitionKey: string;
  definitionVersion: number;
  startedAt: string;
  endedAt: string | null;
  /** The service standard's deadline for the whole case (null when the SOP sets none or while paused). */
  dueAt: string | null;
  tasks: TaskState[];
  nextTaskNo: number;
  pauses: CasePause[];
  sendBacks: SendBack[];
  /** Parallel joins waiting for their branches: join step id → branch tasks that arrived. */
  joins: Record<string, { expected: number; arrived: string[] }>;
  /** The moment of the event a lead time counts back from (H-1 bulan), when the case has one. */
  eventAt: string | null;
  cancelReason: string | null;
  /**
   * Deadlines a module fixes from its own rules instead of the step times (complaints: the
   * Perka 12/2015 limits). `case` replaces the service standard's deadline; `steps` maps a step
   * id to the due time of its first task.
   */
  fixedDues?: { case?: string | null; steps?: Record<string, string> };
}

/** Who acts. `system` is the background sweep (escalations). */
export interface EngineActor {
  userId: string;
  roles: readonly Role[];
  /** Units where the actor may take tasks (own units and those they head). */
  unitIds: readonly string[];
  system?: boolean;
}

export interface EngineContext {
  now: Date;
  calendar: WorkingCalendar;
  /** For each role, the unit that receives its tasks in this case (from the org chart around the case's unit). */
  roleUnits: Partial<Record<Role, string | null>>;
}

export type EngineAction =
  | { type: 'claim'; taskId: string }
  | {
      type: 'dispose';
      taskId: string;
      toUserId?: string | null;
      toUnitId?: string | null;
      instruction: string;
    }
  | { type: 'saveDraft'; taskId: string; form: Record<string, unknown> }
  | {
      type: 'complete';
      taskId: string;
      form?: Record<string, unknown>;
      inputsChecked?: string[];
      outputs?: string[];
      decision?: 'yes' | 'no';
    }
  | { type: 'reassign'; taskId: string; toUserId: string; reason: string }
  | { type: 'returnToPrevious'; taskId: string; reason: string }
  | { type: 'pause'; reason: string }
  | { type: 'resume' }
  | { type: 'cancel'; reason: string }
  | { type: 'escalate'; taskId: string; toUserId: string };

export interface EngineEvent {
  type: string;
  taskId?: string;
  stepId?: string;
  data?: Record<string, unknown>;
}

export interface EngineResult {
  state: CaseState;
  events: EngineEvent[];
}

export type Definition = TSopDefinition;
