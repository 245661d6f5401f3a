import { describe, expect, it } from 'vitest';
import { type TSopDefinitionInput, ZSopDefinition, ZSopFlow, ZSopFormField, ZSopStep } from './definition';

const minimal: TSopDefinitionInput = {
  code: '067/999',
  key: 'dalak-067-999',
  title: { id: 'Contoh', en: 'Example' },
  version: 1,
  effectiveDate: '2022-12-06',
  approvedBy: 'Kepala Dinas',
  legalBasis: [],
  source: { seed: '004_e332bbe437a26d00.txt', agency: 'DPMPTSP Prov. Kaltim' },
  actors: [{ role: 'pengolah', label: { id: 'Pengolah', en: 'Data processor' } }],
  steps: [
    {
      id: 's1',
      no: 1,
      activity: { id: 'Mengumpulkan data', en: 'Collect data' },
      actors: ['pengolah'],
      inputs: ['E-PTSP'],
      time: { amount: 30, unit: 'minute', basis: 'working', raw: '30 menit' },
      outputs: ['Data'],
      flow: { end: true },
    },
  ],
};

describe('ZSopDefinition', () => {
  it('accepts a minimal definition and fills in the optional lists', () => {
    const parsed = ZSopDefinition.parse(minimal);
    expect(parsed.assumptions).toEqual([]);
    expect(parsed.qualifications).toEqual([]);
    expect(parsed.warning).toBeNull();
    expect(parsed.steps[0]?.assumptions).toEqual([]);
  });

  it('refuses a role outside the vocabulary, a bad key, a bad date and duplicate lanes', () => {
    const bad = {
      ...minimal,
      key: 'Dalak 067',
      effectiveDate: '06-12-2022',
      actors: [
        { role: 'pengolah', label: { id: 'Pengolah', en: 'Data processor' } },
        { role: 'pengolah', label: { id: 'Pengolah', en: 'Data processor' } },
        { role: 'lurah', label: { id: 'Lurah', en: 'Village head' } },
      ],
    };
    const result = ZSopDefinition.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['key', 'effectiveDate', 'actors.2.role']));
    const twice = ZSopDefinition.safeParse({ ...minimal, actors: [...minimal.actors, ...minimal.actors] });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['actors']);
  });

  it('takes exactly one kind of flow', () => {
    expect(ZSopFlow.safeParse({ next: 's2' }).success).toBe(true);
    expect(ZSopFlow.safeParse({ end: true }).success).toBe(true);
    expect(ZSopFlow.safeParse({ parallel: ['s2', 's3'], join: 's4' }).success).toBe(true);
    const decision = { question: { id: 'Setuju?', en: 'Approved?' }, yes: 'end', no: 's1' };
    expect(ZSopFlow.safeParse({ decision }).success).toBe(true);
    expect(ZSopFlow.safeParse({ next: 's2', end: true }).success).toBe(false);
    expect(ZSopFlow.safeParse({ next: 's2', decision }).success).toBe(false);
    expect(ZSopFlow.safeParse({ parallel: ['s2'], join: 's4' }).success).toBe(false);
    expect(ZSopFlow.safeParse({ end: false }).success).toBe(false);
    expect(ZSopFlow.safeParse({ next: 'end' }).success).toBe(false);
    expect(ZSopFlow.safeParse({}).success).toBe(false);
  });

  it('needs at least one actor per step and keeps timeRaw for steps without a time', () => {
    const base = minimal.steps[0]!;
    expect(ZSopStep.safeParse({ ...base, actors: [] }).success).toBe(false);
    expect(ZSopStep.safeParse({ ...base, time: null, timeRaw: 'pada hari yang sama' }).success).toBe(true);
    expect(ZSopStep.safeParse({ ...base, timeRaw: '30 menit' }).success).toBe(false);
    expect(ZSopStep.safeParse({ ...base, time: { amount: 1, unit: 'year', basis: 'working' } }).success).toBe(
      false,
    );
  });

  it('wants options on select fields only', () => {
    const label = { id: 'Saluran', en: 'Channel' };
    expect(ZSopFormField.safeParse({ name: 'channel', label, type: 'select', required: true }).success).toBe(
      false,
    );
    expect(
      ZSopFormField.safeParse({
        name: 'channel',
        label,
        type: 'select',
        required: true,
        options: [{ value: 'surel', label: { id: 'Surel', en: 'E-mail' } }],
      }).success,
    ).toBe(true);
    expect(
      ZSopFormField.safeParse({
        name: 'note',
        label,
        type: 'text',
        required: false,
        options: [{ value: 'x', label }],
      }).success,
    ).toBe(false);
  });
});
