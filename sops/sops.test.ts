import { sumStandardTimes } from '@sigap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSopDefinitions } from '../apps/server/src/platform/sops/load-definitions';

type TDefinitions = Awaited<ReturnType<typeof loadSopDefinitions>>;

interface TSeedRow {
  code: string | null;
  steps: number;
  /** Sum of the minute and hour times, in minutes, written out per row of the seed's table. */
  minutes: number;
  days: number;
  weeks: number;
  months: number;
}

/**
 * Transcribed by hand from the seed texts in /work/shared/seeds, independently of the YAML:
 * the number of rows and each row's time ("jam" = 60 minutes; "1 jam 2 jam" is a row with two
 * consecutive sub-rows, 60 + 120). Seeds 000-002 are service standards and a regulation; only
 * the one-on-one meeting carries times, its lead times H-1 bulan, H-2 minggu, H-1 minggu.
 */
const SEED_TABLE: Record<string, TSeedRow> = {
  // seed 000: 16 numbered procedure items; 10 = H-1 bulan, 12 = H-2 minggu, 13 = H-1 minggu
  'bkpm-one-on-one-meeting': { code: 'SK 177/2024', steps: 16, minutes: 0, days: 0, weeks: 2 + 1, months: 1 },
  // seed 001: 6 numbered procedure items, no times
  'bkpm-fasilitasi-kendala-teknis': { code: null, steps: 6, minutes: 0, days: 0, weeks: 0, months: 0 },
  // seed 002: the flow of Lampiran I-III, no step times (case limit 10 working days)
  'bkpm-pengaduan-masyarakat': {
    code: 'Perka BKPM 12/2015',
    steps: 11,
    minutes: 0,
    days: 0,
    weeks: 0,
    months: 0,
  },
  // seed 003, in person: 60, 60, 30, 30, 60, 15, 30, 4x60, 4 hari, 4 hari, 1 hari, 30, 30, 30, 15,
  // 2 hari, 1 hari, 1 hari, 60, 60, 60
  'promosi-bpm-03-forum-bisnis': {
    code: 'SOP/BPM/03',
    steps: 21,
    minutes: 60 + 60 + 30 + 30 + 60 + 15 + 30 + 4 * 60 + 30 + 30 + 30 + 15 + 60 + 60 + 60,
    days: 4 + 4 + 1 + 2 + 1 + 1,
    weeks: 0,
    months: 0,
  },
  // seed 003, virtual: 60, 30, 30, 60, 15, 30, 1 hari, 5 hari, 1 hari, 30, 30, 15, 2 hari, 1 hari,
  // 1 hari, 60, 60, 60
  'promosi-bpm-03-forum-bisnis-virtual': {
    code: 'SOP/BPM/03',
    steps: 18,
    minutes: 60 + 30 + 30 + 60 + 15 + 30 + 30 + 30 + 15 + 60 + 60 + 60,
    days: 1 + 5 + 1 + 2 + 1 + 1,
    weeks: 0,
    months: 0,
  },
  // seed 004, the control division (DALAK) of DPMPTSP Prov. Kaltim
  'dalak-067-001': {
    code: '067/001',
    steps: 6,
    minutes: 60 + 120 + 60 + 180 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-002': {
    code: '067/002',
    steps: 8,
    minutes: 10 + 60 + 60 + 180 + 180 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-003': {
    code: '067/003',
    steps: 7,
    minutes: 30 + 60 + 120 + 60 + 180 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-004': {
    code: '067/004',
    steps: 7,
    minutes: 30 + 60 + 180 + 180 + 180 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-005': {
    code: '067/005',
    steps: 7,
    minutes: 60 + 60 + 180 + 60 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-006': {
    code: '067/006',
    steps: 9,
    minutes: 180 + 30 + 30 + 10 + 10 + 30 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-007': {
    code: '067/007',
    steps: 9,
    minutes: 30 + 60 + 120 + 60 + 180 + 30 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-008': {
    code: '067/008',
    steps: 8,
    minutes: 15 + 15 + 10 + 120 + 30 + 30 + 30 + 30,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-009': {
    code: '067/009',
    steps: 7,
    minutes: 30 + 60 + 60 + 180 + 60 + 60 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-010': {
    code: '067/010',
    steps: 7,
    minutes: 30 + 60 + 60 + 180 + 60 + 60 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-011': {
    code: '067/011',
    steps: 7,
    minutes: 30 + 60 + 60 + 180 + 60 + 60 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-012': {
    code: '067/012',
    steps: 7,
    minutes: 30 + 60 + 60 + 180 + 60 + 60 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-013': {
    code: '067/013',
    steps: 5,
    minutes: 30 + 60 + 60 + 180 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
  'dalak-067-014': {
    code: '067/014',
    steps: 5,
    minutes: 30 + 60 + 60 + 60 + 15,
    days: 0,
    weeks: 0,
    months: 0,
  },
};

describe('the SOP definitions in sops/', () => {
  let definitions: TDefinitions;
  beforeAll(async () => {
    definitions = await loadSopDefinitions();
  });

  it('all 19 load and validate (the loader throws on any problem), the complaint SOP in two versions', () => {
    // version 2 of the complaint SOP records the Sigap portal as its own channel
    expect(definitions).toHaveLength(20);
    expect(definitions.filter((d) => d.key === 'bkpm-pengaduan-masyarakat').map((d) => d.version)).toEqual([
      1, 2,
    ]);
    expect([...new Set(definitions.map((d) => d.key))].sort()).toEqual(Object.keys(SEED_TABLE).sort());
  });

  it.each(Object.entries(SEED_TABLE))(
    '%s matches the seed: code, step count and summed standard time',
    (key, row) => {
      const definition = definitions.find((d) => d.key === key);
      expect(definition, key).toBeDefined();
      if (!definition) return;
      expect(definition.code).toBe(row.code);
      expect(definition.steps).toHaveLength(row.steps);
      expect(definition.steps.map((s) => s.no)).toEqual(Array.from({ length: row.steps }, (_, i) => i + 1));
      expect(sumStandardTimes(definition.steps.map((s) => s.time))).toEqual({
        minutes: row.minutes,
        days: row.days,
        weeks: row.weeks,
        months: row.months,
      });
    },
  );

  it('every step has an English activity, every definition says what it inferred', () => {
    for (const definition of definitions) {
      expect(definition.assumptions.length, definition.key).toBeGreaterThan(0);
      for (const step of definition.steps) {
        expect(step.activity.en, `${definition.key} ${step.id}`).not.toBe(step.activity.id);
      }
    }
  });

  it('keeps the service standards of seeds 000-002', () => {
    const standard = (key: string) => definitions.find((d) => d.key === key)?.serviceStandard;
    expect(standard('bkpm-one-on-one-meeting')).toMatchObject({ amount: 5, unit: 'day', basis: 'working' });
    expect(standard('bkpm-fasilitasi-kendala-teknis')).toMatchObject({
      amount: 5,
      unit: 'day',
      basis: 'working',
    });
    expect(standard('bkpm-pengaduan-masyarakat')).toMatchObject({
      amount: 10,
      unit: 'day',
      basis: 'working',
    });
  });

  it('sends work back where the seeds decide (a head who does not sign returns the draft)', () => {
    const decisionOf = (key: string, stepId: string) => {
      const flow = definitions.find((d) => d.key === key)?.steps.find((s) => s.id === stepId)?.flow;
      return flow && 'decision' in flow ? { yes: flow.decision.yes, no: flow.decision.no } : null;
    };
    expect(decisionOf('promosi-bpm-03-forum-bisnis', 's14')).toEqual({ yes: 's15', no: 's9' });
    expect(decisionOf('promosi-bpm-03-forum-bisnis-virtual', 's11')).toEqual({ yes: 's12', no: 's8' });
    // the flowcharts that survived in seed 004
    expect(decisionOf('dalak-067-012', 's5')).toEqual({ yes: 's6', no: 's2' });
    expect(decisionOf('dalak-067-012', 's6')).toEqual({ yes: 's7', no: 's4' });
    expect(decisionOf('dalak-067-013', 's3')).toEqual({ yes: 's4', no: 's2' });
    expect(decisionOf('dalak-067-013', 's4')).toEqual({ yes: 's5', no: 's2' });
    // the complaint: settle at once, or the working group and perhaps a meeting
    expect(decisionOf('bkpm-pengaduan-masyarakat', 's2')).toEqual({ yes: 's3', no: 's5' });
    expect(decisionOf('bkpm-pengaduan-masyarakat', 's8')).toEqual({ yes: 's9', no: 's10' });
  });
});
