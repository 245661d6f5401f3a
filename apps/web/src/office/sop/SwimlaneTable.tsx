import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TSwimlaneModel } from '@sigap/contracts';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';

type Row = TSwimlaneModel['rows'][number];
type Symbol = Row['symbol'];

const LANE_WIDTH = 112;
const SYMBOL_W = 72;
const SYMBOL_H = 36;
const STROKE = '#1f2937';

/** The flowchart shape of a step: terminator pill, process rectangle, decision diamond. */
function Shape({ symbol, no }: { symbol: Symbol; no: number }) {
  const common = { fill: 'white', stroke: STROKE, strokeWidth: 1.5 };
  return (
    <svg
      width={SYMBOL_W}
      height={SYMBOL_H}
      viewBox={`0 0 ${SYMBOL_W} ${SYMBOL_H}`}
      aria-hidden="true"
      focusable="false"
    >
      {symbol === 'terminator' && (
        <rect x={1} y={1} width={SYMBOL_W - 2} height={SYMBOL_H - 2} rx={(SYMBOL_H - 2) / 2} {...common} />
      )}
      {symbol === 'process' && <rect x={1} y={1} width={SYMBOL_W - 2} height={SYMBOL_H - 2} {...common} />}
      {symbol === 'decision' && (
        <polygon
          points={`${SYMBOL_W / 2},1 ${SYMBOL_W - 1},${SYMBOL_H / 2} ${SYMBOL_W / 2},${SYMBOL_H - 1} 1,${SYMBOL_H / 2}`}
          {...common}
        />
      )}
      <text
        x={SYMBOL_W / 2}
        y={SYMBOL_H / 2 + 4}
        textAnchor="middle"
        fontSize={12}
        fontWeight={700}
        fill={STROKE}
      >
        {no}
      </text>
    </svg>
  );
}

interface Box4 {
  left: number;
  right: number;
  top: number;
  bottom: number;
  cx: number;
  cy: number;
}

interface Edge {
  d: string;
  label: string | null;
  lx: number;
  ly: number;
  anchor: 'start' | 'end' | 'middle';
}

/**
 * Orthogonal connectors from each step's symbol to its targets. Forward to the next row: down and
 * across. Back (a decision's "Tidak") or skipping rows: out to the right of the lanes, along the
 * side, and in to the target, so the line never runs through another symbol.
 */
function routeEdges(rows: Row[], boxes: (Box4 | null)[], lanesLeft: number, lanesRight: number): Edge[] {
  const edges: Edge[] = [];
  let sideTrack = 0;
  rows.forEach((row, i) => {
    const from = boxes[i];
    if (!from) return;
    for (const exit of row.next) {
      if (exit.toRowIndex === null) continue;
      const to = boxes[exit.toRowIndex];
      if (!to) continue;
      const label = exit.label;
      if (exit.toRowIndex === i + 1) {
        const midY = from.bottom + (to.top - from.bottom) / 2;
        const d =
          Math.abs(from.cx - to.cx) < 1
            ? `M ${from.cx} ${from.bottom} V ${to.top - 1}`
            : `M ${from.cx} ${from.bottom} V ${midY} H ${to.cx} V ${to.top - 1}`;
        edges.push({ d, label, lx: from.cx + 6, ly: from.bottom + 12, anchor: 'start' });
      } else {
        const back = exit.toRowIndex < i;
        const side = back ? lanesRight - 10 - sideTrack * 8 : lanesLeft + 10 + sideTrack * 8;
        sideTrack = (sideTrack + 1) % 4;
        const fromX = back ? from.right : from.left;
        const toX = back ? to.right : to.left;
        const d = `M ${fromX} ${from.cy} H ${side} V ${to.cy} H ${toX + (back ? 1 : -1)}`;
        edges.push({
          d,
          label,
          lx: back ? fromX + 4 : fromX - 4,
          ly: from.cy - 6,
          anchor: back ? 'start' : 'end',
        });
      }
    }
  });
  return edges;
}

/**
 * The official SOP table (Permenpan-RB 35/2012): No | Kegiatan | one column per actor with the
 * step's symbol in its lane and connectors between rows | Kelengkapan | Waktu | Output.
 */
