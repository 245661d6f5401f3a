import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZLocalDate } from './common';
import { RULE_MESSAGES } from './errors';
import {
  DATE_MAX,
  DATE_MIN,
  INT4_MAX,
  JSON_MAX_DEPTH,
  jsonProblems,
  storableText,
  textProblem,
  ZFreeValues,
  ZInstant,
  ZInt,
  ZText,
} from './input';

const rules = (r: { success: boolean; error?: z.ZodError }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

describe('request primitives', () => {
  it('ZText refuses NUL and unpaired surrogates and keeps paired ones', () => {
    expect(textProblem('a\u0000b')).toBe('text_nul');
    expect(textProblem('a\ud800b')).toBe('text_surrogate');
    expect(textProblem('a\udc00')).toBe('text_surrogate');
    expect(textProblem('\ud83d\ude00 emoji')).toBeNull();
    expect(textProblem('Jl. Merdeka No. 1\tRT 02')).toBeNull();
    expect(rules(ZText.trim().min(3).safeParse('ab\u0000c'))).toEqual([':text_nul']);
    expect(rules(ZText.safeParse('\ud800'))).toEqual([':text_surrogate']);
    expect(ZText.trim().min(3).parse('  ok \ud83d\ude00 ')).toBe('ok \ud83d\ude00');
  });

  it('storableText takes NUL out and replaces unpaired surrogates, for input that cannot be refused', () => {
    expect(storableText('a\u0000b\ud800c\udc00 \ud83d\ude00')).toBe('ab\ufffdc\ufffd \ud83d\ude00');
    expect(textProblem(storableText(`${'x'.repeat(5)}\ud83d`))).toBeNull();
  });

  it('ZLocalDate takes only real calendar dates within the range', () => {
    expect(ZLocalDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(rules(ZLocalDate.safeParse('2026-02-30'))).toEqual([':date_invalid']);
    expect(rules(ZLocalDate.safeParse('2026-13-01'))).toEqual([':date_invalid']);
    expect(rules(ZLocalDate.safeParse('2025-02-29'))).toEqual([':date_invalid']);
    expect(rules(ZLocalDate.safeParse('9999-12-31'))).toEqual([':date_out_of_range']);
    expect(rules(ZLocalDate.safeParse('0001-01-01'))).toEqual([':date_out_of_range']);
    expect(rules(ZLocalDate.safeParse('2026-1-1'))).toEqual([':date_format']);
    expect(ZLocalDate.safeParse(DATE_MIN).success).toBe(true);
    expect(ZLocalDate.safeParse(DATE_MAX).success).toBe(true);
    const outside = ZLocalDate.safeParse('2200-01-01').error?.issues[0] as { params?: unknown };
    expect(outside.params).toEqual({ min: DATE_MIN, max: DATE_MAX });
  });

  it('ZInstant takes ISO instants with an offset within the range', () => {
    expect(ZInstant.safeParse('2026-11-23T10:00:00+07:00').success).toBe(true);
    expect(ZInstant.safeParse('2026-02-30T10:00:00Z').success).toBe(false);
    expect(rules(ZInstant.safeParse('9999-12-31T00:00:00Z'))).toEqual([':date_out_of_range']);
    expect(rules(ZInstant.safeParse('0000-01-01T00:00:00Z'))).toEqual([':date_out_of_range']);
  });

  it('ZInt stays inside int4', () => {
    expect(ZInt.safeParse(INT4_MAX).success).toBe(true);
    expect(ZInt.safeParse(INT4_MAX + 1).success).toBe(false);
    expect(ZInt.safeParse(-INT4_MAX - 2).success).toBe(false);
  });

  it('ZFreeValues checks keys and strings at every depth and bounds the nesting', () => {
    expect(ZFreeValues.safeParse({ a: [1, { b: 'ok', c: null }], d: true }).success).toBe(true);
    expect(rules(ZFreeValues.safeParse({ a: [1, { b: 'x\u0000' }] }))).toEqual(['a.1.b:text_nul']);
    expect(rules(ZFreeValues.safeParse({ 'k\ud800': 1 }))).toEqual(['k\ud800:text_surrogate']);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(jsonProblems(deep)).toEqual([{ path: Array(JSON_MAX_DEPTH).fill(0), rule: 'json_depth' }]);
  });

  it('has a message in both languages for every rule the primitives use', () => {
    for (const rule of ['text_nul', 'text_surrogate', 'date_invalid', 'date_out_of_range', 'json_depth']) {
      expect(RULE_MESSAGES[rule]?.id).toContain('{field}');
      expect(RULE_MESSAGES[rule]?.en).toContain('{field}');
    }
  });
});
