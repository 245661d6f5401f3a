import type { TSopDefinition } from '@sigap/contracts';
import type { TSwimlane, TSwimlaneRow } from '@sigap/core';
import type { CanvasElement, Content, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { contentWidth, pdfDate, renderPdf } from './pdf';

/**
 * The printable SOP in the official table format the seeds use (Permenpan-RB 35/2012): a header
 * page (number, dates, approver, name, legal basis, qualifications, equipment, warning, record
 * keeping) and the flow table (No, Kegiatan, one column per actor with the step's symbol in its
 * lane, Kelengkapan, Waktu, Output), A4 landscape. The flowchart is drawn from the swimlane
 * model, the same one the browser draws.
 */

const MARGINS: [number, number, number, number] = [24, 28, 24, 30];
const FONT = 7;
const LINE = 0.5;
/** Roboto's line height (ascender - descender over units per em) times the document's 1.1. */
const LINE_HEIGHT = FONT * 1.171875 * 1.1;
const CELL_MARGIN = 3;
const MIN_ROW = 34;
/** A diamond with a label above or below it needs more room than a box. */
const MIN_DECISION_ROW = 48;

/** Approximate Roboto advance widths in em, rounded up so that rows are never shorter than their text. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.26;
  if ("iljtfr.,:;'|!()[]/-".includes(ch)) return 0.36;
  if ('mwMW'.includes(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.57;
}

const textWidth = (s: string, size: number) => [...s].reduce((w, ch) => w + charEm(ch) * size, 0);

/** Lines the text needs at the given width (greedy word wrap, long words broken). */
export function estimateLines(text: string, width: number, size = FONT): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, size);
      const space = current > 0 ? textWidth(' ', size) : 0;
      if (current + space + w <= width) {
        current += space + w;
        continue;
      }
      if (current > 0) count++;
      current = w;
      while (current > width) {
        count++;
        current -= width;
      }
    }
    lines += count;
  }
  return lines;
}

const listText = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '-') : items.map((i) => `- ${i}`).join('\n');

interface Layout {
  widths: number[];
  laneWidth: number;
  lanesWidth: number;
  activityWidth: number;
  inputsWidth: number;
  timeWidth: number;
  outputsWidth: number;
}

function layoutFor(laneCount: number): Layout {
  const columns = 5 + laneCount;
  const total = contentWidth('landscape', MARGINS) - (columns + 1) * LINE - 1;
  const noWidth = 18;
  const timeWidth = 44;
  const rest = total - noWidth - timeWidth;
  const laneWidth = Math.max(48, Math.min(84, (rest * 0.42) / Math.max(1, laneCount)));
  const lanesWidth = laneWidth * laneCount + LINE * (laneCount - 1);
  const textWidthLeft = rest - laneWidth * laneCount;
  const activityWidth = textWidthLeft * 0.4;
  const inputsWidth = textWidthLeft * 0.3;
  const outputsWidth = textWidthLeft * 0.3;
  return {
    widths: [
      noWidth,
      activityWidth,
      ...Array(laneCount).fill(laneWidth),
      inputsWidth,
      timeWidth,
      outputsWidth,
    ],
    laneWidth,
    lanesWidth,
    activityWidth,
    inputsWidth,
    timeWidth,
    outputsWidth,
  };
}

function rowHeight(row: TSwimlaneRow, l: Layout): number {
  const inner = (w: number) => w - 2 * CELL_MARGIN;
  const lines = Math.max(
    estimateLines(row.activity.id, inner(l.activityWidth)),
    estimateLines(listText(row.inputs), inner(l.inputsWidth)),
    estimateLines(row.timeText || '-', inner(l.timeWidth)),
    estimateLines(listText(row.outputs), inner(l.outputsWidth)),
  );
  const min = row.symbol === 'decision' ? MIN_DECISION_ROW : MIN_ROW;
  return Math.max(min, Math.ceil(lines * LINE_HEIGHT + 2 * CELL_MARGIN + 2));
}

