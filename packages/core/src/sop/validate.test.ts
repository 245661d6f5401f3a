import type { TSopDefinition, TSopFlow, TSopStep } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { validateSopDefinition } from './validate';

type TGraph = Pick<TSopDefinition, 'actors' | 'steps'>;

function step(id: string, no: number, flow: TSopFlow, extra: Partial<TSopStep> = {}): TSopStep {
  return {
    id,
    no,
    activity: { id: `Kegiatan ${id}`, en: `Activity ${id}` },
    actors: ['staf'],
    inputs: [],
    time: { amount: 30, unit: 'minute', basis: 'working', raw: '30 menit' },
    outputs: [],
    flow,
    assumptions: [],
    ...extra,
  };
}

function graph(steps: TSopStep[]): TGraph {
  return {
    actors: [
      { role: 'staf', label: { id: 'Staf', en: 'Staff' } },
      { role: 'kasi', label: { id: 'Kasi', en: 'Head of Section' } },
    ],
    steps,
  };
}

const rules = (g: TGraph) => validateSopDefinition(g).map((p) => `${p.stepId}:${p.rule}`);

describe('validateSopDefinition', () => {
  it('accepts a line, a decision that sends work back, and a parallel split that joins', () => {
    const g = graph([
      step('s1', 1, { next: 's2' }, { symbol: 'start' }),
      step('s2', 2, { parallel: ['s3', 's4'], join: 's5' }),
      step('s3', 3, { next: 's5' }),
      step('s4', 4, { next: 's5' }),
      step(
        's5',
        5,
        { decision: { question: { id: 'Setuju?', en: 'Approved?' }, yes: 's6', no: 's2' } },
        { actors: ['kasi'], symbol: 'decision' },
      ),
      step('s6', 6, { end: true }, { symbol: 'end' }),
    ]);
    expect(validateSopDefinition(g)).toEqual([]);
  });

  it('accepts a decision whose target is the end', () => {
    const g = graph([
      step('s1', 1, { decision: { question: { id: 'Selesai?', en: 'Done?' }, yes: 'end', no: 's2' } }),
      step('s2', 2, { next: 's1' }),
    ]);
    expect(validateSopDefinition(g)).toEqual([]);
  });

  it('finds duplicate ids and row numbers', () => {
    const g = graph([
      step('s1', 1, { next: 's2' }),
      step('s2', 1, { next: 's2b' }),
      step('s2', 3, { end: true }),
    ]);
    expect(rules(g)).toContain('s2:duplicate-step-id');
    expect(rules(g)).toContain('s2:duplicate-step-no');
  });

  it('finds unknown targets, including a decision target and a join', () => {
    const g = graph([
      step('s1', 1, { decision: { question: { id: '?', en: '?' }, yes: 's2', no: 's9' } }),
      step('s2', 2, { parallel: ['s3', 's4'], join: 's8' }),
      step('s3', 3, { end: true }),
      step('s4', 4, { end: true }),
    ]);
    const found = validateSopDefinition(g);
    expect(found).toContainEqual(expect.objectContaining({ stepId: 's1', rule: 'unknown-target' }));
    expect(found.find((p) => p.stepId === 's1')?.message).toContain('s9');
    expect(found).toContainEqual(
      expect.objectContaining({
        stepId: 's2',
        rule: 'unknown-target',
        message: expect.stringContaining('s8'),
      }),
    );
  });

  it('finds steps the first step never reaches', () => {
    const g = graph([
      step('s1', 1, { next: 's3' }),
      step('s2', 2, { next: 's3' }),
      step('s3', 3, { end: true }),
    ]);
    expect(rules(g)).toEqual(['s2:unreachable-step']);
  });

  it('finds steps that cannot reach the end (a loop with no way out)', () => {
    const g = graph([
      step('s1', 1, { decision: { question: { id: '?', en: '?' }, yes: 's2', no: 's4' } }),
      step('s2', 2, { next: 's3' }),
      step('s3', 3, { next: 's2' }),
      step('s4', 4, { end: true }),
    ]);
    expect(rules(g).sort()).toEqual(['s2:no-path-to-end', 's3:no-path-to-end']);
  });

  it('finds a definition with no end at all and a step that loops on itself', () => {
    const g = graph([step('s1', 1, { next: 's1' })]);
    expect(rules(g).sort()).toEqual(['s1:no-path-to-end', 's1:self-loop']);
  });

  it('finds actors that are not declared lanes', () => {
    const g = graph([step('s1', 1, { end: true }, { actors: ['staf', 'kabid'] })]);
    const found = validateSopDefinition(g);
    expect(found).toEqual([expect.objectContaining({ stepId: 's1', rule: 'undeclared-actor' })]);
    expect(found[0]?.message).toContain('kabid');
  });

  it('finds parallel branches that do not join, or bypass the join', () => {
    const noJoin = graph([
      step('s1', 1, { parallel: ['s2', 's3'], join: 's4' }),
      step('s2', 2, { next: 's4' }),
      step('s3', 3, { end: true }),
      step('s4', 4, { end: true }),
    ]);
    expect(rules(noJoin)).toEqual(['s1:parallel-join']);
    expect(validateSopDefinition(noJoin)[0]?.message).toContain('branch s3 never reaches the join s4');

    const bypass = graph([
      step('s1', 1, { parallel: ['s2', 's3'], join: 's4' }),
      step('s2', 2, { decision: { question: { id: '?', en: '?' }, yes: 's4', no: 'end' } }),
      step('s3', 3, { next: 's4' }),
      step('s4', 4, { end: true }),
    ]);
    expect(rules(bypass)).toEqual(['s1:parallel-join']);

    const joinIsBranch = graph([
      step('s1', 1, { parallel: ['s2', 's3'], join: 's3' }),
      step('s2', 2, { next: 's3' }),
      step('s3', 3, { end: true }),
    ]);
    expect(rules(joinIsBranch)).toEqual(['s1:parallel-join']);
  });

  it('finds a swimlane symbol that disagrees with the flow', () => {
    const g = graph([
      step('s1', 1, { next: 's2' }, { symbol: 'decision' }),
      step(
        's2',
        2,
        { decision: { question: { id: '?', en: '?' }, yes: 'end', no: 's1' } },
        { symbol: 'process' },
      ),
      step('s3', 3, { next: 's2' }, { symbol: 'end' }),
    ]);
    expect(rules(g).filter((r) => r.endsWith('symbol-mismatch'))).toEqual([
      's1:symbol-mismatch',
      's2:symbol-mismatch',
      's3:symbol-mismatch',
    ]);
  });

  it('finds a time that disagrees with the seed text it claims to come from', () => {
    const g = graph([
      step(
        's1',
        1,
        { next: 's2' },
        { time: { amount: 60, unit: 'minute', basis: 'working', raw: '4 x 60 menit' } },
      ),
      step(
        's2',
        2,
        { next: 's3' },
        { time: { amount: 1, unit: 'month', basis: 'calendar', raw: 'H-1 bulan' } },
      ),
      step('s3', 3, { end: true }, { time: null, timeRaw: 'pada hari yang sama' }),
    ]);
    expect(rules(g)).toEqual(['s1:time-mismatch', 's2:time-mismatch']);
  });
});
