import { DAY_MS, MINUTE_MS } from './dates';

/**
 * Time-zone arithmetic. Indonesian zones have had fixed offsets since 1964 and no daylight
 * saving, so they use a constant; other IANA zones go through one cached Intl formatter each.
 */
export interface Zone {
  readonly name: string;
  /** Offset from UTC in ms when it never changes, else null. */
  readonly fixedOffsetMs: number | null;
  /** Offset from UTC in ms at an instant (local = instant + offset). */
  offsetAt(instantMs: number): number;
  /** The instant of a local wall-clock time given as ms since 1970-01-01T00:00 local. */
  instantOfLocal(localMs: number): number;
}

const FIXED_OFFSET_MINUTES = new Map<string, number>([
  ['Asia/Jakarta', 7 * 60],
  ['Asia/Pontianak', 7 * 60],
  ['Asia/Makassar', 8 * 60],
  ['Asia/Ujung_Pandang', 8 * 60],
  ['Asia/Jayapura', 9 * 60],
  ['UTC', 0],
  ['Etc/UTC', 0],
]);

const ABBREVIATIONS = new Map<string, string>([
  ['Asia/Jakarta', 'WIB'],
  ['Asia/Pontianak', 'WIB'],
  ['Asia/Makassar', 'WITA'],
  ['Asia/Ujung_Pandang', 'WITA'],
  ['Asia/Jayapura', 'WIT'],
]);

const zones = new Map<string, Zone>();

function fixedZone(name: string, offsetMinutes: number): Zone {
  const offset = offsetMinutes * MINUTE_MS;
  return {
    name,
    fixedOffsetMs: offset,
    offsetAt: () => offset,
    instantOfLocal: (localMs) => localMs - offset,
  };
}

function intlZone(name: string): Zone {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`Unknown time zone: ${JSON.stringify(name)}`);
  }
  // Offsets only change on whole minutes (every transition since the 1970s), so a bounded
  // memo per UTC minute spares the formatter when an inbox revisits the same office hours.
  const memo = new Map<number, number>();
  const offsetAt = (instantMs: number): number => {
    const minute = Math.floor(instantMs / MINUTE_MS);
    let offset = memo.get(minute);
    if (offset === undefined) {
      if (memo.size >= 100_000) memo.clear();
      offset = formatOffset(minute * MINUTE_MS);
      memo.set(minute, offset);
    }
    return offset;
  };
  const formatOffset = (instantMs: number): number => {
    const seconds = Math.floor(instantMs / 1000) * 1000;
    const f = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const part of formatter.formatToParts(seconds)) {
      if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
    }
    return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - seconds;
  };
  return {
    name,
    fixedOffsetMs: null,
    offsetAt,
    instantOfLocal: (localMs) => {
      // Offsets change at most once within a day on either side, so the two candidates
      // cover every case. Like Temporal's 'compatible': an ambiguous time takes the
      // earlier instant, a skipped time is pushed forward by the gap.
      const before = offsetAt(localMs - DAY_MS);
      const after = offsetAt(localMs + DAY_MS);
      let best: number | null = null;
      for (const offset of [before, after]) {
        const candidate = localMs - offset;
        if (offsetAt(candidate) === offset && (best === null || candidate < best)) best = candidate;
      }
      return best ?? localMs - before;
    },
  };
}

/** The zone for an IANA name, cached; throws a RangeError for an unknown name. */
export function getZone(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    if (typeof timeZone !== 'string' || timeZone === '') {
      throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
    }
    const fixed = FIXED_OFFSET_MINUTES.get(timeZone);
    zone = fixed === undefined ? intlZone(timeZone) : fixedZone(timeZone, fixed);
    zones.set(timeZone, zone);
  }
  return zone;
}

/** Local day number and ms since local midnight of an instant. */
export function localDayAndTime(zone: Zone, instantMs: number): { day: number; msOfDay: number } {
  const local = instantMs + (zone.fixedOffsetMs ?? zone.offsetAt(instantMs));
  const day = Math.floor(local / DAY_MS);
  return { day, msOfDay: local - day * DAY_MS };
}

/** Instant of a local day number plus ms after local midnight. */
export function instantOfDayTime(zone: Zone, day: number, msOfDay: number): number {
  const local = day * DAY_MS + msOfDay;
  return zone.fixedOffsetMs === null ? zone.instantOfLocal(local) : local - zone.fixedOffsetMs;
}

/**
 * The Indonesian abbreviation of an office's zone (WIB, WITA, WIT), which is what letters and
 * the public portal print after a time; any other zone is printed as its IANA name.
 */
export function zoneAbbreviation(timeZone: string): string {
  return ABBREVIATIONS.get(timeZone) ?? timeZone;
}