interface SymbolBox {
  cx: number;
  cy: number;
  w: number;
  h: number;
}

const BLACK = '#000000';

function symbolBox(row: TSwimlaneRow, lane: number, height: number, l: Layout): SymbolBox {
  const cx = lane * (l.laneWidth + LINE) + l.laneWidth / 2;
  const decision = row.symbol === 'decision';
  const w = Math.min(l.laneWidth - 14, decision ? 40 : 46);
  return { cx, cy: height / 2, w, h: decision ? 22 : 15 };
}

function drawSymbol(symbol: TSwimlaneRow['symbol'], b: SymbolBox, dashed: boolean): CanvasElement {
  const style = { lineWidth: 0.8, lineColor: BLACK, ...(dashed ? { dash: { length: 2, space: 1.5 } } : {}) };
  if (symbol === 'decision') {
    return {
      type: 'polyline',
      closePath: true,
      points: [
        { x: b.cx, y: b.cy - b.h / 2 },
        { x: b.cx + b.w / 2, y: b.cy },
        { x: b.cx, y: b.cy + b.h / 2 },
        { x: b.cx - b.w / 2, y: b.cy },
      ],
      ...style,
    };
  }
  return {
    type: 'rect',
    x: b.cx - b.w / 2,
    y: b.cy - b.h / 2,
    w: b.w,
    h: b.h,
    ...(symbol === 'terminator' ? { r: b.h / 2 } : {}),
    ...style,
  };
}

function arrowHead(x: number, y: number, direction: 'down' | 'left' | 'right' | 'up'): CanvasElement {
  const s = 3;
  const points = {
    down: [
      { x: x - s * 0.8, y: y - s * 1.4 },
      { x: x + s * 0.8, y: y - s * 1.4 },
    ],
    up: [
      { x: x - s * 0.8, y: y + s * 1.4 },
      { x: x + s * 0.8, y: y + s * 1.4 },
    ],
    left: [
      { x: x + s * 1.4, y: y - s * 0.8 },
      { x: x + s * 1.4, y: y + s * 0.8 },
    ],
    right: [
      { x: x - s * 1.4, y: y - s * 0.8 },
      { x: x - s * 1.4, y: y + s * 0.8 },
    ],
  }[direction];
  return { type: 'polyline', closePath: true, points: [...points, { x, y }], color: BLACK, lineWidth: 0.5 };
}

const line = (x1: number, y1: number, x2: number, y2: number, dashed = false): CanvasElement => ({
  type: 'line',
  x1,
  y1,
  x2,
  y2,
  lineWidth: 0.7,
  lineColor: BLACK,
  ...(dashed ? { dash: { length: 2, space: 1.5 } } : {}),
});

interface Label {
  x: number;
  y: number;
  text: string;
}

/**
 * A jump to a row that is not the next one (a decision sending the work back, a parallel
 * branch) runs in a channel near the right edge of the rightmost lane involved, so it passes
 * beside the symbols: out of the symbol's side, along the channel, into the target's side.
 */
interface Jump {
  from: number;
  to: number;
  x: number;
  label: string | null;
  /** A second jump out of the same symbol leaves from its bottom when no arrow goes down from there. */
  fromBottom: boolean;
}

function planJumps(swimlane: TSwimlane, l: Layout): Jump[] {
  const used = new Map<number, number>();
  const jumps: Jump[] = [];
  swimlane.rows.forEach((row, i) => {
    let sideTaken = false;
    const bottomFree = !row.next.some((n) => n.toRowIndex === i + 1);
    for (const exit of row.next) {
      if (exit.toRowIndex === null || exit.toRowIndex === i + 1 || exit.toRowIndex === i) continue;
      const target = swimlane.rows[exit.toRowIndex]!;
      const lane = Math.max(row.laneIndex, target.laneIndex);
      const k = used.get(lane) ?? 0;
      used.set(lane, k + 1);
      const x = (lane + 1) * (l.laneWidth + LINE) - LINE - 3 - 3 * (k % 3);
      jumps.push({ from: i, to: exit.toRowIndex, x, label: exit.label, fromBottom: sideTaken && bottomFree });
      sideTaken = true;
    }
  });
  return jumps;
}

