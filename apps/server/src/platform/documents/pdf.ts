import { createRequire } from 'node:module';
import path from 'node:path';
import { type FormatLanguage, formatDate, formatLocalDate } from '@sigap/core';
import type { Content, PageOrientation, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one pdfmake setup of the server (DESIGN §6): A4, Roboto embedded (the fonts pdfmake
 * ships, so no system font is needed and Indonesian text renders the same everywhere), page
 * numbers "Halaman N dari M" and dates in Indonesian. Documents build their content and call
 * `renderPdf`; no document reads files or URLs (both access policies refuse everything but
 * the fonts).
 */

interface PdfMake {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (file: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let instance: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (instance) return instance;
  const pm = require('pdfmake') as PdfMake;
  const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  pm.addFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  instance = pm;
  return instance;
}

/** A4 in points (pdfmake's unit, 1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Left, top, right, bottom. */
const DEFAULT_MARGINS: [number, number, number, number] = [36, 36, 36, 40];

const FOOTER: Record<FormatLanguage, (page: number, pages: number) => string> = {
  id: (page, pages) => `Halaman ${page} dari ${pages}`,
  en: (page, pages) => `Page ${page} of ${pages}`,
};

export interface PdfOptions {
  title: string;
  content: Content;
  orientation?: PageOrientation;
  lang?: FormatLanguage;
  /** Left, top, right, bottom in points; the footer sits in the bottom margin. */
  pageMargins?: [number, number, number, number];
  styles?: StyleDictionary;
  /** Text printed at the left of every footer, e.g. the document's number. */
  footerLeft?: string;
  /** Font size of the body; 9 unless given. */
  fontSize?: number;
  /**
   * The PDF's creation date (and so its file id). Given, the same content renders to the same
   * bytes, which the review chain's hashes rely on; now unless given.
   */
  creationDate?: Date;
}

/** The inner width of the page for the given orientation and margins. */
export function contentWidth(
  orientation: PageOrientation,
  margins: [number, number, number, number] = DEFAULT_MARGINS,
): number {
  const width = orientation === 'landscape' ? A4.height : A4.width;
  return width - margins[0] - margins[2];
}

/** Renders a document on A4 with the shared fonts, styles and footer. */
export async function renderPdf(opts: PdfOptions): Promise<Buffer> {
  const lang = opts.lang ?? 'id';
  const margins = opts.pageMargins ?? DEFAULT_MARGINS;
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: opts.orientation ?? 'portrait',
    pageMargins: margins,
    info: {
      title: opts.title,
      creator: 'Sigap',
      producer: 'Sigap',
      ...(opts.creationDate ? { creationDate: opts.creationDate } : {}),
    },
    defaultStyle: { font: 'Roboto', fontSize: opts.fontSize ?? 9, lineHeight: 1.1 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center' },
      label: { bold: true },
      small: { fontSize: 7 },
      ...opts.styles,
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: opts.footerLeft ?? '', alignment: 'left' },
        { text: FOOTER[lang](page, pages), alignment: 'right' },
      ],
      fontSize: 7,
      color: '#444444',
      margin: [margins[0], Math.max(4, margins[3] / 2 - 6), margins[2], 0],
    }),
    content: opts.content,
  };
  return pdfmake().createPdf(doc).getBuffer();
}

/**
 * A date as Indonesian documents print it ('6 Desember 2022'): a local date 'YYYY-MM-DD' as it
 * is, an instant in the office's zone. Null and empty give the dash forms leave blank with.
 */
export function pdfDate(
  value: Date | string | null | undefined,
  opts: { timeZone?: string; lang?: FormatLanguage } = {},
): string {
  const lang = opts.lang ?? 'id';
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'string') return formatLocalDate(value, lang);
  return formatDate(value, opts.timeZone ?? 'Asia/Jakarta', lang);
}
