import { readFileSync } from 'node:fs';
import { ZSopDefinition } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WITA, wita } from '../calendar/test-fixtures';
import { applyAction, openTasks, startCase } from './engine';
import { EngineError } from './errors';
import type { EngineActor, EngineContext } from './types';

const def = ZSopDefinition.parse(
  parse(readFileSync(new URL('../../../../sops/dalak/067-012-v1.yaml', import.meta.url), 'utf8')),
);

const DALAK = 'unit-dalak';
const ROOT = 'unit-root';
const fungsional: EngineActor = { userId: 'u-fung', roles: ['fungsional'], unitIds: [DALAK] };
const fungsional2: EngineActor = { userId: 'u-fung2', roles: ['fungsional'], unitIds: [DALAK] };
const kabid: EngineActor = { userId: 'u-kabid', roles: ['kabid'], unitIds: [DALAK] };
const kepala: EngineActor = { userId: 'u-kepala', roles: ['kepala_dinas'], unitIds: [ROOT, DALAK] };
const outsider: EngineActor = { userId: 'u-x', roles: ['fungsional'], unitIds: ['unit-promosi'] };

function ctx(now: Date): EngineContext {
  return { now, calendar: WITA, roleUnits: { fungsional: DALAK, kabid: DALAK, kepala_dinas: ROOT } };
}

