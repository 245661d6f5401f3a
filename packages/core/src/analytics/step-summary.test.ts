import { describe, expect, it } from 'vitest';
import { WITA, wita } from '../calendar/test-fixtures';
import { countSendBacks, measureTask, type StepSample, summariseStep, withinStandard } from './step-summary';

const sample = (
  total: number,
  waiting: number | null,
  standard: number | null,
  dueMet: boolean | null = null,
) =>
  ({
    totalMinutes: total,
    waitingMinutes: waiting,
    workingMinutes: waiting === null ? null : total - waiting,
    standardMinutes: standard,
    dueMet,
  }) satisfies StepSample;

describe('measureTask', () => {
  it('splits a task into waiting and working minutes on the working calendar', () => {
    // Monday 23 November 2026, WITA: ready 08:00, claimed 09:30, done 10:00
    const d = measureTask(WITA, {
      readyAt: wita('2026-11-23T08:00'),
      claimedAt: wita('2026-11-23T09:30'),
      completedAt: wita('2026-11-23T10:00'),
    });
    expect(d).toEqual({ totalMinutes: 120, waitingMinutes: 90, workingMinutes: 30 });
  });

  it('counts working time only: overnight and the weekend do not count', () => {
    // Friday 27 November 16:00 → Monday 30 November 08:00: 30 min on Friday (to 16:30) + 30 on Monday
    const d = measureTask(WITA, {
      readyAt: wita('2026-11-27T16:00'),
      claimedAt: wita('2026-11-30T07:45'),
      completedAt: wita('2026-11-30T08:00'),
    });
    expect(d).toEqual({ totalMinutes: 60, waitingMinutes: 45, workingMinutes: 15 });
  });

  it('leaves paused time out and clamps a claim into the task’s life', () => {
    const d = measureTask(
      WITA,
      {
        readyAt: wita('2026-11-23T08:00'),
        claimedAt: wita('2026-11-23T07:00'),
        completedAt: wita('2026-11-23T12:00'),
      },
      [{ start: wita('2026-11-23T09:00'), end: wita('2026-11-23T11:00') }],
    );
    expect(d).toEqual({ totalMinutes: 120, waitingMinutes: 0, workingMinutes: 120 });
  });

  it('has no split when the claim is unknown', () => {
    const d = measureTask(WITA, {
      readyAt: wita('2026-11-23T08:00'),
      claimedAt: null,
      completedAt: wita('2026-11-23T08:30'),
    });
    expect(d).toEqual({ totalMinutes: 30, waitingMinutes: null, workingMinutes: null });
  });
});

describe('summariseStep', () => {
  it('computes median, p90, the share within the standard and the waiting/working medians', () => {
    const s = summariseStep([sample(20, 0, 30), sample(40, 10, 30), sample(30, 5, 30), sample(90, 60, 30)]);
    expect(s).toEqual({
      count: 4,
      medianMinutes: 35, // (30 + 40) / 2
      p90Minutes: 75, // sorted 20 30 40 90, h = 2.7 → 40 + 0.7 × 50
      withinStandardShare: 0.5, // 20 and 30 are within 30 minutes
      judgedCount: 4,
      waitingMedianMinutes: 7.5, // 0 5 10 60
      workingMedianMinutes: 27.5, // 20 25 30 30
    });
  });

  it('judges a standard without minutes (days, lead times) by the due time, and skips the unjudgeable', () => {
    const s = summariseStep([
      sample(600, null, null, true),
      sample(900, null, null, false),
      sample(100, null, null, null),
    ]);
    expect(s.withinStandardShare).toBe(0.5);
    expect(s.judgedCount).toBe(2);
    expect(s.waitingMedianMinutes).toBeNull();
    expect(s.workingMedianMinutes).toBeNull();
    expect(withinStandard(sample(30, 0, 30))).toBe(true);
    expect(withinStandard(sample(30.5, 0, 30))).toBe(false);
  });

  it('is empty for a step no task has finished', () => {
    expect(summariseStep([])).toEqual({
      count: 0,
      medianMinutes: null,
      p90Minutes: null,
      withinStandardShare: null,
      judgedCount: 0,
      waitingMedianMinutes: null,
      workingMedianMinutes: null,
    });
  });
});

describe('countSendBacks', () => {
  it('counts per step who sent work back, most frequent first', () => {
    const counts = countSendBacks([
      { fromStepId: 's5', byRole: 'kabid' },
      { fromStepId: 's6', byRole: 'kepala_dinas' },
      { fromStepId: 's5', byRole: 'kabid' },
      { fromStepId: 's5', byRole: 'kasi' },
      { fromStepId: 's3', byRole: null },
    ]);
    expect(counts.get('s5')).toEqual([
      { role: 'kabid', count: 2 },
      { role: 'kasi', count: 1 },
    ]);
    expect(counts.get('s6')).toEqual([{ role: 'kepala_dinas', count: 1 }]);
    expect(counts.get('s3')).toEqual([{ role: null, count: 1 }]);
    expect(counts.has('s1')).toBe(false);
  });
});
