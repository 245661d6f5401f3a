import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, TRACKING_CODE_PREFIX } from '@sigap/contracts';

/** Random bytes a code needs: 10 characters of 5 bits each. */
export const TRACKING_CODE_BYTES = 7;

/**
 * A public tracking code (`ADU-7KQ4M-9XPT2`) from caller-supplied random bytes (the server passes
 * crypto.randomBytes): each character takes five bits, so all 32 symbols are equally likely and
 * the code carries 50 random bits. Nothing in it comes from the register number, the agency or
 * the date, so one code says nothing about any other.
 */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TRACKING_CODE_BYTES) throw new RangeError(`need ${TRACKING_CODE_BYTES} random bytes`);
  let chars = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    const bit = i * 5;
    // the five bits starting at `bit`, read across a byte boundary when they straddle one
    const word = (bytes[bit >> 3]! << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    chars += TRACKING_CODE_ALPHABET[(word >> (11 - (bit & 7))) & 31];
  }
  return `${TRACKING_CODE_PREFIX}-${chars.slice(0, 5)}-${chars.slice(5)}`;
}
