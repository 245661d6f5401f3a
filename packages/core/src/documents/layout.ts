import type {
  TDocumentTemplate,
  TTemplateData,
  TTemplateField,
  TTemplateLabel,
  TTemplateText,
} from '@sigap/contracts';
import type { FormatLanguage } from '../format/date';
import { formatDate } from '../format/date';
import { agencyCity, BLANK, fillPlaceholders, formatFieldValue, isFilled, optionLabel } from './template';

/** What a document knows besides its data: the agency, number, date, case and signer. */
export interface DocumentContext {
  lang: FormatLanguage;
  timeZone: string;
  agency: { name: string; shortName: string; address: string; city?: string | null };
  /** The letter number once signed; `numberPlaceholder` prints until then. */
  number: string | null;
  numberPlaceholder: string;
  /** The date of signing; null prints a blank line. */
  date: Date | null;
  caseNumber?: string | null;
  /** The signer once signed; before that the fields `signerName`, `signerPosition`, `signerNip` if any. */
  signer?: { name: string; position: string; nip: string } | null;
}

export interface LaidOutRow {
  label: string;
  value: string;
  /** A select printed with all its options, each ticked or not. */
  options?: Array<{ label: string; checked: boolean }>;
}

export type LaidOutBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3; align: 'left' | 'center' | 'right' | 'justify' }
  | {
      kind: 'paragraph';
      text: string;
      align: 'left' | 'center' | 'right' | 'justify';
      bold: boolean;
      italic: boolean;
      small: boolean;
      indent: boolean;
    }
  | { kind: 'fields'; title: string | null; rows: LaidOutRow[]; bordered: boolean; indent: boolean }
  | {
      kind: 'table';
      title: string | null;
      columns: Array<{ label: string; width: number }>;
      rows: string[][];
      numbered: boolean;
    }
  | {
      kind: 'list';
      title: string | null;
      items: string[];
      /** The printed markers ('1.', 'b.', '•', 'KESATU'), one per item. */
      markers: string[];
      beside: boolean;
      indent: boolean;
    }
  | {
      kind: 'signature';
      placeDate: string | null;
      note: string | null;
      signers: Array<{ title: string; name: string; nip: string | null; electronic: boolean }>;
    }
  | { kind: 'initials'; title: string }
  | { kind: 'pageBreak' };

export interface LaidOutDocument {
  title: string;
  letterhead: boolean;
  orientation: 'portrait' | 'landscape';
  blocks: LaidOutBlock[];
}

const INITIALS_TITLE: TTemplateLabel = { id: 'Paraf', en: 'Initials' };

/** The values placeholders resolve to: built-ins first, then the fields' printed values. */
function valueResolver(
  template: TDocumentTemplate,
  data: TTemplateData,
  ctx: DocumentContext,
): (name: string) => string | undefined {
  const fields = new Map(template.fields.map((f) => [f.name, f]));
  const fieldText = (name: string) => {
    const f = fields.get(name);
    return f && isFilled(data[name]) ? formatFieldValue(f, data[name], ctx) : undefined;
  };
  const builtins: Record<string, () => string | undefined> = {
    'agency.name': () => ctx.agency.name,
    'agency.shortName': () => ctx.agency.shortName,
    'agency.address': () => ctx.agency.address,
    'agency.city': () => ctx.agency.city || agencyCity(ctx.agency.address) || undefined,
    'document.number': () => ctx.number ?? ctx.numberPlaceholder,
    'document.date': () => (ctx.date ? formatDate(ctx.date, ctx.timeZone, ctx.lang) : undefined),
    'case.number': () => ctx.caseNumber ?? undefined,
    'signer.name': () => ctx.signer?.name ?? fieldText('signerName'),
    'signer.position': () => ctx.signer?.position ?? fieldText('signerPosition'),
    'signer.nip': () => ctx.signer?.nip ?? fieldText('signerNip'),
  };
  return (name) => {
    const builtin = builtins[name];
    return builtin ? builtin() : fieldText(name);
  };
}

