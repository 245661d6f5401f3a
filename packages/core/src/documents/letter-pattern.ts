import { validateLetterPattern } from './letter-number';

const KNOWN = ['classification', 'sequence', 'unit', 'romanMonth', 'month', 'year'] as const;
/**
 * Placeholders an agency's pattern must contain. The sequence restarts per unit,
 * classification and year, so a number without one of them could repeat another register's.
 */
export const REQUIRED_LETTER_PLACEHOLDERS = ['classification', 'sequence', 'unit', 'year'] as const;

export interface LetterPatternIssue {
  rule: 'pattern_unknown' | 'pattern_missing' | 'too_long' | 'invalid';
  params: Record<string, string | number>;
}

/**
 * Why a letter-number pattern cannot be used, as rules with parameters (the shared rule
 * messages word them in both languages): the server refuses with them, the settings form shows
 * them while the administrator types. Empty when the pattern is usable.
 */
export function letterPatternIssues(pattern: string): LetterPatternIssue[] {
  const used = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const issues: LetterPatternIssue[] = [];
  for (const name of new Set(used))
    if (!(KNOWN as readonly string[]).includes(name))
      issues.push({ rule: 'pattern_unknown', params: { name: `{${name}}` } });
  for (const token of REQUIRED_LETTER_PLACEHOLDERS)
    if (!used.includes(token)) issues.push({ rule: 'pattern_missing', params: { token: `{${token}}` } });
  if (pattern.length > 120) issues.push({ rule: 'too_long', params: { max: 120 } });
  // the original check has the last word: anything it refuses that is not worded above
  if (issues.length === 0 && validateLetterPattern(pattern).length > 0)
    issues.push({ rule: 'invalid', params: {} });
  return issues;
}
