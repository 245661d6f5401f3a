/**
 * Throttling of guesses (a tracking code's PIN, a staff password) that slows an attacker
 * without handing a stranger a way to keep the real person out: every failure counts against
 * keys (the account or code from one client, from one known device, from everywhere), a few
 * failures are free, then each further one makes that key wait twice as long as the last, up
 * to a bounded maximum, and a quiet spell forgets the count. A refused attempt while waiting is
 * not a guess and does not count. Pure: the server keeps the states in the database, so every
 * instance sees the same counts.
 */
export interface ThrottleRule {
  /** Failures in a row that cost nothing. */
  free: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  baseMs: number;
  /** The longest wait, however many failures. */
  maxMs: number;
  /** A failure this long after the previous one starts a fresh count. */
  forgetMs: number;
}

export interface ThrottleState {
  failures: number;
  /** When this run of failures began (a notice is sent once per run). */
  firstFailureAt: Date;
  lastFailureAt: Date;
  /** No attempt is checked before this instant. */
  blockedUntil: Date | null;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The rules in force. PINs: a client gets five tries on a code, then waits 1, 2, 4 … up to
 * 60 minutes; all clients together get twenty, then 1, 2, 4 … up to 15 minutes, so a botnet
 * gets about a hundred guesses a day at one PIN in a million while the reporter waits at
 * most a quarter of an hour. Passwords: a device that logged in before is counted on its own
 * (a stranger's failures never slow it); an unknown client gets five tries, then waits 30 s,
 * 1, 2 … up to 15 minutes; all unknown clients together get ten, then the same ladder from
 * one minute.
 */
export const THROTTLES = {
  pinClient: { free: 5, baseMs: MINUTE, maxMs: 60 * MINUTE, forgetMs: DAY },
  pinCode: { free: 20, baseMs: MINUTE, maxMs: 15 * MINUTE, forgetMs: DAY },
  loginDevice: { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, forgetMs: DAY },
  loginClient: { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, forgetMs: DAY },
  loginAccount: { free: 10, baseMs: MINUTE, maxMs: 15 * MINUTE, forgetMs: DAY },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleKind = keyof typeof THROTTLES;

/** The wait after `failures` failures in a row: none while free, then doubling up to the maximum. */
export function throttleDelayMs(rule: ThrottleRule, failures: number): number {
  const past = failures - rule.free;
  if (past <= 0) return 0;
  // 2^30 ms is already twelve days: no maximum is longer, and the power cannot overflow
  return Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(past - 1, 30));
}

/** Until when the key waits, or null when an attempt may be checked now. */
export function throttledUntil(state: ThrottleState | null | undefined, now: Date): Date | null {
  return state?.blockedUntil && state.blockedUntil.getTime() > now.getTime() ? state.blockedUntil : null;
}

/** The state after one more failure at `now` (a count older than `forgetMs` starts again). */
export function afterFailure(
  rule: ThrottleRule,
  state: ThrottleState | null | undefined,
  now: Date,
): ThrottleState {
  const stale = !state || now.getTime() - state.lastFailureAt.getTime() >= rule.forgetMs;
  const failures = stale ? 1 : state.failures + 1;
  const delay = throttleDelayMs(rule, failures);
  return {
    failures,
    firstFailureAt: stale ? now : state.firstFailureAt,
    lastFailureAt: now,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
  };
}

/** Whole minutes to tell a person to wait (at least one). */
export function waitMinutes(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}
