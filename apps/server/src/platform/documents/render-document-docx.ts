import { formatDateTime, type LaidOutBlock, type LaidOutRow } from '@sigap/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import { prepareDocument, type RenderDocumentInput, TEXTS } from './document-input';

/** Twentieths of a point: A4 and 2 cm margins, as Word measures them. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const INDENT = 360;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const FOOTER = {
  id: ['Halaman ', ' dari '],
  en: ['Page ', ' of '],
} as const;

/** Text with its line breaks kept as Word line breaks. */
function runs(
  text: string,
  opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: opts.bold,
        italics: opts.italics,
        size: opts.size,
        underline: opts.underline ? {} : undefined,
      }),
  );
}

function para(
  text: string,
  opts: {
    align?: keyof typeof ALIGN;
    bold?: boolean;
    italics?: boolean;
    size?: number;
    indent?: number;
    after?: number;
    underline?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    children: runs(text, opts),
    alignment: ALIGN[opts.align ?? 'left'],
    indent: opts.indent ? { left: opts.indent } : undefined,
    spacing: { after: opts.after ?? 120 },
  });
}

function cell(
  children: Paragraph[],
  width: number,
  opts: { shade?: boolean; span?: number } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    shading: opts.shade ? { fill: 'EEEEEE' } : undefined,
  });
}

function plainTable(
  rows: TableRow[],
  widths: number[],
  opts: { bordered?: boolean; indent?: number } = {},
): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    borders: opts.bordered ? undefined : TableBorders.NONE,
    indent: opts.indent ? { size: opts.indent, type: WidthType.DXA } : undefined,
  });
}

function optionsText(options: NonNullable<LaidOutRow['options']>): string {
  return options.map((o) => `${o.checked ? '☒' : '☐'} ${o.label}`).join('    ');
}

type Child = Paragraph | Table;

