import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_PATTERN, formatLetterNumber } from './letter-number';
import { letterPatternIssues } from './letter-pattern';

describe('letter-number pattern issues', () => {
  it('accepts the default and other orders of the required placeholders', () => {
    expect(letterPatternIssues(DEFAULT_LETTER_PATTERN)).toEqual([]);
    const pattern = '{sequence}/{classification}/{unit}/{month}.{year}';
    expect(letterPatternIssues(pattern)).toEqual([]);
    expect(
      formatLetterNumber(pattern, {
        classification: '067',
        sequence: 4,
        unit: 'DPMPTSP-DALAK',
        month: 11,
        year: 2026,
      }),
    ).toBe('004/067/DPMPTSP-DALAK/11.2026');
  });

  it('names unknown placeholders and each missing one', () => {
    expect(letterPatternIssues('{classification}/{nomor}/{year}')).toEqual([
      { rule: 'pattern_unknown', params: { name: '{nomor}' } },
      { rule: 'pattern_missing', params: { token: '{sequence}' } },
      { rule: 'pattern_missing', params: { token: '{unit}' } },
    ]);
    expect(letterPatternIssues('').map((i) => i.params.token)).toEqual([
      '{classification}',
      '{sequence}',
      '{unit}',
      '{year}',
    ]);
  });

  it('refuses a pattern longer than 120 characters', () => {
    const long = `${DEFAULT_LETTER_PATTERN}/${'X'.repeat(120)}`;
    expect(letterPatternIssues(long)).toEqual([{ rule: 'too_long', params: { max: 120 } }]);
  });
});