describe('engine on SOP 067/012 (revocation for violation)', () => {
  it('runs end to end with a "Tidak" loop, counting the loop and who sent it back', () => {
    let t = wita('2026-11-23T08:00');
    let { state, events } = startCase(def, ctx(t), fungsional);
    expect(events.map((e) => e.type)).toEqual(['case.started', 'task.created']);
    expect(openTasks(state)).toHaveLength(1);
    const first = openTasks(state)[0]!;
    expect(first).toMatchObject({
      stepId: 's1',
      role: 'fungsional',
      unitId: DALAK,
      assigneeUserId: 'u-fung',
    });
    // 30 working minutes from Monday 08:00 WITA
    expect(first.dueAt).toBe(wita('2026-11-23T08:30').toISOString());

    const step = (actor: EngineActor, decision?: 'yes' | 'no', minutes = 20) => {
      t = new Date(t.getTime() + minutes * 60_000);
      const task = openTasks(state)[0]!;
      ({ state, events } = applyAction(
        def,
        state,
        { type: 'complete', taskId: task.id, decision },
        actor,
        ctx(t),
      ));
      return task;
    };
    step(fungsional); // s1
    step(fungsional); // s2
    step(fungsional); // s3
    step(fungsional); // s4
    expect(openTasks(state)[0]).toMatchObject({ stepId: 's5', role: 'kabid', assigneeUserId: null });
    // another unit's officer cannot take the Kabid's task, nor can a fungsional
    expect(() =>
      applyAction(def, state, { type: 'claim', taskId: openTasks(state)[0]!.id }, outsider, ctx(t)),
    ).toThrow(EngineError);
    step(kabid, 'no'); // Tidak: back to s2
    const again = openTasks(state)[0]!;
    expect(again).toMatchObject({ stepId: 's2', iteration: 1, assigneeUserId: 'u-fung' });
    expect(state.sendBacks).toEqual([
      expect.objectContaining({
        fromStepId: 's5',
        toStepId: 's2',
        kind: 'decision',
        byUserId: 'u-kabid',
        byRole: 'kabid',
      }),
    ]);
    step(fungsional); // s2
    step(fungsional); // s3
    step(fungsional); // s4
    step(kabid, 'yes'); // s5
    expect(openTasks(state)[0]).toMatchObject({ stepId: 's6', role: 'kepala_dinas', unitId: ROOT });
    step(kepala, 'yes'); // s6
    step(fungsional); // s7
    expect(state.status).toBe('completed');
    expect(events.map((e) => e.type)).toContain('case.completed');
    expect(state.tasks.filter((x) => x.stepId === 's2')).toHaveLength(2);
    expect(state.tasks.every((x) => x.status === 'done')).toBe(true);
  });

  it('refuses a decision step without a decision and a plain step with one', () => {
    const t = wita('2026-11-23T08:00');
    let { state } = startCase(def, ctx(t), fungsional);
    expect(() =>
      applyAction(def, state, { type: 'complete', taskId: 'T1', decision: 'yes' }, fungsional, ctx(t)),
    ).toThrow(/no decision/);
    for (let i = 0; i < 4; i++)
      state = applyAction(
        def,
        state,
        { type: 'complete', taskId: openTasks(state)[0]!.id },
        fungsional,
        ctx(t),
      ).state;
    const task = openTasks(state)[0]!;
    try {
      applyAction(def, state, { type: 'complete', taskId: task.id }, kabid, ctx(t));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).code).toBe('DECISION_REQUIRED');
    }
  });

  it('lets a leader dispose a task to a person with an instruction, and only a leader', () => {
    const t = wita('2026-11-23T08:00');
    const { state } = startCase(def, ctx(t), kabid);
    const task = openTasks(state)[0]!;
    expect(task.assigneeUserId).toBeNull(); // the Kabid is not a fungsional
    expect(() =>
      applyAction(
        def,
        state,
        { type: 'dispose', taskId: task.id, toUserId: 'u-fung2', instruction: 'x' },
        fungsional,
        ctx(t),
      ),
    ).toThrow(/leader/);
    const r = applyAction(
      def,
      state,
      { type: 'dispose', taskId: task.id, toUserId: 'u-fung2', instruction: 'Segera siapkan data' },
      kabid,
      ctx(t),
    );
    expect(openTasks(r.state)[0]).toMatchObject({ assigneeUserId: 'u-fung2' });
    expect(openTasks(r.state)[0]!.dispositions[0]).toMatchObject({
      byUserId: 'u-kabid',
      instruction: 'Segera siapkan data',
    });
    // now only the disposed officer may complete it
    expect(() =>
      applyAction(def, r.state, { type: 'complete', taskId: task.id }, fungsional, ctx(t)),
    ).toThrow(EngineError);
    expect(
      applyAction(def, r.state, { type: 'complete', taskId: task.id }, fungsional2, ctx(t)).state.tasks[0]!
        .status,
    ).toBe('done');
  });

  it('returns to the previous step with a reason, and cancels with a reason', () => {
    const t = wita('2026-11-23T08:00');
    let { state } = startCase(def, ctx(t), fungsional);
    expect(() =>
      applyAction(def, state, { type: 'returnToPrevious', taskId: 'T1', reason: 'x' }, fungsional, ctx(t)),
    ).toThrow(/first step/);
    state = applyAction(def, state, { type: 'complete', taskId: 'T1' }, fungsional, ctx(t)).state;
    const r = applyAction(
      def,
      state,
      { type: 'returnToPrevious', taskId: 'T2', reason: 'Data belum lengkap' },
      fungsional,
      ctx(t),
    );
    expect(openTasks(r.state)).toEqual([
      expect.objectContaining({ stepId: 's1', iteration: 1, assigneeUserId: 'u-fung' }),
    ]);
    expect(r.state.sendBacks[0]).toMatchObject({ kind: 'return', reason: 'Data belum lengkap' });
    expect(() => applyAction(def, r.state, { type: 'cancel', reason: 'x' }, fungsional, ctx(t))).toThrow(
      /leader/,
    );
    const c = applyAction(
      def,
      r.state,
      { type: 'cancel', reason: 'Pelaku usaha sudah memenuhi kewajiban' },
      kabid,
      ctx(t),
    );
    expect(c.state.status).toBe('cancelled');
    expect(openTasks(c.state)).toEqual([]);
    expect(() => applyAction(def, c.state, { type: 'claim', taskId: 'T3' }, fungsional, ctx(t))).toThrow(
      /cancelled/,
    );
  });

  it("moves a paused task's due time by exactly the paused working time", () => {
    // s4 is 180 working minutes; ready Monday 23 Nov 2026 09:00 WITA
    let t = wita('2026-11-23T09:00');
    let { state } = startCase(def, ctx(t), fungsional);
    for (let i = 0; i < 3; i++)
      state = applyAction(
        def,
        state,
        { type: 'complete', taskId: openTasks(state)[0]!.id },
        fungsional,
        ctx(t),
      ).state;
    const task = openTasks(state)[0]!;
    expect(task.stepId).toBe('s4');
    expect(task.dueAt).toBe(wita('2026-11-23T12:00').toISOString());
    t = wita('2026-11-23T10:00');
    state = applyAction(
      def,
      state,
      { type: 'pause', reason: 'Menunggu dokumen pelaku usaha' },
      fungsional,
      ctx(t),
    ).state;
    expect(openTasks(state)[0]!.dueAt).toBeNull();
    // resumed the next day 08:00: paused working time = 10:00-16:00 Monday + 07:30-08:00 Tuesday = 390 minutes
    t = wita('2026-11-24T08:00');
    state = applyAction(def, state, { type: 'resume' }, fungsional, ctx(t)).state;
    // 120 minutes remained at 10:00: due Tuesday 10:00
    expect(openTasks(state)[0]!.dueAt).toBe(wita('2026-11-24T10:00').toISOString());
  });

  it('sets the case deadline from the service standard on the working calendar', () => {
    const complaint = ZSopDefinition.parse(
      parse(
        readFileSync(
          new URL('../../../../sops/pengaduan/pengaduan-masyarakat-v1.yaml', import.meta.url),
          'utf8',
        ),
      ),
    );
    // received Tuesday 17 March 2026 09:00 WITA: 10 working days skip 18-24 March (leave, Nyepi, Idul Fitri)
    // and Good Friday 3 April: 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8 April
    const { state } = startCase(complaint, { ...ctx(wita('2026-03-17T09:00')), roleUnits: {} }, fungsional);
    expect(state.dueAt).toBe(wita('2026-04-08T09:00').toISOString());
  });
});

describe('fixed deadlines', () => {
  it('uses a module’s own case and step deadlines instead of the step times, once per step', () => {
    const t = wita('2026-11-23T08:00');
    const caseDue = wita('2026-12-07T08:00');
    const s1Due = wita('2026-11-23T16:00');
    const { state } = startCase(def, ctx(t), fungsional, {
      fixedDues: { case: caseDue, steps: { s1: s1Due } },
    });
    expect(state.dueAt).toBe(caseDue.toISOString());
    expect(openTasks(state)[0]!.dueAt).toBe(s1Due.toISOString());
    // the next step keeps its own standard time
    const next = applyAction(def, state, { type: 'complete', taskId: 'T1', form: {} }, fungsional, ctx(t));
    const task = openTasks(next.state)[0]!;
    expect(task.stepId).not.toBe('s1');
    expect(task.dueAt).not.toBe(s1Due.toISOString());
    expect(next.state.dueAt).toBe(caseDue.toISOString());
  });
});
