/** The source of "now". Tests pass a fixed clock; nothing else reads the system time directly. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * A clock that starts at `start` and runs at the normal pace from there: for demonstrations
 * and browser tests that need a given working day or hour (`SIGAP_CLOCK_START`), never for
 * production.
 */
export function shiftedClock(start: Date, base: number = Date.now()): Clock {
  const offset = start.getTime() - base;
  return () => new Date(Date.now() + offset);
}
