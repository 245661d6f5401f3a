import { describe, expect, it } from 'vitest';
import { normalizeTrackingCode, ZTrackingCode } from './tracking-code';

describe('tracking codes as typed', () => {
  it('reads a code in any case, with or without the prefix, spaces and hyphens', () => {
    for (const typed of [
      'ADU-7KQ4M-9XPT2',
      'adu-7kq4m-9xpt2',
      'ADU 7KQ4M 9XPT2',
      '7KQ4M9XPT2',
      ' adu7kq4m-9xpt2 ',
    ])
      expect(normalizeTrackingCode(typed), typed).toBe('ADU-7KQ4M-9XPT2');
  });

  it('forgives the letters people read as digits: I and L as 1, O as 0', () => {
    expect(normalizeTrackingCode('ADU-7KQ4M-9XPTI')).toBe('ADU-7KQ4M-9XPT1');
    expect(normalizeTrackingCode('adu-lkq4m-oxpt2')).toBe('ADU-1KQ4M-0XPT2');
  });

  it('refuses what cannot be a code (wrong length, U, other signs)', () => {
    for (const typed of ['ADU-7KQ4M-9XPT', 'ADU-7KQ4M-9XPT22', 'ADU-7KQ4M-9XPTU', 'ADU-7KQ4M-9XP#2', ''])
      expect(normalizeTrackingCode(typed), typed).toBeNull();
  });

  it('reads a sequential register number as a code that no complaint has, not as the number', () => {
    // ten digits after the prefix are a well-formed code; the lookup then finds nothing
    expect(normalizeTrackingCode('ADU-2026-000123')).toBe('ADU-20260-00123');
  });

  it('validates requests with the rule tracking_code', () => {
    expect(ZTrackingCode.parse('adu 7kq4m 9xpt2')).toBe('ADU-7KQ4M-9XPT2');
    const bad = ZTrackingCode.safeParse('ADU-123');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('tracking_code');
    expect(ZTrackingCode.safeParse('ADU-7KQ4M-9XPT\u0000').success).toBe(false);
  });
});