/** The lanes of one row: separators, symbols, connectors from the row above and to the row below. */
function laneCell(swimlane: TSwimlane, i: number, heights: number[], jumps: Jump[], l: Layout): Content {
  const row = swimlane.rows[i]!;
  const h = heights[i]!;
  const vectors: CanvasElement[] = [];
  const labels: Label[] = [];
  const box = symbolBox(row, row.laneIndex, h, l);

  for (let k = 1; k < swimlane.lanes.length; k++) {
    const x = k * (l.laneWidth + LINE) - LINE / 2;
    vectors.push({ type: 'line', x1: x, y1: 0, x2: x, y2: h, lineWidth: LINE, lineColor: BLACK });
  }

  // from the row above: down its lane's line, across at the top, down into this symbol
  const prev = i > 0 ? swimlane.rows[i - 1] : undefined;
  if (prev?.next.some((n) => n.toRowIndex === i)) {
    const fromX = symbolBox(prev, prev.laneIndex, heights[i - 1]!, l).cx;
    const elbow = 5;
    const top = box.cy - box.h / 2;
    if (fromX === box.cx) vectors.push(line(box.cx, 0, box.cx, top));
    else
      vectors.push(
        line(fromX, 0, fromX, elbow),
        line(fromX, elbow, box.cx, elbow),
        line(box.cx, elbow, box.cx, top),
      );
    vectors.push(arrowHead(box.cx, top, 'down'));
  }
  // to the row below: out of the symbol's bottom to the row's bottom
  const down = row.next.find((n) => n.toRowIndex === i + 1);
  if (down) {
    vectors.push(line(box.cx, box.cy + box.h / 2, box.cx, h));
    if (down.label) labels.push({ x: box.cx + 2, y: box.cy + box.h / 2, text: down.label });
  }
  // the end reached from a decision
  for (const exit of row.next) {
    if (exit.toStepId !== 'end' || row.symbol !== 'decision') continue;
    const x0 = box.cx - box.w / 2;
    vectors.push(line(x0, box.cy, x0 - 8, box.cy), arrowHead(x0 - 8, box.cy, 'left'));
    labels.push({ x: Math.max(0, x0 - 30), y: box.cy - 9, text: `${exit.label ?? ''} Selesai`.trim() });
  }

  for (const jump of jumps) {
    const lo = Math.min(jump.from, jump.to);
    const hi = Math.max(jump.from, jump.to);
    if (i < lo || i > hi) continue;
    const upward = jump.to < jump.from;
    if (i === jump.from && jump.fromBottom) {
      const bottom = box.cy + box.h / 2;
      const y = Math.min(h - 2, bottom + 5);
      vectors.push(line(box.cx, bottom, box.cx, y), line(box.cx, y, jump.x, y));
      vectors.push(upward ? line(jump.x, y, jump.x, 0) : line(jump.x, y, jump.x, h));
      if (jump.label)
        labels.push({ x: box.cx - textWidth(jump.label, 6) * 1.1 - 2, y: bottom, text: jump.label });
    } else if (i === jump.from) {
      const side = box.cx + box.w / 2;
      vectors.push(line(side, box.cy, jump.x, box.cy));
      vectors.push(upward ? line(jump.x, box.cy, jump.x, 0) : line(jump.x, box.cy, jump.x, h));
      if (jump.label) {
        // beside the exit when it fits in the lane, otherwise above the symbol's corner
        const laneRight = (row.laneIndex + 1) * (l.laneWidth + LINE) - LINE;
        const width = textWidth(jump.label, 6) * 1.1;
        const fits = side + 1 + width <= laneRight - 4;
        const at = fits
          ? { x: side + 1, y: box.cy - 9 }
          : { x: laneRight - width - 5, y: box.cy - box.h / 2 - 8 };
        labels.push({ ...at, text: jump.label });
      }
    } else if (i === jump.to) {
      const side = box.cx + box.w / 2;
      vectors.push(upward ? line(jump.x, h, jump.x, box.cy) : line(jump.x, 0, jump.x, box.cy));
      vectors.push(line(jump.x, box.cy, side, box.cy), arrowHead(side, box.cy, 'left'));
    } else {
      vectors.push(line(jump.x, 0, jump.x, h));
    }
  }

  // the other actors take part: the same symbol, dashed, joined to the owner's
  for (const lane of row.extraLaneIndexes) {
    const extra = symbolBox(row, lane, h, l);
    vectors.push(drawSymbol(row.symbol, extra, true));
    const [a, b] = extra.cx < box.cx ? [extra, box] : [box, extra];
    vectors.push(line(a.cx + a.w / 2, box.cy, b.cx - b.w / 2, box.cy, true));
  }
  vectors.push(drawSymbol(row.symbol, box, false));

  return {
    stack: [
      ...labels.map(
        (label): ContentText => ({
          text: label.text,
          fontSize: 6,
          bold: true,
          relativePosition: { x: Math.max(1, label.x), y: Math.max(1, label.y) },
        }),
      ),
      { canvas: vectors },
    ],
  };
}

