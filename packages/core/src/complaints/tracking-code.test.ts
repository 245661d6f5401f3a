import { isTrackingCode, normalizeTrackingCode } from '@sigap/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackingCodeFromBytes } from './tracking-code';

describe('public tracking codes', () => {
  it('spells the bits of the bytes in Crockford base32, in two groups of five', () => {
    expect(trackingCodeFromBytes(new Uint8Array(7))).toBe('ADU-00000-00000');
    expect(trackingCodeFromBytes(new Uint8Array(7).fill(0xff))).toBe('ADU-ZZZZZ-ZZZZZ');
    // 00001 00010 00011 … : the first ten 5-bit groups of 08 86 42 98 e0 00 00
    expect(trackingCodeFromBytes(Uint8Array.from([0x08, 0x86, 0x42, 0x98, 0xe0, 0x00, 0x00]))).toBe(
      'ADU-12345-67000',
    );
    expect(() => trackingCodeFromBytes(new Uint8Array(6))).toThrow(RangeError);
  });

  it('is always a well-formed code that reads back as itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), (bytes) => {
        const code = trackingCodeFromBytes(bytes);
        expect(isTrackingCode(code)).toBe(true);
        expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
      }),
    );
  });

  it('uses every symbol in every position about equally (no modulo bias)', () => {
    const counts = Array.from({ length: 10 }, () => new Map<string, number>());
    // mulberry32: a seeded generator, so the test is the same on every run
    let seed = 12345;
    const next = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) & 0xff;
    };
    for (let n = 0; n < 32_000; n++) {
      const code = trackingCodeFromBytes(Uint8Array.from({ length: 7 }, next)).replace(/^ADU-|-/g, '');
      for (const [i, ch] of [...code].entries()) counts[i]!.set(ch, (counts[i]!.get(ch) ?? 0) + 1);
    }
    for (const position of counts) {
      expect(position.size).toBe(32);
      for (const n of position.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
    }
  });
});