export function SwimlaneTable({ swimlane, labelledBy }: { swimlane: TSwimlaneModel; labelledBy: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const wrapRef = useRef<HTMLDivElement>(null);
  const symbolRefs = useRef<(HTMLDivElement | null)[]>([]);
  const laneHeadRefs = useRef<(HTMLTableCellElement | null)[]>([]);
  const [layout, setLayout] = useState<{ edges: Edge[]; width: number; height: number }>({
    edges: [],
    width: 0,
    height: 0,
  });

  const measure = useCallback(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const origin = wrap.getBoundingClientRect();
    const boxes = swimlane.rows.map((_, i) => {
      const el = symbolRefs.current[i];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const left = r.left - origin.left;
      const top = r.top - origin.top;
      return {
        left,
        right: left + r.width,
        top,
        bottom: top + r.height,
        cx: left + r.width / 2,
        cy: top + r.height / 2,
      };
    });
    const firstLane = laneHeadRefs.current[0]?.getBoundingClientRect();
    const lastLane = laneHeadRefs.current[swimlane.lanes.length - 1]?.getBoundingClientRect();
    const lanesLeft = firstLane ? firstLane.left - origin.left : 0;
    const lanesRight = lastLane ? lastLane.right - origin.left : origin.width;
    setLayout({
      edges: routeEdges(swimlane.rows, boxes, lanesLeft, lanesRight),
      width: wrap.scrollWidth,
      height: wrap.scrollHeight,
    });
  }, [swimlane]);

  useLayoutEffect(() => {
    measure();
    const wrap = wrapRef.current;
    if (!wrap || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [measure]);

  const symbolName = (symbol: Symbol) => t(`office.sop.symbol.${symbol}`);
  const minWidth = 40 + 240 + swimlane.lanes.length * LANE_WIDTH + 200 + 90 + 170;

  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      role="region"
      tabIndex={0}
      aria-labelledby={labelledBy}
    >
      <Box ref={wrapRef} pos="relative">
        <Table withTableBorder withColumnBorders verticalSpacing="sm" style={{ tableLayout: 'fixed' }}>
          <colgroup>
            <col style={{ width: 40 }} />
            <col style={{ width: 240 }} />
            {swimlane.lanes.map((lane) => (
              <col key={lane.role} style={{ width: LANE_WIDTH }} />
            ))}
            <col style={{ width: 200 }} />
            <col style={{ width: 90 }} />
            <col style={{ width: 170 }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                {t('office.sop.table.no')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2}>
                {t('office.sop.table.activity')}
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={swimlane.lanes.length} ta="center">
                {t('office.sop.table.actors')}
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={3} ta="center">
                {t('office.sop.table.quality')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {swimlane.lanes.map((lane, i) => (
                <Table.Th
                  key={lane.role}
                  scope="col"
                  ta="center"
                  fz="xs"
                  style={{ overflowWrap: 'break-word', hyphens: 'auto' }}
                  ref={(el) => {
                    laneHeadRefs.current[i] = el;
                  }}
                >
                  {lane.label[lang].replace(/\//g, '/\u200b')}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('office.sop.table.inputs')}</Table.Th>
              <Table.Th scope="col">{t('office.sop.table.time')}</Table.Th>
              <Table.Th scope="col">{t('office.sop.table.output')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {swimlane.rows.map((row, i) => (
              <Table.Tr key={row.stepId}>
                <Table.Td ta="center" fw={700}>
                  {row.no}
                </Table.Td>
                <Table.Td fz="sm">{row.activity[lang]}</Table.Td>
                {swimlane.lanes.map((lane, laneIndex) => (
                  <Table.Td key={lane.role} p={0} style={{ verticalAlign: 'middle' }}>
                    {laneIndex === row.laneIndex ? (
                      <Box
                        ref={(el: HTMLDivElement | null) => {
                          symbolRefs.current[i] = el;
                        }}
                        mx="auto"
                        w={SYMBOL_W}
                        h={SYMBOL_H}
                        my="md"
                        style={{ position: 'relative', zIndex: 1 }}
                      >
                        <Shape symbol={row.symbol} no={row.no} />
                        <VisuallyHidden>
                          {symbolName(row.symbol)}
                          {row.next.some((n) => n.label) &&
                            `: ${row.next
                              .map((n) =>
                                t('office.sop.exit', {
                                  label: n.label === 'Ya' ? t('office.case.yes') : t('office.case.no'),
                                  target:
                                    n.toStepId === 'end'
                                      ? t('office.sop.end')
                                      : t('office.case.stepNo', {
                                          no:
                                            n.toRowIndex !== null
                                              ? (swimlane.rows[n.toRowIndex]?.no ?? '')
                                              : n.toStepId,
                                        }),
                                }),
                              )
                              .join(', ')}`}
                        </VisuallyHidden>
                      </Box>
                    ) : row.extraLaneIndexes.includes(laneIndex) ? (
                      <Box ta="center">
                        <Text span fz="xs" c="dimmed" aria-hidden="true">
                          ○
                        </Text>
                        <VisuallyHidden>{t('office.sop.participates')}</VisuallyHidden>
                      </Box>
                    ) : null}
                  </Table.Td>
                ))}
                <Table.Td fz="sm">
                  {row.inputs.length > 0 && (
                    <Box component="ul" m={0} pl="md">
                      {row.inputs.map((input) => (
                        <li key={input}>{input}</li>
                      ))}
                    </Box>
                  )}
                </Table.Td>
                <Table.Td fz="sm">{row.timeText}</Table.Td>
                <Table.Td fz="sm">
                  {row.outputs.length > 0 && (
                    <Box component="ul" m={0} pl="md">
                      {row.outputs.map((output) => (
                        <li key={output}>{output}</li>
                      ))}
                    </Box>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <svg
          aria-hidden="true"
          focusable="false"
          width={layout.width}
          height={layout.height}
          style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none', zIndex: 2 }}
        >
          <defs>
            <marker
              id="sop-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={STROKE} />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <g key={edge.d}>
              <path d={edge.d} fill="none" stroke={STROKE} strokeWidth={1.3} markerEnd="url(#sop-arrow)" />
              {edge.label && (
                <text
                  x={edge.lx}
                  y={edge.ly}
                  textAnchor={edge.anchor}
                  fontSize={11}
                  fontWeight={700}
                  fill={edge.label === 'Ya' ? '#1b5e20' : '#b71c1c'}
                  stroke="white"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {edge.label === 'Ya' ? t('office.case.yes') : t('office.case.no')}
                </text>
              )}
            </g>
          ))}
        </svg>
      </Box>
    </Table.ScrollContainer>
  );
}
