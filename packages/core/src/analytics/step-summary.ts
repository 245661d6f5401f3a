import { type PauseInterval, type WorkingCalendar, workingMinutesBetween } from '../calendar';
import { median, percentile } from './percentile';

/** When a finished task became ready, was taken by someone, and was completed. */
export interface TaskTimes {
  readyAt: Date;
  /** Null when nobody is known to have taken it before completion. */
  claimedAt: Date | null;
  completedAt: Date;
}

/** A finished task's durations, in working minutes on the office's calendar, paused time excluded. */
export interface TaskDurations {
  /** Ready → completed: the actual time compared with the step's standard. */
  totalMinutes: number;
  /** Ready → claimed: the task lay in a lane or an inbox; null when the claim is unknown. */
  waitingMinutes: number | null;
  /** Claimed → completed: someone had it in hand; null when the claim is unknown. */
  workingMinutes: number | null;
}

/**
 * Splits a finished task's actual time into waiting and working time on the working calendar
 * (DESIGN §4.3: analytics compare waiting time with working time). A claim recorded before
 * the task was ready or after it was done is clamped into [ready, completed], so waiting +
 * working always equals the total.
 */
export function measureTask(
  cal: WorkingCalendar,
  task: TaskTimes,
  pauses: readonly PauseInterval[] = [],
): TaskDurations {
  const totalMinutes = workingMinutesBetween(cal, task.readyAt, task.completedAt, pauses);
  if (!task.claimedAt) return { totalMinutes, waitingMinutes: null, workingMinutes: null };
  const claimed = new Date(
    Math.min(Math.max(task.claimedAt.getTime(), task.readyAt.getTime()), task.completedAt.getTime()),
  );
  const waitingMinutes = workingMinutesBetween(cal, task.readyAt, claimed, pauses);
  return { totalMinutes, waitingMinutes, workingMinutes: totalMinutes - waitingMinutes };
}

/** One finished task of a step, with the standard of the SOP version its case ran. */
export interface StepSample extends TaskDurations {
  /** The step's standard in working minutes; null for days, lead times or no standard. */
  standardMinutes: number | null;
  /** Whether it was completed by its due time; used when the standard has no fixed minutes. */
  dueMet: boolean | null;
}

/** Whether a task met its standard: its minutes when the standard has them, else its due time. */
export function withinStandard(sample: StepSample): boolean | null {
  if (sample.standardMinutes !== null) return sample.totalMinutes <= sample.standardMinutes;
  return sample.dueMet;
}

export interface StepSummary {
  /** Finished tasks of the step, every iteration counted. */
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Share (0-1) of the tasks that could be judged that met the standard; null when none could. */
  withinStandardShare: number | null;
  /** How many tasks could be judged against a standard (the share's denominator). */
  judgedCount: number;
  waitingMedianMinutes: number | null;
  workingMedianMinutes: number | null;
}

/**
 * Summarises one step of an SOP from its finished tasks, whose durations are already in
 * working minutes: median and 90th percentile of the actual time (linear interpolation, see
 * {@link percentile}), the share within the standard, and the median waiting and working time.
 */
export function summariseStep(samples: readonly StepSample[]): StepSummary {
  const judged = samples.map(withinStandard).filter((w): w is boolean => w !== null);
  const totals = samples.map((s) => s.totalMinutes);
  return {
    count: samples.length,
    medianMinutes: median(totals),
    p90Minutes: percentile(totals, 90),
    withinStandardShare: judged.length ? judged.filter(Boolean).length / judged.length : null,
    judgedCount: judged.length,
    waitingMedianMinutes: median(
      samples.flatMap((s) => (s.waitingMinutes === null ? [] : [s.waitingMinutes])),
    ),
    workingMedianMinutes: median(
      samples.flatMap((s) => (s.workingMinutes === null ? [] : [s.workingMinutes])),
    ),
  };
}

/** A decision or a return that sent work back from a step, as the case state records it. */
export interface SendBackRecord {
  fromStepId: string;
  byRole: string | null;
}

export interface RoleCount {
  /** The acting role; null when the engine recorded none (the system). */
  role: string | null;
  count: number;
}

/**
 * Counts, per step the work was sent back from, how often each role sent it back: which
 * approvals reject most, and whose. Roles are listed by count, then by code.
 */
export function countSendBacks(sendBacks: readonly SendBackRecord[]): Map<string, RoleCount[]> {
  const byStep = new Map<string, Map<string | null, number>>();
  for (const s of sendBacks) {
    const roles = byStep.get(s.fromStepId) ?? new Map<string | null, number>();
    roles.set(s.byRole, (roles.get(s.byRole) ?? 0) + 1);
    byStep.set(s.fromStepId, roles);
  }
  const out = new Map<string, RoleCount[]>();
  for (const [stepId, roles] of byStep) {
    out.set(
      stepId,
      [...roles]
        .map(([role, count]) => ({ role, count }))
        .sort((a, b) => b.count - a.count || (a.role ?? '').localeCompare(b.role ?? '')),
    );
  }
  return out;
}