const cellText = (text: string, extra: Partial<ContentText> = {}): ContentText => ({
  text,
  margin: [CELL_MARGIN, CELL_MARGIN, CELL_MARGIN, CELL_MARGIN],
  ...extra,
});

const tableLayout = (fillHeader: number): CustomTableLayout => ({
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
  fillColor: (rowIndex: number) => (rowIndex < fillHeader ? '#e8e8e8' : null),
});

function flowTable(swimlane: TSwimlane): Content {
  const n = Math.max(1, swimlane.lanes.length);
  const l = layoutFor(n);
  const heights = swimlane.rows.map((row) => rowHeight(row, l));
  const jumps = planJumps(swimlane, l);
  const head = (text: string, extra: Partial<ContentText> = {}) =>
    cellText(text, { bold: true, alignment: 'center', ...extra });
  const laneFill = Array.from({ length: n - 1 }, () => ({}));
  const body: TableCell[][] = [
    [
      { ...head('No'), rowSpan: 2 },
      { ...head('Kegiatan'), rowSpan: 2 },
      { ...head('Pelaksana'), colSpan: n },
      ...laneFill,
      { ...head('Mutu Baku'), colSpan: 3 },
      {},
      {},
    ],
    [
      {},
      {},
      ...(swimlane.lanes.length > 0
        ? swimlane.lanes.map((lane) => head(lane.label.id, { fontSize: 6.5 }))
        : [head('-')]),
      head('Kelengkapan'),
      head('Waktu'),
      head('Output'),
    ],
  ];
  swimlane.rows.forEach((row, i) => {
    body.push([
      cellText(String(row.no), { alignment: 'center' }),
      cellText(row.activity.id),
      { ...(laneCell(swimlane, i, heights, jumps, l) as object), colSpan: n } as TableCell,
      ...laneFill,
      cellText(listText(row.inputs)),
      cellText(row.timeText || '-', { alignment: 'center' }),
      cellText(listText(row.outputs)),
    ]);
  });
  return {
    table: { headerRows: 2, dontBreakRows: true, widths: l.widths, body },
    layout: tableLayout(2),
    fontSize: FONT,
  };
}

const numbered = (items: readonly string[]): Content =>
  items.length === 0 ? { text: '-' } : { ol: [...items], margin: [0, 2, 0, 0] };