function blockChildren(
  b: LaidOutBlock,
  ctx: { width: number; input: RenderDocumentInput; qr: Buffer | null; signedAt: string | null },
): Child[] {
  const t = TEXTS[ctx.input.lang];
  switch (b.kind) {
    case 'heading':
      return [
        para(b.text, {
          align: b.align,
          bold: true,
          size: b.level === 1 ? 25 : 22,
          indent: b.level === 3 ? INDENT / 2 : undefined,
          after: 80,
        }),
      ];
    case 'paragraph':
      return [
        para(b.text, {
          align: b.align,
          bold: b.bold,
          italics: b.italic,
          size: b.small ? 18 : undefined,
          indent: b.indent ? INDENT : undefined,
        }),
      ];
    case 'fields': {
      const indent = b.indent ? INDENT : 0;
      const label = Math.round((ctx.width - indent) * 0.32);
      const widths = [label, 200, ctx.width - indent - label - 200];
      const rows = b.rows.map(
        (r) =>
          new TableRow({
            children: [
              cell([para(r.label, { after: 40 })], widths[0]!),
              cell([para(':', { after: 40 })], widths[1]!),
              cell([para(r.options ? optionsText(r.options) : r.value, { after: 40 })], widths[2]!),
            ],
          }),
      );
      return [
        ...(b.title ? [para(b.title, { bold: true, after: 60 })] : []),
        plainTable(rows, widths, { bordered: b.bordered, indent }),
        para('', { after: 60 }),
      ];
    }
    case 'table': {
      const total = b.columns.reduce((s, c) => s + c.width, 0) || 1;
      const numberWidth = b.numbered ? 500 : 0;
      const widths = [
        ...(b.numbered ? [numberWidth] : []),
        ...b.columns.map((c) => Math.floor(((ctx.width - numberWidth) * c.width) / total)),
      ];
      const header = new TableRow({
        tableHeader: true,
        children: [...(b.numbered ? [t.no] : []), ...b.columns.map((c) => c.label)].map((text, i) =>
          cell([para(text, { bold: true, align: 'center', after: 40 })], widths[i]!, { shade: true }),
        ),
      });
      const rows = b.rows.map(
        (row, n) =>
          new TableRow({
            children: [...(b.numbered ? [`${n + 1}.`] : []), ...row].map((text, i) =>
              cell([para(text, { after: 40 })], widths[i]!),
            ),
          }),
      );
      return [
        ...(b.title ? [para(b.title, { after: 60 })] : []),
        plainTable([header, ...rows], widths, { bordered: true }),
        para('', { after: 60 }),
      ];
    }
    case 'list': {
      const items = b.items.map(
        (item, i) =>
          new Paragraph({
            children: runs(`${b.markers[i] ?? ''}\t${item}`),
            alignment: AlignmentType.JUSTIFIED,
            indent: { left: (b.indent ? INDENT : 0) + 600, hanging: 600 },
            tabStops: [{ type: 'left', position: (b.indent ? INDENT : 0) + 600 }],
            spacing: { after: 60 },
          }),
      );
      if (b.beside) {
        const widths = [1800, 200, ctx.width - 2000];
        return [
          plainTable(
            [
              new TableRow({
                children: [
                  cell([para(b.title ?? '')], widths[0]!),
                  cell([para(':')], widths[1]!),
                  cell(items, widths[2]!),
                ],
              }),
            ],
            widths,
          ),
          para('', { after: 60 }),
        ];
      }
      return [
        ...(b.title ? [para(b.title, { indent: b.indent ? INDENT : undefined, after: 60 })] : []),
        ...items,
      ];
    }
    case 'signature': {
      const n = b.signers.length;
      const noteLines = b.note ? b.note.split('\n').length : 0;
      const columns = b.signers.map((s, i) => {
        const lines: Paragraph[] = [];
        if (b.placeDate) lines.push(para(i === n - 1 ? b.placeDate : '', { align: 'center', after: 0 }));
        if (b.note)
          lines.push(
            para(i === 0 ? b.note : Array(noteLines).fill('').join('\n'), { align: 'center', after: 0 }),
          );
        lines.push(para(s.title, { align: 'center', after: 60 }));
        if (s.electronic && ctx.qr) {
          lines.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new ImageRun({ type: 'png', data: ctx.qr, transformation: { width: 90, height: 90 } }),
              ],
            }),
            para(`${t.signedElectronically}${ctx.signedAt ? `\n${ctx.signedAt}` : ''}`, {
              align: 'center',
              size: 14,
            }),
          );
        } else {
          lines.push(para('\n\n\n', { after: 60 }));
        }
        lines.push(para(s.name, { align: 'center', bold: true, underline: true, after: 0 }));
        if (s.nip) lines.push(para(`${t.nip} ${s.nip}`, { align: 'center', after: 0 }));
        return lines;
      });
      const widths =
        n === 1
          ? [Math.round(ctx.width * 0.5), ctx.width - Math.round(ctx.width * 0.5)]
          : b.signers.map(() => Math.floor(ctx.width / n));
      const cells =
        n === 1
          ? [cell([para('')], widths[0]!), cell(columns[0]!, widths[1]!)]
          : columns.map((c, i) => cell(c, widths[i]!));
      const note =
        ctx.qr && b.signers.some((s) => s.electronic) && ctx.input.signature
          ? [para(t.verifyNote(ctx.input.signature.verifyUrl), { italics: true, size: 16 })]
          : [];
      return [
        para('', { after: 120 }),
        plainTable([new TableRow({ children: cells, cantSplit: true })], widths),
        ...note,
      ];
    }
    case 'initials': {
      const initials = ctx.input.initials;
      if (!initials) return [];
      const widths = [400, 3000, 1800];
      const small = (text: string, bold = false) => para(text, { size: 15, bold, after: 0 });
      const rows = [
        new TableRow({
          children: [cell([small(b.title, true)], widths[0]! + widths[1]! + widths[2]!, { span: 3 })],
        }),
        new TableRow({
          children: [t.no, t.initialsName, t.initialsAt].map((x, i) => cell([small(x, true)], widths[i]!)),
        }),
        ...(initials.length > 0 ? initials : [null]).map(
          (i, n) =>
            new TableRow({
              children: [
                i ? `${n + 1}.` : '',
                i ? `${i.name}\n${i.position}` : '',
                i ? formatDateTime(i.at, ctx.input.agency.timeZone, ctx.input.lang) : '',
              ].map((x, k) => cell([small(x)], widths[k]!)),
            }),
        ),
      ];
      return [para('', { after: 120 }), plainTable(rows, widths, { bordered: true })];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * The same document as an editable Word file, for letters staff finish by hand: the letterhead,
 * the blocks as paragraphs and tables, page numbers, and once signed the QR code and note.
 */
export async function renderDocumentDocx(input: RenderDocumentInput): Promise<Buffer> {
  const { doc } = await prepareDocument(input);
  const landscape = doc.orientation === 'landscape';
  const width = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const qr = input.signature
    ? await QRCode.toBuffer(input.signature.verifyUrl, { margin: 1, width: 240 })
    : null;
  const signedAt = input.signature
    ? formatDateTime(input.signature.signedAt, input.agency.timeZone, input.lang)
    : null;

  const children: Child[] = [];
  if (doc.letterhead) {
    children.push(
      para(input.agency.name.toUpperCase(), { align: 'center', bold: true, size: 28, after: 40 }),
      new Paragraph({
        children: runs(input.agency.address, { size: 19 }),
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 4 } },
        spacing: { after: 240 },
      }),
    );
  }
  for (const block of doc.blocks) children.push(...blockChildren(block, { width, input, qr, signedAt }));

  const [before, middle] = FOOTER[input.lang];
  const document = new Document({
    creator: 'Sigap',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
