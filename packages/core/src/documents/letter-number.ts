import { romanMonth } from '../format';

/** The parts a letter number is built from (DESIGN §3.2). */
export interface LetterNumberParts {
  /** Classification code: '067' or a dotted code such as '000.8.3.3'. */
  classification: string;
  sequence: number;
  /** The unit's code in the number, e.g. 'DPMPTSP-DALAK'. */
  unit: string;
  /** 1-12, local month of signing. */
  month: number;
  year: number;
}

export const DEFAULT_LETTER_PATTERN = '{classification}/{sequence}/{unit}/{romanMonth}/{year}';
const TOKENS = ['classification', 'sequence', 'unit', 'romanMonth', 'month', 'year'] as const;

/**
 * Checks an agency's pattern: only known placeholders, and the sequence must appear (a number
 * without it would not be unique).
 */
export function validateLetterPattern(pattern: string): string[] {
  const problems: string[] = [];
  const used = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  for (const t of used)
    if (!(TOKENS as readonly string[]).includes(t)) problems.push(`unknown placeholder {${t}}`);
  if (!used.includes('sequence')) problems.push('the pattern must contain {sequence}');
  if (!used.includes('year')) problems.push('the pattern must contain {year} (sequences restart each year)');
  if (pattern.length > 120) problems.push('the pattern is too long');
  return problems;
}

export function validateClassification(code: string): boolean {
  return /^\d{3}(\.\d{1,3})*$/.test(code);
}

/** Formats a number, e.g. `067/001/DPMPTSP-DALAK/XI/2022`; the sequence has at least three digits. */
export function formatLetterNumber(pattern: string, parts: LetterNumberParts): string {
  const values: Record<(typeof TOKENS)[number], string> = {
    classification: parts.classification,
    sequence: String(parts.sequence).padStart(3, '0'),
    unit: parts.unit,
    romanMonth: romanMonth(parts.month),
    month: String(parts.month).padStart(2, '0'),
    year: String(parts.year),
  };
  return pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k as (typeof TOKENS)[number]] ?? `{${k}}`);
}

/** What a draft shows where the number will be: the number is taken only when the document is signed. */
export function placeholderNumber(pattern: string, parts: Omit<LetterNumberParts, 'sequence'>): string {
  return formatLetterNumber(pattern, { ...parts, sequence: 0 }).replace(/\b000\b/, '...');
}