function headerBlock(def: TSopDefinition, opts: { agencyName: string }): Content[] {
  const label = (text: string) => cellText(text, { bold: true });
  const value = (text: string) => cellText(text);
  const fields: Array<[string, string]> = [
    ['Nomor SOP', def.number ?? def.code ?? '-'],
    ['Tanggal Pembuatan', pdfDate(def.createdDate)],
    ['Tanggal Revisi', pdfDate(def.revisedDate)],
    ['Tanggal Efektif', pdfDate(def.effectiveDate)],
    ['Disahkan oleh', def.approvedBy ?? '-'],
    ['Nama SOP', def.title.id],
  ];
  const masthead: TableCell = {
    stack: [
      { text: opts.agencyName.toUpperCase(), bold: true, fontSize: 12, margin: [0, 0, 0, 6] },
      { text: 'STANDAR OPERASIONAL PROSEDUR', bold: true, fontSize: 11 },
      { text: `Versi ${def.version}`, fontSize: 8, margin: [0, 6, 0, 0] },
    ],
    alignment: 'center',
    margin: [8, 24, 8, 8],
    rowSpan: fields.length,
  };
  const identity: TableCell[][] = fields.map(([k, v], i) => [i === 0 ? masthead : {}, label(k), value(v)]);
  const pair = (left: [string, Content], right: [string, Content]): TableCell[][] => [
    [cellText(left[0], { bold: true }), cellText(right[0], { bold: true })],
    [
      { stack: [left[1]], margin: [CELL_MARGIN, CELL_MARGIN, CELL_MARGIN, 6] },
      { stack: [right[1]], margin: [CELL_MARGIN, CELL_MARGIN, CELL_MARGIN, 6] },
    ],
  ];
  const lists: TableCell[][] = [
    ...pair(
      ['Dasar Hukum', numbered(def.legalBasis)],
      ['Kualifikasi Pelaksana', numbered(def.qualifications)],
    ),
    ...pair(['Keterkaitan', { text: '-' }], ['Peralatan/Perlengkapan', numbered(def.equipment)]),
    ...pair(
      ['Peringatan', { text: def.warning ?? '-' }],
      ['Pencatatan dan Pendataan', numbered(def.recordKeeping)],
    ),
  ];
  const fillLabels: CustomTableLayout = {
    ...tableLayout(0),
    fillColor: (rowIndex: number) => (rowIndex % 2 === 0 ? '#e8e8e8' : null),
  };
  return [
    {
      table: { widths: ['*', 110, '*'], body: identity },
      layout: tableLayout(0),
      fontSize: 9,
    },
    {
      table: { widths: ['*', '*'], body: lists },
      layout: fillLabels,
      fontSize: 8.5,
      margin: [0, 10, 0, 0],
    },
  ];
}

/** The SOP as an A4 landscape PDF: the header page, then the flow table. */
export async function buildSopPdf(
  def: TSopDefinition,
  swimlane: TSwimlane,
  opts: { agencyName: string },
): Promise<Buffer> {
  return renderPdf({
    title: `SOP ${def.number ?? def.code ?? def.key} - ${def.title.id}`,
    orientation: 'landscape',
    pageMargins: MARGINS,
    fontSize: 8,
    footerLeft: `SOP ${def.number ?? def.code ?? def.key} · ${def.title.id} · versi ${def.version}`,
    content: [
      ...headerBlock(def, opts),
      { text: def.title.id, style: 'title', pageBreak: 'before', margin: [0, 0, 0, 2] },
      {
        text: `Nomor SOP: ${def.number ?? def.code ?? '-'}   ·   Tanggal Efektif: ${pdfDate(def.effectiveDate)}`,
        alignment: 'center',
        fontSize: 8,
        margin: [0, 0, 0, 6],
      },
      flowTable(swimlane),
      {
        text: 'Simbol: persegi bersudut bulat = mulai/selesai, persegi = proses, belah ketupat = keputusan (Ya/Tidak); garis putus-putus = pelaksana yang ikut serta.',
        fontSize: 6.5,
        italics: true,
        margin: [0, 4, 0, 0],
      },
    ],
  });
}
