/** The source of "now". Tests pass a fixed clock; nothing else reads the system time directly. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
