import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentile';

describe('percentile (linear interpolation, PERCENTILE.INC)', () => {
  it('is null for an empty sample and the value itself for one value', () => {
    expect(percentile([], 90)).toBeNull();
    expect(median([])).toBeNull();
    expect(percentile([42], 0)).toBe(42);
    expect(percentile([42], 90)).toBe(42);
  });

  it('gives the ordinary median: the middle value, or the mean of the two middle values', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('interpolates between the closest ranks as Excel PERCENTILE.INC does', () => {
    // h = (5 - 1) * 0.9 = 3.6 → 40 + 0.6 * (100 - 40)
    expect(percentile([10, 20, 30, 40, 100], 90)).toBeCloseTo(76, 10);
    // h = (4 - 1) * 0.9 = 2.7 → 30 + 0.7 * (40 - 30)
    expect(percentile([40, 10, 30, 20], 90)).toBeCloseTo(37, 10);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses a percentile outside 0-100 and non-finite values', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
  });

  it('lies between the minimum and the maximum and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p, q) => {
          const a = percentile(values, Math.min(p, q))!;
          const b = percentile(values, Math.max(p, q))!;
          expect(a).toBeGreaterThanOrEqual(Math.min(...values));
          expect(b).toBeLessThanOrEqual(Math.max(...values));
          expect(a).toBeLessThanOrEqual(b + 1e-9);
        },
      ),
    );
  });
});