/**
 * Lays a template out with its data for one language: placeholders filled, values formatted,
 * empty values as dotted lines. The PDF and DOCX renderers draw this; the plain text for
 * search comes from it too, so all three say the same.
 */
export function layoutDocument(
  template: TDocumentTemplate,
  data: TTemplateData,
  ctx: DocumentContext,
): LaidOutDocument {
  const { lang } = ctx;
  const value = valueResolver(template, data, ctx);
  const fill = (t: TTemplateText) => fillPlaceholders(t[lang], value);
  const fields = new Map<string, TTemplateField>(template.fields.map((f) => [f.name, f]));

  const rowOf = (row: TDocumentTemplate['blocks'][number] & { type: 'fields' }, i: number): LaidOutRow => {
    const spec = row.rows[i]!;
    const r = typeof spec === 'string' ? { field: spec } : spec;
    const field = r.field ? fields.get(r.field) : undefined;
    const label = r.label?.[lang] ?? field?.label[lang] ?? '';
    if (r.value) return { label, value: fill(r.value) };
    if (!field) return { label, value: BLANK };
    const raw = data[field.name];
    const printed = formatFieldValue(field, raw, ctx);
    if (field.type === 'select' && (field.showOptions || field.multiple)) {
      const chosen = new Set((Array.isArray(raw) ? raw : [raw]).map(String));
      return {
        label,
        value: isFilled(raw) ? printed : BLANK,
        options: (field.options ?? []).map((o) => ({
          label: optionLabel(field, o.value, lang),
          checked: chosen.has(o.value),
        })),
      };
    }
    if (field.type === 'list' && Array.isArray(raw)) return { label, value: raw.map(String).join('\n') };
    return { label, value: printed };
  };

  const emptyField = (name: string | undefined) => !!name && fields.has(name) && !isFilled(data[name]);
  const shown = template.blocks.filter((b) => !(b.type === 'list' && b.omitEmpty && emptyField(b.field)));
  const blocks: LaidOutBlock[] = shown.map((block): LaidOutBlock => {
    switch (block.type) {
      case 'heading':
        return {
          kind: 'heading',
          text: fill(block.text),
          level: block.level,
          align: block.align ?? (block.level === 1 ? 'center' : 'left'),
        };
      case 'paragraph':
        return {
          kind: 'paragraph',
          text: fill(block.text),
          align: block.align ?? 'justify',
          bold: !!block.bold,
          italic: !!block.italic,
          small: !!block.small,
          indent: !!block.indent,
        };
      case 'fields':
        return {
          kind: 'fields',
          title: block.title ? fill(block.title) : null,
          rows: block.rows
            .map((spec, i) => ({ spec, i }))
            .filter(({ spec }) => {
              if (!block.omitEmpty) return true;
              const name = typeof spec === 'string' ? spec : spec.value ? undefined : spec.field;
              return !emptyField(name);
            })
            .map(({ i }) => rowOf(block, i)),
          bordered: !!block.bordered,
          indent: !!block.indent,
        };
      case 'table': {
        const field = fields.get(block.field);
        const all = field?.columns ?? [];
        const columns = block.columns
          ? block.columns.flatMap((name) => all.filter((c) => c.name === name))
          : all;
        const raw = data[block.field];
        const rows = Array.isArray(raw) && raw.length > 0 ? (raw as Array<Record<string, unknown>>) : [{}];
        return {
          kind: 'table',
          title: block.title ? fill(block.title) : (field?.label[lang] ?? null),
          columns: columns.map((c) => ({ label: c.label[lang], width: c.width ?? 1 })),
          rows: rows.map((row) =>
            columns.map((c) => {
              const cell = row[c.name];
              return cell === undefined || cell === null || cell === '' ? BLANK : String(cell);
            }),
          ),
          numbered: block.numbered ?? true,
        };
      }
      case 'list': {
        let items: string[];
        if (block.items) items = block.items.map(fill);
        else {
          const raw = block.field ? data[block.field] : undefined;
          items = Array.isArray(raw) && raw.length > 0 ? raw.map(String) : [BLANK];
        }
        const start = (block.start ?? 1) - 1;
        return {
          kind: 'list',
          title: block.title ? fill(block.title) : null,
          items,
          markers: items.map((_, i) => listMarker(block.style, start + i, lang)),
          beside: !!block.beside,
          indent: !!block.indent,
        };
      }
      case 'signature': {
        const date = value('document.date') ?? BLANK;
        return {
          kind: 'signature',
          placeDate: block.placeDate === false ? null : `${value('agency.city') ?? BLANK}, ${date}`,
          note: block.note ? fill(block.note) : null,
          signers: block.signers.map((s) => ({
            title: fill(s.title),
            name:
              s.electronic && ctx.signer
                ? ctx.signer.name
                : s.name
                  ? fill(s.name)
                  : s.electronic
                    ? (value('signer.name') ?? BLANK)
                    : BLANK,
            nip:
              s.electronic && ctx.signer
                ? ctx.signer.nip
                : s.nip
                  ? fill(s.nip)
                  : s.electronic
                    ? (value('signer.nip') ?? null)
                    : null,
            electronic: !!s.electronic,
          })),
        };
      }
      case 'initials':
        return { kind: 'initials', title: block.title ? fill(block.title) : INITIALS_TITLE[lang] };
      default:
        return { kind: 'pageBreak' };
    }
  });

  return {
    title: template.title[lang],
    letterhead: template.letterhead,
    orientation: template.orientation,
    blocks,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const DICTA: Record<FormatLanguage, readonly string[]> = {
  id: [
    'KESATU',
    'KEDUA',
    'KETIGA',
    'KEEMPAT',
    'KELIMA',
    'KEENAM',
    'KETUJUH',
    'KEDELAPAN',
    'KESEMBILAN',
    'KESEPULUH',
  ],
  en: ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH'],
};

/**
 * The marker of item `i` (from 0) of a list: '1.', 'a.', '•', or a decree's dictum
 * ('KESATU', 'KEDUA', …; past the tenth 'KE-11').
 */
export function listMarker(
  style: 'number' | 'letter' | 'bullet' | 'dictum',
  i: number,
  lang: FormatLanguage = 'id',
): string {
  if (style === 'bullet') return '•';
  if (style === 'letter') return `${LETTERS[i % 26]}.`;
  if (style === 'dictum') return DICTA[lang][i] ?? (lang === 'id' ? `KE-${i + 1}` : `No. ${i + 1}`);
  return `${i + 1}.`;
}

/** The document as plain text (for full-text search and for reading it back), block by block. */
export function documentPlainText(doc: LaidOutDocument): string {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(b.text);
        break;
      case 'fields':
        if (b.title) lines.push(b.title);
        for (const r of b.rows) {
          const options = r.options?.map((o) => `[${o.checked ? 'x' : ' '}] ${o.label}`).join(' ');
          lines.push(`${r.label}: ${options ?? r.value}`);
        }
        break;
      case 'table':
        if (b.title) lines.push(b.title);
        lines.push(b.columns.map((c) => c.label).join(' | '));
        for (const r of b.rows) lines.push(r.join(' | '));
        break;
      case 'list':
        if (b.title) lines.push(b.title);
        b.items.forEach((item, i) => {
          lines.push(`${b.markers[i]} ${item}`);
        });
        break;
      case 'signature':
        if (b.placeDate) lines.push(b.placeDate);
        if (b.note) lines.push(b.note);
        for (const s of b.signers)
          lines.push([s.title, s.name, s.nip ? `NIP ${s.nip}` : ''].filter(Boolean).join(' '));
        break;
      case 'initials':
      case 'pageBreak':
        break;
    }
  }
  return lines.join('\n');
}
