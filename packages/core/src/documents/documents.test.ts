import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LETTER_PATTERN,
  formatLetterNumber,
  placeholderNumber,
  validateClassification,
  validateLetterPattern,
} from './letter-number';
import { applyReview, canEditText, newReview, nextActor, ReviewError } from './review';

describe('letter numbers', () => {
  it('formats the seed example and dotted classifications', () => {
    expect(
      formatLetterNumber(DEFAULT_LETTER_PATTERN, {
        classification: '067',
        sequence: 1,
        unit: 'DPMPTSP-DALAK',
        month: 11,
        year: 2022,
      }),
    ).toBe('067/001/DPMPTSP-DALAK/XI/2022');
    expect(
      formatLetterNumber(DEFAULT_LETTER_PATTERN, {
        classification: '000.8.3.3',
        sequence: 1234,
        unit: 'BKPM',
        month: 3,
        year: 2026,
      }),
    ).toBe('000.8.3.3/1234/BKPM/III/2026');
    expect(
      placeholderNumber(DEFAULT_LETTER_PATTERN, {
        classification: '067',
        unit: 'DALAK',
        month: 1,
        year: 2026,
      }),
    ).toBe('067/.../DALAK/I/2026');
  });

  it('validates patterns and classification codes', () => {
    expect(validateLetterPattern(DEFAULT_LETTER_PATTERN)).toEqual([]);
    expect(validateLetterPattern('{classification}/{unit}/{year}')).toEqual([
      'the pattern must contain {sequence}',
    ]);
    expect(validateLetterPattern('{seq}/{sequence}/{year}')).toEqual(['unknown placeholder {seq}']);
    expect(validateClassification('067')).toBe(true);
    expect(validateClassification('000.8.3.3')).toBe(true);
    expect(validateClassification('67')).toBe(false);
    expect(validateClassification('000..1')).toBe(false);
  });
});

describe('review and signature chain', () => {
  const t = new Date('2026-11-23T02:00:00Z');
  const chain = [
    { userId: 'kasi', kind: 'initial' as const },
    { userId: 'kabid', kind: 'initial' as const },
    { userId: 'kepala', kind: 'sign' as const },
  ];

  it('goes Kasi → Kabid returns to Kasi, who fixes and initials again → Kabid → Kepala signs', () => {
    let s = newReview('staf');
    s = applyReview(s, { type: 'submit', chain }, 'staf', t);
    expect(nextActor(s)).toBe('kasi');
    expect(() => applyReview(s, { type: 'initial', pdfSha256: 'a' }, 'kabid', t)).toThrow(ReviewError);
    s = applyReview(s, { type: 'initial', pdfSha256: 'a' }, 'kasi', t);
    expect(canEditText(s, 'kasi')).toBe(false);
    expect(() => applyReview(s, { type: 'return', note: '' }, 'kabid', t)).toThrow(/note/);
    s = applyReview(s, { type: 'return', note: 'Perbaiki dasar hukum' }, 'kabid', t);
    expect(s.status).toBe('in_review');
    expect(nextActor(s)).toBe('kasi');
    expect(canEditText(s, 'kasi')).toBe(true);
    expect(canEditText(s, 'staf')).toBe(false);
    s = applyReview(s, { type: 'initial', pdfSha256: 'b' }, 'kasi', t);
    s = applyReview(s, { type: 'initial', pdfSha256: 'b' }, 'kabid', t);
    expect(() => applyReview(s, { type: 'initial', pdfSha256: 'b' }, 'kepala', t)).toThrow(/sign/);
    s = applyReview(s, { type: 'sign', pdfSha256: 'c' }, 'kepala', t);
    expect(s.status).toBe('signed');
    expect(s.records.map((r) => `${r.userId}:${r.action}`)).toEqual([
      'staf:submit',
      'kasi:initial',
      'kabid:return',
      'kasi:initial',
      'kabid:initial',
      'kepala:sign',
    ]);
    s = applyReview(s, { type: 'send' }, 'tu', t);
    expect(s.status).toBe('sent');
    expect(() => applyReview(s, { type: 'cancel', note: 'x' }, 'staf', t)).toThrow(ReviewError);
  });

  it('sends a return by the first reviewer back to the drafter, who resubmits', () => {
    let s = applyReview(newReview('staf'), { type: 'submit', chain }, 'staf', t);
    s = applyReview(s, { type: 'return', note: 'Lampiran kurang' }, 'kasi', t);
    expect(s.status).toBe('returned');
    expect(nextActor(s)).toBe('staf');
    expect(canEditText(s, 'staf')).toBe(true);
    s = applyReview(s, { type: 'submit', chain }, 'staf', t);
    expect(nextActor(s)).toBe('kasi');
  });

  it('refuses a chain that does not end with one signer', () => {
    const s = newReview('staf');
    expect(() =>
      applyReview(s, { type: 'submit', chain: [{ userId: 'kasi', kind: 'initial' }] }, 'staf', t),
    ).toThrow(/signer/);
    expect(() =>
      applyReview(
        s,
        {
          type: 'submit',
          chain: [
            { userId: 'a', kind: 'sign' },
            { userId: 'b', kind: 'sign' },
          ],
        },
        'staf',
        t,
      ),
    ).toThrow(/signer/);
  });
});
