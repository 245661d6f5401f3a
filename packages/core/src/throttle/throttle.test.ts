import { describe, expect, it } from 'vitest';
import { afterFailure, THROTTLES, type ThrottleState, throttleDelayMs, throttledUntil, waitMinutes } from '.';

const T0 = new Date('2026-11-24T03:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('throttling', () => {
  it('lets the free failures pass, then doubles the wait up to the maximum', () => {
    const rule = THROTTLES.loginClient;
    const waits = Array.from({ length: 12 }, (_, i) => throttleDelayMs(rule, i + 1) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
    expect(throttleDelayMs(rule, 10_000)).toBe(rule.maxMs);
    for (const r of Object.values(THROTTLES)) expect(r.maxMs).toBeLessThanOrEqual(60 * 60_000);
  });

  it('counts failures in a row, blocks after the free ones and forgets after a quiet spell', () => {
    const rule = THROTTLES.pinClient;
    let s: ThrottleState | null = null;
    for (let i = 0; i < rule.free; i++) s = afterFailure(rule, s, at(i * 1000));
    expect(s!.failures).toBe(5);
    expect(throttledUntil(s, at(5000))).toBeNull();
    s = afterFailure(rule, s, at(6000));
    expect(throttledUntil(s, at(6000))).toEqual(at(6000 + 60_000));
    expect(throttledUntil(s, at(66_000))).toBeNull();
    expect(s.firstFailureAt).toEqual(T0);
    const later = afterFailure(rule, s, at(6000 + rule.forgetMs));
    expect(later).toMatchObject({
      failures: 1,
      blockedUntil: null,
      firstFailureAt: at(6000 + rule.forgetMs),
    });
  });

  it('keeps a stranger to a bounded wait: the PIN code-wide rule is capped at 15 minutes', () => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < 500; i++) s = afterFailure(THROTTLES.pinCode, s, at(i * 16 * 60_000));
    expect(s!.blockedUntil!.getTime() - s!.lastFailureAt.getTime()).toBe(15 * 60_000);
  });

  it('says the wait in whole minutes, at least one', () => {
    expect(waitMinutes(at(1000), T0)).toBe(1);
    expect(waitMinutes(at(4 * 60_000 + 1), T0)).toBe(5);
  });
});
