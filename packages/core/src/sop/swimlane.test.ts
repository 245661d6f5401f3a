import { type TSopDefinition, type TSopStep, ZSopDefinition } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { buildSwimlane, formatStandardTime } from './swimlane';

const step = (id: string, no: number, actors: string[], flow: TSopStep['flow'], extra: object = {}) => ({
  id,
  no,
  activity: { id: `Kegiatan ${no}`, en: `Activity ${no}` },
  actors,
  inputs: [`Masukan ${no}`],
  time: { amount: 30, unit: 'minute', basis: 'working', raw: '30 menit' },
  outputs: [`Keluaran ${no}`],
  flow,
  ...extra,
});

/** The shape of SOP 067/012: a Kabid decision that loops back, a Kepala decision, then the archive. */
const def: TSopDefinition = ZSopDefinition.parse({
  code: '067/012',
  key: 'uji-swimlane',
  title: { id: 'Uji', en: 'Test' },
  version: 1,
  effectiveDate: null,
  approvedBy: null,
  legalBasis: [],
  source: { seed: '004_e332bbe437a26d00.txt', agency: 'DPMPTSP Prov. Kaltim' },
  actors: [
    { role: 'fungsional', label: { id: 'Fungsional/Pelaksana', en: 'Functional officer' } },
    { role: 'kabid', label: { id: 'Kabid Pengendalian', en: 'Head of Control Division' } },
    { role: 'kepala_dinas', label: { id: 'Kepala Dinas', en: 'Head of Office' } },
  ],
  steps: [
    step('s1', 1, ['fungsional'], { next: 's2' }),
    step('s2', 2, ['fungsional', 'kabid'], { next: 's3' }, { time: null, timeRaw: 'segera' }),
    step('s3', 3, ['kabid'], {
      decision: { question: { id: 'Setuju?', en: 'Approved?' }, yes: 's4', no: 's2' },
    }),
    step('s4', 4, ['kepala_dinas', 'kabid', 'kepala_dinas'], {
      decision: { question: { id: 'Setuju?', en: 'Approved?' }, yes: 's5', no: 'end' },
    }),
    step('s5', 5, ['fungsional'], { end: true }, { time: { amount: 2, unit: 'day', basis: 'calendar' } }),
  ],
});

describe('buildSwimlane', () => {
  const model = buildSwimlane(def);

  it('has one lane per actor in column order', () => {
    expect(model.lanes.map((l) => l.role)).toEqual(['fungsional', 'kabid', 'kepala_dinas']);
    expect(model.lanes[1]!.label.id).toBe('Kabid Pengendalian');
  });

  it('puts each step in its owner’s lane and marks the others', () => {
    expect(model.rows.map((r) => [r.no, r.laneIndex, r.extraLaneIndexes])).toEqual([
      [1, 0, []],
      [2, 0, [1]],
      [3, 1, []],
      [4, 2, [1]],
      [5, 0, []],
    ]);
  });

  it('draws the first and the end steps as terminators and decisions as diamonds', () => {
    expect(model.rows.map((r) => r.symbol)).toEqual([
      'terminator',
      'process',
      'decision',
      'decision',
      'terminator',
    ]);
  });

  it('lists exits with Ya/Tidak labels and the row they lead to', () => {
    expect(model.rows[0]!.next).toEqual([{ toStepId: 's2', label: null, toRowIndex: 1 }]);
    expect(model.rows[2]!.next).toEqual([
      { toStepId: 's4', label: 'Ya', toRowIndex: 3 },
      { toStepId: 's2', label: 'Tidak', toRowIndex: 1 },
    ]);
    expect(model.rows[3]!.next[1]).toEqual({ toStepId: 'end', label: 'Tidak', toRowIndex: null });
    expect(model.rows[4]!.next).toEqual([{ toStepId: 'end', label: null, toRowIndex: null }]);
  });

  it('shows the seed’s time text, or the time written out, or the words of a step without a time', () => {
    expect(model.rows.map((r) => r.timeText)).toEqual([
      '30 menit',
      'segera',
      '30 menit',
      '30 menit',
      '2 hari kalender',
    ]);
    expect(model.rows[0]).toMatchObject({ inputs: ['Masukan 1'], outputs: ['Keluaran 1'] });
  });

  it('splits parallel branches into one exit each', () => {
    const parallel = buildSwimlane({
      actors: def.actors,
      steps: [
        { ...def.steps[0]!, flow: { parallel: ['s2', 's3'], join: 's4' } },
        { ...def.steps[1]!, flow: { next: 's4' } },
        { ...def.steps[2]!, flow: { next: 's4' } },
        { ...def.steps[4]!, id: 's4', no: 4 },
      ],
    });
    expect(parallel.rows[0]!.next.map((n) => n.toRowIndex)).toEqual([1, 2]);
  });
});

describe('formatStandardTime', () => {
  it('writes times as the SOP tables print them', () => {
    expect(formatStandardTime({ amount: 4, unit: 'hour', basis: 'working' })).toBe('4 jam');
    expect(formatStandardTime({ amount: 1, unit: 'month', basis: 'calendar', leadTime: true })).toBe(
      'H-1 bulan',
    );
    expect(formatStandardTime({ amount: 5, unit: 'day', basis: 'working' })).toBe('5 hari');
  });
});
