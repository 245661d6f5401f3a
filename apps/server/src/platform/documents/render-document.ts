import { formatDateTime, type LaidOutBlock, type LaidOutDocument, type LaidOutRow } from '@sigap/core';
import type { Content } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { prepareDocument, type RenderDocumentInput, TEXTS } from './document-input';
import { contentWidth, renderPdf } from './pdf';

export type { RenderDocumentInput } from './document-input';
export { renderDocumentDocx } from './render-document-docx';

/** A pdfmake node; built loosely here and handed to pdfmake as `Content`. */
type Node = Record<string, unknown>;

const MARGINS: [number, number, number, number] = [57, 40, 57, 48];
const INDENT = 18;
const INK = '#111111';
const EMBLEM_BLUE = '#1d3f72';
const EMBLEM_GOLD = '#c9a227';

/** A simple drawn emblem: a shield with a five-pointed star (no image is downloaded or embedded). */
function emblem(): Node {
  const star: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 13 : 5.5;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push({ x: 24 + r * Math.cos(a), y: 24 + r * Math.sin(a) });
  }
  return {
    width: 56,
    canvas: [
      {
        type: 'polyline',
        closePath: true,
        color: EMBLEM_BLUE,
        lineColor: EMBLEM_BLUE,
        points: [
          { x: 2, y: 2 },
          { x: 46, y: 2 },
          { x: 46, y: 30 },
          { x: 40, y: 44 },
          { x: 24, y: 54 },
          { x: 8, y: 44 },
          { x: 2, y: 30 },
        ],
      },
      { type: 'polyline', closePath: true, color: EMBLEM_GOLD, lineColor: EMBLEM_GOLD, points: star },
    ],
  };
}

function letterhead(agency: RenderDocumentInput['agency'], width: number): Node {
  return {
    stack: [
      {
        columns: [
          emblem(),
          {
            width: '*',
            stack: [
              { text: agency.name.toUpperCase(), bold: true, fontSize: 13.5, alignment: 'center' },
              { text: agency.address, fontSize: 9.5, alignment: 'center', margin: [0, 3, 0, 0] },
            ],
            margin: [0, 6, 56, 0],
          },
        ],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 2.2, lineColor: INK },
          { type: 'line', x1: 0, y1: 7.5, x2: width, y2: 7.5, lineWidth: 0.6, lineColor: INK },
        ],
        margin: [0, 4, 0, 10],
      },
    ],
  };
}

/**
 * Justified text as one unbreakable inline per word: pdfmake may break lines after '/' and '-'
 * and, justifying, spreads space into those breaks ('094/ 301/ DPMPTSP- DALAK'); words keep whole.
 */
function justified(text: string): Node {
  const inlines: Array<{ text: string; noWrap?: boolean }> = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) inlines.push({ text: '\n' });
    const words = line.split(/ +/).filter(Boolean);
    words.forEach((w, j) => {
      inlines.push({ text: j < words.length - 1 ? `${w} ` : w, noWrap: true });
    });
  });
  return inlines.length > 0 ? { text: inlines } : { text: '' };
}

/** A drawn check box (Roboto has no ballot-box glyphs), ticked with an X. */
function box(checked: boolean): Node {
  const lines = checked
    ? [
        { type: 'line' as const, x1: 1.5, y1: 2.5, x2: 7.5, y2: 8.5, lineWidth: 1.1 },
        { type: 'line' as const, x1: 7.5, y1: 2.5, x2: 1.5, y2: 8.5, lineWidth: 1.1 },
      ]
    : [];
  return {
    width: 14,
    canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, lineWidth: 0.7, lineColor: INK }, ...lines],
  };
}

