import type { TSopDefinitionInput } from '@sigap/contracts';
import { ZSopDefinition } from '@sigap/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingMinutesBetween } from '../calendar';
import { WIB } from '../calendar/test-fixtures';
import { applyAction, openTasks, startCase } from './engine';
import { EngineError } from './errors';
import type { CaseState, EngineAction, EngineActor, EngineContext } from './types';

const t = (amount: number) => ({ amount, unit: 'minute' as const, basis: 'working' as const });
const text = (s: string) => ({ id: s, en: s });

/** A small SOP with every flow shape: a parallel split and join, a decision looping back, a decision to the end. */
const raw: TSopDefinitionInput = {
  code: 'TEST/1',
  key: 'test-flows',
  title: text('Uji'),
  version: 1,
  effectiveDate: '2026-01-01',
  approvedBy: null,
  legalBasis: [],
  source: { seed: '004_e332bbe437a26d00.txt', agency: 'test' },
  actors: [
    { role: 'staf', label: text('Staf') },
    { role: 'kasi', label: text('Kasi') },
    { role: 'kabid', label: text('Kabid') },
  ],
  steps: [
    {
      id: 's1',
      no: 1,
      activity: text('mulai'),
      actors: ['staf'],
      inputs: [],
      time: t(30),
      outputs: [],
      flow: { parallel: ['s2', 's3'], join: 's4' },
    },
    {
      id: 's2',
      no: 2,
      activity: text('cabang a'),
      actors: ['staf'],
      inputs: [],
      time: t(60),
      outputs: [],
      flow: { next: 's4' },
    },
    {
      id: 's3',
      no: 3,
      activity: text('cabang b'),
      actors: ['kasi'],
      inputs: [],
      time: t(45),
      outputs: [],
      flow: { next: 's4' },
    },
    {
      id: 's4',
      no: 4,
      activity: text('gabung'),
      actors: ['kasi'],
      inputs: [],
      time: t(30),
      outputs: [],
      flow: { next: 's5' },
    },
    {
      id: 's5',
      no: 5,
      activity: text('periksa'),
      actors: ['kabid'],
      inputs: [],
      time: t(30),
      outputs: [],
      flow: { decision: { question: text('setuju?'), yes: 's6', no: 's4' } },
    },
    {
      id: 's6',
      no: 6,
      activity: text('akhir'),
      actors: ['staf'],
      inputs: [],
      time: t(15),
      outputs: [],
      flow: { decision: { question: text('selesai?'), yes: 'end', no: 's5' } },
    },
  ],
};
const def = ZSopDefinition.parse(raw);
const U = 'unit';
const actors: EngineActor[] = [
  { userId: 'a', roles: ['staf'], unitIds: [U] },
  { userId: 'b', roles: ['kasi'], unitIds: [U] },
  { userId: 'c', roles: ['kabid'], unitIds: [U] },
];
const ctx = (now: Date): EngineContext => ({ now, calendar: WIB, roleUnits: { staf: U, kasi: U, kabid: U } });

type Op =
  | { op: 'complete'; pick: number; who: number; decision: boolean }
  | { op: 'return'; pick: number; who: number }
  | { op: 'claim'; pick: number; who: number }
  | { op: 'pause' | 'resume'; who: number }
  | { op: 'cancel'; who: number }
  | { op: 'wait'; minutes: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('complete' as const),
      pick: fc.nat(5),
      who: fc.nat(2),
      decision: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('return' as const), pick: fc.nat(5), who: fc.nat(2) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('claim' as const), pick: fc.nat(5), who: fc.nat(2) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constantFrom('pause' as const, 'resume' as const), who: fc.nat(2) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), who: fc.nat(2) }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 2000 }) }),
  },
);

