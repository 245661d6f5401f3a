import { ZText } from './input';

/**
 * The public tracking code a reporter receives: `ADU-` and ten characters of Crockford's base32
 * (no I, L, O or U), about 50 random bits, shown in two groups of five (`ADU-7KQ4M-9XPT2`).
 * Unlike the register number (`ADU-2026-000123`, sequential, for staff), it cannot be guessed
 * or walked.
 */
export const TRACKING_CODE_PREFIX = 'ADU';
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 10;
const CODE = /^ADU-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/**
 * A typed code in its one written form, or null when it cannot be one: case does not matter,
 * spaces, hyphens and dots are ignored, the `ADU` prefix may be left out, and the letters
 * people confuse with digits are read as those digits (I and L as 1, O as 0).
 */
export function normalizeTrackingCode(input: string): string | null {
  let s = input.toUpperCase().replace(/[\s.\-_]/g, '');
  if (s.startsWith(TRACKING_CODE_PREFIX)) s = s.slice(TRACKING_CODE_PREFIX.length);
  s = s.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (s.length !== TRACKING_CODE_LENGTH || [...s].some((ch) => !TRACKING_CODE_ALPHABET.includes(ch)))
    return null;
  return `${TRACKING_CODE_PREFIX}-${s.slice(0, 5)}-${s.slice(5)}`;
}

export function isTrackingCode(value: string): boolean {
  return CODE.test(value);
}

/** A tracking code as typed by a reporter, in its written form (rule `tracking_code` otherwise). */
export const ZTrackingCode = ZText.trim()
  .max(40)
  .overwrite((v) => normalizeTrackingCode(v) ?? v)
  .regex(CODE, { error: 'tracking_code' });