function optionsContent(options: NonNullable<LaidOutRow['options']>): Node {
  const item = (o: { label: string; checked: boolean }): Node => ({
    columns: [box(o.checked), { width: '*', text: o.label, bold: o.checked }],
    margin: [0, 0, 0, 2],
  });
  if (options.length <= 3) {
    return { columns: options.map((o) => ({ width: 'auto', ...item(o), margin: [0, 0, 14, 0] })) };
  }
  const half = Math.ceil(options.length / 2);
  return {
    columns: [
      { width: '*', stack: options.slice(0, half).map(item) },
      { width: '*', stack: options.slice(half).map(item) },
    ],
  };
}

/**
 * One label column for the whole document, wide enough for its longest label (estimated from
 * Roboto's average advance), so the label : value rows of every block line up.
 */
function documentLabelWidth(doc: LaidOutDocument, width: number): number {
  let longest = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'fields' && !b.bordered)
      for (const r of b.rows) longest = Math.max(longest, r.label.length * 5.3 + 8 + (b.indent ? INDENT : 0));
    if (b.kind === 'list' && b.beside) longest = Math.max(longest, (b.title ?? '').length * 5.3 + 8);
  }
  return Math.round(Math.min(width * 0.34, Math.max(72, longest)));
}

function fieldsContent(
  b: Extract<LaidOutBlock, { kind: 'fields' }>,
  width: number,
  labelColumn: number,
): Node {
  const labelWidth = b.bordered ? Math.round(width * 0.3) : labelColumn - (b.indent ? INDENT : 0);
  const body: Node[][] = b.rows.map((r) => [
    { text: r.label },
    { text: ':' },
    r.options ? optionsContent(r.options) : { text: r.value },
  ]);
  const table: Node = {
    table: { widths: [labelWidth, 6, '*'], body },
    layout: b.bordered
      ? {
          hLineWidth: () => 0.5,
          vLineWidth: (i: number) => (i === 1 || i === 2 ? 0 : 0.5),
          paddingTop: () => 4,
          paddingBottom: () => 4,
        }
      : {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 4,
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
    margin: [b.indent ? INDENT : 0, 0, 0, 8],
  };
  return b.title
    ? { stack: [{ text: b.title, bold: true, margin: [0, 2, 0, 4] }, table], unbreakable: b.rows.length < 12 }
    : table;
}

function tableContent(b: Extract<LaidOutBlock, { kind: 'table' }>, width: number): Node {
  const total = b.columns.reduce((s, c) => s + c.width, 0) || 1;
  const numberWidth = b.numbered ? 24 : 0;
  const inner = width - numberWidth - b.columns.length * 8 - (b.numbered ? 8 : 0);
  const widths = [
    ...(b.numbered ? [numberWidth] : []),
    ...b.columns.map((c) => Math.floor((inner * c.width) / total)),
  ];
  const header: Node[] = [
    ...(b.numbered ? [{ text: TEXTS.id.no, bold: true, alignment: 'center' as const }] : []),
    ...b.columns.map((c) => ({ text: c.label, bold: true, alignment: 'center' as const })),
  ];
  const rows: Node[][] = b.rows.map((row, i) => [
    ...(b.numbered ? [{ text: `${i + 1}.`, alignment: 'center' as const }] : []),
    ...row.map((cell) => ({ text: cell })),
  ]);
  return {
    stack: [
      ...(b.title ? [{ text: b.title, margin: [0, 2, 0, 4] as [number, number, number, number] }] : []),
      {
        table: { headerRows: 1, keepWithHeaderRows: 1, widths, body: [header, ...rows], dontBreakRows: true },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          fillColor: (row: number) => (row === 0 ? '#eeeeee' : null),
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

function listContent(b: Extract<LaidOutBlock, { kind: 'list' }>, labelColumn: number): Node {
  const markerWidth = Math.max(
    14,
    ...b.markers.map((m) => (m.length > 3 ? m.length * 7 + 8 : m.length * 6 + 6)),
  );
  const items: Node = {
    table: {
      widths: [markerWidth, '*'],
      body: b.items.map((item, i) => [
        { text: b.markers[i] ?? '' },
        { ...justified(item), alignment: 'justify' },
      ]),
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 3,
      paddingTop: () => 1,
      paddingBottom: () => 1.5,
    },
  };
  if (b.beside) {
    return {
      columns: [
        { width: labelColumn, text: b.title ?? '' },
        { width: 8, text: ':' },
        { width: '*', ...items },
      ],
      margin: [0, 0, 0, 8],
    };
  }
  return {
    stack: [
      ...(b.title ? [{ text: b.title, margin: [0, 2, 0, 3] as [number, number, number, number] }] : []),
      items,
    ],
    margin: [b.indent ? INDENT : 0, 0, 0, 8],
  };
}

interface SignatureExtras {
  qr: string | null;
  verifyUrl: string | null;
  signedAt: string | null;
  lang: 'id' | 'en';
}

function signatureContent(
  b: Extract<LaidOutBlock, { kind: 'signature' }>,
  extras: SignatureExtras,
  width: number,
): Node {
  const t = TEXTS[extras.lang];
  const n = b.signers.length;
  const noteLines = b.note ? b.note.split('\n').length : 0;
  const withQr = !!extras.qr && b.signers.some((s) => s.electronic);
  // every column gets the same lines above the title, so titles, signatures and names line up
  const signerColumn = (s: (typeof b.signers)[number], i: number): Node => {
    const top: Node[] = [];
    if (b.placeDate) top.push({ text: i === n - 1 ? b.placeDate : ' ' });
    if (b.note) top.push({ text: i === 0 ? b.note : Array(noteLines).fill(' ').join('\n') });
    const mark: Node =
      s.electronic && extras.qr
        ? {
            stack: [
              { image: extras.qr, width: 68, alignment: 'center' },
              {
                text: `${t.signedElectronically}${extras.signedAt ? `\n${extras.signedAt}` : ''}`,
                fontSize: 7,
                alignment: 'center',
                color: '#333333',
              },
            ],
            margin: [0, 3, 0, 3],
          }
        : { text: ' ', margin: [0, 0, 0, withQr ? 91 : 46] };
    return {
      stack: [
        ...top,
        { text: s.title, margin: [0, 0, 0, 2] },
        mark,
        { text: s.name, bold: true, decoration: 'underline' },
        ...(s.nip ? [{ text: `${t.nip} ${s.nip}` }] : []),
      ],
      alignment: 'center',
    };
  };
  const columns: Node[] =
    n === 1
      ? [
          { width: '*', text: '' },
          { width: Math.round(width * 0.46), ...signerColumn(b.signers[0]!, 0) },
        ]
      : b.signers.map((s, i) => ({ width: '*', ...signerColumn(s, i) }));
  const note: Node[] =
    extras.qr && extras.verifyUrl && b.signers.some((s) => s.electronic)
      ? [
          {
            text: t.verifyNote(extras.verifyUrl),
            fontSize: 8,
            italics: true,
            color: '#333333',
            margin: [0, 8, 0, 0],
          },
        ]
      : [];
  return { stack: [{ columns, columnGap: 16 }, ...note], unbreakable: true, margin: [0, 10, 0, 8] };
}

function initialsContent(
  title: string,
  initials: NonNullable<RenderDocumentInput['initials']>,
  opts: {
    lang: 'id' | 'en';
    timeZone: string;
  },
): Node {
  const t = TEXTS[opts.lang];
  const rows: Node[][] =
    initials.length > 0
      ? initials.map((i, n) => [
          { text: `${n + 1}.` },
          { text: `${i.name}\n${i.position}` },
          { text: formatDateTime(i.at, opts.timeZone, opts.lang) },
        ])
      : [[{ text: ' ' }, { text: ' ' }, { text: ' ' }]];
  return {
    table: {
      widths: [16, 150, 90],
      body: [
        [{ text: title, bold: true, colSpan: 3 }, {}, {}],
        [
          { text: t.no, bold: true },
          { text: t.initialsName, bold: true },
          { text: t.initialsAt, bold: true },
        ],
        ...rows,
      ],
    },
    layout: { hLineWidth: () => 0.4, vLineWidth: () => 0.4, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 7.5,
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}

function blockContent(
  b: LaidOutBlock,
  ctx: { width: number; labelColumn: number; extras: SignatureExtras; input: RenderDocumentInput },
): Node | null {
  switch (b.kind) {
    case 'heading':
      return {
        text: b.text,
        bold: true,
        alignment: b.align,
        fontSize: b.level === 1 ? 12.5 : 11,
        margin: b.level === 1 ? [0, 2, 0, 4] : b.level === 2 ? [0, 8, 0, 4] : [INDENT / 2, 4, 0, 3],
      };
    case 'paragraph':
      return {
        ...(b.align === 'justify' ? justified(b.text) : { text: b.text }),
        alignment: b.align,
        bold: b.bold,
        italics: b.italic,
        fontSize: b.small ? 9 : undefined,
        margin: [b.indent ? INDENT : 0, 0, 0, b.small ? 4 : 7],
      };
    case 'fields':
      return fieldsContent(b, ctx.width, ctx.labelColumn);
    case 'table':
      return tableContent(b, ctx.width);
    case 'list':
      return listContent(b, ctx.labelColumn);
    case 'signature':
      return signatureContent(b, ctx.extras, ctx.width);
    case 'initials':
      return ctx.input.initials
        ? initialsContent(b.title, ctx.input.initials, {
            lang: ctx.input.lang,
            timeZone: ctx.input.agency.timeZone,
          })
        : null;
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/**
 * Renders a document from its template version and data: A4, the agency's letterhead, dates in
 * Indonesian, page numbers, Roboto embedded. Once signed, the signer's block carries a QR code to
 * the verification page and the note that the document is signed electronically. `text` is the
 * same document as plain text, for the archive's full-text search.
 */
export async function renderDocument(input: RenderDocumentInput): Promise<{ pdf: Buffer; text: string }> {
  const { doc, text } = await prepareDocument(input);
  const width = contentWidth(doc.orientation, MARGINS);
  const labelColumn = documentLabelWidth(doc, width);
  const t = TEXTS[input.lang];
  const extras: SignatureExtras = {
    lang: input.lang,
    qr: input.signature ? await QRCode.toDataURL(input.signature.verifyUrl, { margin: 1, width: 240 }) : null,
    verifyUrl: input.signature?.verifyUrl ?? null,
    signedAt: input.signature
      ? formatDateTime(input.signature.signedAt, input.agency.timeZone, input.lang)
      : null,
  };
  const content: Node[] = [];
  if (doc.letterhead) content.push(letterhead(input.agency, width));
  for (const block of doc.blocks) {
    const c = blockContent(block, { width, labelColumn, extras, input });
    if (c) content.push(c);
  }
  // a template without an electronic signer still says how to verify it, at its end
  const electronic = doc.blocks.some((b) => b.kind === 'signature' && b.signers.some((x) => x.electronic));
  if (input.signature && extras.qr && !electronic) {
    content.push({
      columns: [
        { width: 60, image: extras.qr, fit: [56, 56] },
        {
          width: '*',
          text: `${t.signedElectronically}: ${input.signature.name}, ${extras.signedAt}\n${t.verifyNote(input.signature.verifyUrl)}`,
          fontSize: 8,
          italics: true,
          color: '#333333',
        },
      ],
      unbreakable: true,
      margin: [0, 10, 0, 0],
    });
  }
  const pdf = await renderPdf({
    title: doc.title,
    content: content as unknown as Content[],
    orientation: doc.orientation,
    lang: input.lang,
    pageMargins: MARGINS,
    fontSize: 10.5,
    footerLeft: input.number ? `${doc.title} · ${input.number}` : doc.title,
    // the same document renders to the same bytes: a reviewer's hash is the hash of what they saw
    creationDate: input.signature?.signedAt ?? input.date ?? new Date(0),
  });
  return { pdf, text };
}
