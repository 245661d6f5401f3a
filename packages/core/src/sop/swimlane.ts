import type { TSopDefinition, TSopStandardTime, TSopStep, TSopText } from '@sigap/contracts';

/** The three shapes of the official SOP flowchart (Permenpan-RB 35/2012). */
export type TSwimlaneSymbol = 'terminator' | 'process' | 'decision';

export interface TSwimlaneLane {
  role: string;
  label: TSopText;
}

/** One exit of a row: the step it goes to (or 'end'), its label on a decision, and that step's row. */
export interface TSwimlaneExit {
  toStepId: string;
  label: null | 'Ya' | 'Tidak';
  /** Index into `rows` of the target; null for 'end' or an unknown step. */
  toRowIndex: number | null;
}

export interface TSwimlaneRow {
  stepId: string;
  no: number;
  activity: TSopText;
  /** The lane of the step's first actor, who owns the task. */
  laneIndex: number;
  /** Lanes of the other actors, who take part. */
  extraLaneIndexes: number[];
  symbol: TSwimlaneSymbol;
  inputs: string[];
  /** The seed's own time text when there is one, otherwise the time written out in Indonesian. */
  timeText: string;
  outputs: string[];
  next: TSwimlaneExit[];
}

export interface TSwimlane {
  lanes: TSwimlaneLane[];
  rows: TSwimlaneRow[];
}

const UNIT_WORDS: Record<TSopStandardTime['unit'], string> = {
  minute: 'menit',
  hour: 'jam',
  day: 'hari',
  week: 'minggu',
  month: 'bulan',
};

/** '30 menit', '2 hari kalender', 'H-1 bulan': a standard time as an SOP table prints it. */
export function formatStandardTime(time: TSopStandardTime): string {
  const unit = UNIT_WORDS[time.unit];
  if (time.leadTime) return `H-${time.amount} ${unit}`;
  const calendar = time.basis === 'calendar' && time.unit === 'day' ? ' kalender' : '';
  return `${time.amount} ${unit}${calendar}`;
}

function timeTextOf(step: Pick<TSopStep, 'time' | 'timeRaw'>): string {
  if (step.time) return step.time.raw ?? formatStandardTime(step.time);
  return step.timeRaw ?? '';
}

function symbolOf(step: TSopStep, index: number): TSwimlaneSymbol {
  if ('decision' in step.flow) return 'decision';
  if (index === 0 || 'end' in step.flow || step.symbol === 'start' || step.symbol === 'end')
    return 'terminator';
  return 'process';
}

/**
 * The swimlane view of a definition: one lane per actor in the seed's column order and one row
 * per step, with the step's symbol in its owner's lane and its exits. The browser and the PDF
 * both draw from this model, so the two always show the same flow.
 */
export function buildSwimlane(def: Pick<TSopDefinition, 'actors' | 'steps'>): TSwimlane {
  const lanes = def.actors.map((a) => ({ role: a.role, label: a.label }));
  const laneOf = new Map(lanes.map((l, i) => [l.role, i] as const));
  const rowOf = new Map(def.steps.map((s, i) => [s.id, i] as const));
  const exit = (toStepId: string, label: TSwimlaneExit['label']): TSwimlaneExit => ({
    toStepId,
    label,
    toRowIndex: rowOf.get(toStepId) ?? null,
  });

  const rows = def.steps.map((step, index): TSwimlaneRow => {
    const laneIndexes = step.actors.map((r) => laneOf.get(r)).filter((i): i is number => i !== undefined);
    const laneIndex = laneIndexes[0] ?? 0;
    const flow = step.flow;
    let next: TSwimlaneExit[] = [];
    if ('next' in flow) next = [exit(flow.next, null)];
    else if ('decision' in flow) next = [exit(flow.decision.yes, 'Ya'), exit(flow.decision.no, 'Tidak')];
    else if ('parallel' in flow) next = flow.parallel.map((t) => exit(t, null));
    else next = [exit('end', null)];
    return {
      stepId: step.id,
      no: step.no,
      activity: step.activity,
      laneIndex,
      extraLaneIndexes: [...new Set(laneIndexes.slice(1))].filter((i) => i !== laneIndex),
      symbol: symbolOf(step, index),
      inputs: [...step.inputs],
      timeText: timeTextOf(step),
      outputs: [...step.outputs],
      next,
    };
  });
  return { lanes, rows };
}