function toAction(state: CaseState, op: Op): EngineAction | null {
  const open = openTasks(state);
  switch (op.op) {
    case 'complete': {
      const task = open[op.pick % Math.max(open.length, 1)];
      if (!task) return null;
      const isDecision = 'decision' in def.steps.find((s) => s.id === task.stepId)!.flow;
      return {
        type: 'complete',
        taskId: task.id,
        ...(isDecision ? { decision: op.decision ? 'yes' : 'no' } : {}),
      };
    }
    case 'return': {
      const task = open[op.pick % Math.max(open.length, 1)];
      return task ? { type: 'returnToPrevious', taskId: task.id, reason: 'r' } : null;
    }
    case 'claim': {
      const task = open[op.pick % Math.max(open.length, 1)];
      return task ? { type: 'claim', taskId: task.id } : null;
    }
    case 'pause':
      return { type: 'pause', reason: 'menunggu' };
    case 'resume':
      return { type: 'resume' };
    case 'cancel':
      return { type: 'cancel', reason: 'batal' };
    case 'wait':
      return null;
  }
}

describe('engine properties', () => {
  it('never leaves an open case without an open task, and counts every loop', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let now = new Date('2026-11-23T01:00:00Z');
        let { state } = startCase(def, ctx(now), actors[0]!);
        let expectedSendBacks = 0;
        for (const op of ops) {
          if (op.op === 'wait') {
            now = new Date(now.getTime() + op.minutes * 60_000);
            continue;
          }
          const action = toAction(state, op);
          if (!action) continue;
          const actor = actors['who' in op ? op.who : 0]!;
          try {
            const before = state;
            state = applyAction(def, state, action, actor, ctx(now)).state;
            if (action.type === 'returnToPrevious') expectedSendBacks++;
            if (action.type === 'complete' && action.decision) {
              const step = def.steps.find(
                (x) => x.id === before.tasks.find((x) => x.id === action.taskId)!.stepId,
              )!;
              const flow = step.flow as { decision: { yes: string; no: string } };
              const target = action.decision === 'yes' ? flow.decision.yes : flow.decision.no;
              if (target !== 'end' && Number(target.slice(1)) <= Number(step.id.slice(1)))
                expectedSendBacks++;
            }
          } catch (e) {
            if (!(e instanceof EngineError)) throw e;
          }
          if (state.status === 'open') expect(openTasks(state).length).toBeGreaterThan(0);
          else expect(openTasks(state)).toEqual([]);
          // iteration of each task = number of earlier tasks of its step
          const seen = new Map<string, number>();
          for (const task of state.tasks) {
            expect(task.iteration).toBe(seen.get(task.stepId) ?? 0);
            seen.set(task.stepId, (seen.get(task.stepId) ?? 0) + 1);
          }
          // every decision that sent work back and every return is counted, each with a task re-created there
          expect(state.sendBacks.length).toBe(expectedSendBacks);
          for (const sb of state.sendBacks) {
            expect(
              state.tasks.some((x) => x.stepId === sb.toStepId && x.readyAt === sb.at && x.iteration > 0),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("moves a paused task's due time by exactly the paused working time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 20 }),
        fc.integer({ min: 0, max: 60 * 24 * 10 }),
        fc.integer({ min: 1, max: 60 * 24 * 10 }),
        (startOffset, pauseAfter, pauseLength) => {
          const start = new Date(Date.UTC(2026, 0, 5, 0, 0) + startOffset * 60_000);
          let { state } = startCase(def, ctx(start), actors[0]!);
          const before = new Date(openTasks(state)[0]!.dueAt!);
          const pauseAt = new Date(start.getTime() + pauseAfter * 60_000);
          const resumeAt = new Date(pauseAt.getTime() + pauseLength * 60_000);
          state = applyAction(def, state, { type: 'pause', reason: 'p' }, actors[0]!, ctx(pauseAt)).state;
          state = applyAction(def, state, { type: 'resume' }, actors[0]!, ctx(resumeAt)).state;
          const after = new Date(openTasks(state)[0]!.dueAt!);
          const readyAt = new Date(openTasks(state)[0]!.readyAt);
          // the pause only counts where it overlaps the task's running clock
          const pausedWorking =
            pauseAt < before
              ? workingMinutesBetween(WIB, pauseAt < readyAt ? readyAt : pauseAt, resumeAt)
              : 0;
          const shifted = workingMinutesBetween(WIB, before, after);
          expect(shifted).toBeCloseTo(pausedWorking, 6);
          expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
        },
      ),
      { numRuns: 200 },
    );
  });
});
